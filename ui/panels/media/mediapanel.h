#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
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
 * The media request pipeline (issue 9): every Seerr request (and download without one) with an eight-step
 * stage bar (plus the progress while downloading), its health and, when stuck, the reason in words;
 * filters by service, stage, "Stuck only" and text; a details pane with every linked record and its raw
 * fields; the service health strip (version and health endpoint of each service). Remedies (approve,
 * decline, search, retry import, recheck / pause / resume a torrent, retry a SABnzbd job, Bazarr search,
 * Jellyfin scan) show when they apply to the selected row, are confirmed through the Prompter when
 * destructive, then run once by PipelineModel (logged, never retried, re-read). Data comes from
 * PipelineModel (core/media).
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
    void updateSessions();
    void updateButtons();
    void updateHealth();
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
    QComboBox *m_serviceFilter;
    QComboBox *m_stageFilter;
    QWidget *m_healthStrip;
    QGridLayout *m_healthLayout;          ///< wraps: HealthColumns entries per row, so it never widens the panel
    QLabel *m_sessions;                   ///< Jellyfin: who plays what, transcoding or direct
    QList<QToolButton *> m_actionButtons; ///< by PipelineModel::Action
};

} // namespace KryNet::Ui
