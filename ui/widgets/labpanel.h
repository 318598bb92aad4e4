#pragma once

#include <QWidget>

namespace KryNet
{
class LabSession;
}

namespace KryNet::Ui
{

/**
 * Base of every panel (Pools, Containers, Media…). The window hands each panel the LabSession of the
 * profile being shown; a panel builds its store(s) from it and drops everything of the previous
 * session. nullptr means "no profile": the panel shows its empty state.
 *
 * Panels never parse, build URLs or commands, or touch libssh: they talk to core stores.
 */
class LabPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabPanel)

public:
    using QWidget::QWidget;
    ~LabPanel() override = default;

    virtual void setSession(KryNet::LabSession *session) = 0;
    /// F5: refresh what the panel shows now.
    virtual void refresh() {}
};

} // namespace KryNet::Ui
