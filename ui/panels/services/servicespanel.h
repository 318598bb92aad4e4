#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace KryNet
{
class ServiceDirectory;
}

namespace KryNet::Ui
{

class EmptyState;

/**
 * The services directory (issue: App shell): every web service of the lab with its address in the
 * current access mode, whether it answers and accepts the key, its version and latency; "Open in
 * browser" and "Copy address". Data comes from ServiceDirectory (core).
 */
class ServicesPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPanel)

public:
    explicit ServicesPanel(QWidget *parent = nullptr);
    ~ServicesPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;

private:
    void updateSummary();
    void openCurrent();
    void copyCurrent();
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] QModelIndex currentSourceIndex() const;

    QPointer<ServiceDirectory> m_directory; ///< the session's shared directory (LabStores)
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_table;
    QLabel *m_summary;
    QToolButton *m_checkButton;
    QToolButton *m_openButton;
};

} // namespace KryNet::Ui
