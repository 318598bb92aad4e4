#pragma once

#include <QString>

class QWidget;

namespace KryNet::Ui
{

/**
 * The seam for modal questions (STYLE.md §5): message boxes and confirmations go through an injected
 * Prompter so GUI tests can pre-answer them. The default implementation shows QMessageBox dialogs.
 */
class Prompter
{
public:
    virtual ~Prompter() = default;

    /// Asks a yes/no question; @p acceptLabel names the action ("Keep in memory"). True when accepted.
    [[nodiscard]] virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                                       const QString &acceptLabel) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
};

/// Prompter showing real dialogs.
class DialogPrompter final : public Prompter
{
public:
    [[nodiscard]] bool confirm(QWidget *parent, const QString &title, const QString &text,
                               const QString &acceptLabel) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace KryNet::Ui
