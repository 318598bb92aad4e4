#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace KryNet::Media
{
class PipelineModel;
}

namespace KryNet::Ui
{

class EmptyState;
class Prompter;

/**
 * The media request pipeline (issue 9): every Seerr request (and download without one) with its stage
 * (a progress bar while downloading), its health and, when stuck, the reason in words; "Stuck only" and
 * text filters; a details pane with each service's view of the selected request. Approve / Decline a
 * pending request and Search for a title stuck in searching are confirmed through the Prompter, then run
 * once by PipelineModel (logged, never retried). Data comes from PipelineModel (core/media).
 */
class MediaPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPanel)

public:
    /// Without @p prompter, real dialogs (DialogPrompter) ask.
    explicit MediaPanel(Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MediaPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;

private:
    void updateState();
    void updateDetails();
    void updateButtons();
    void confirmAction(int action);
    [[nodiscard]] int currentRow() const;

    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QPointer<Media::PipelineModel> m_model; ///< the session's shared pipeline (LabStores)
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_summary;
    QLabel *m_message;
    QCheckBox *m_stuckOnly;
    QLineEdit *m_filter;
    QToolButton *m_refreshButton;
    QToolButton *m_approveButton;
    QToolButton *m_declineButton;
    QToolButton *m_searchButton;
};

} // namespace KryNet::Ui
