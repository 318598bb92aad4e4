#pragma once

#include <functional>
#include <optional>

#include <QString>

class QWidget;

namespace KryNet::Ui
{

/**
 * The seam for questions to the user (STYLE.md §5): confirmations, warnings and secret prompts go
 * through an injected Prompter so GUI tests can pre-answer them.
 *
 * Answers arrive through callbacks: the real dialogs are window-modal and opened with open(), never
 * exec(), so no nested event loop runs while the user thinks (DESIGN.md §3). A test Prompter may
 * call back at once.
 */
class Prompter
{
public:
    virtual ~Prompter() = default;

    /// Asks a yes/no question; @p acceptLabel names the action ("Restart sonarr"). @p done gets true
    /// when the user accepted.
    virtual void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel,
                         std::function<void(bool accepted)> done) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Asks for a secret (passphrase, API key) without echo; @p done gets the text, or nothing when cancelled.
    virtual void askSecret(QWidget *parent, const QString &title, const QString &label,
                           std::function<void(std::optional<QString> secret)> done) = 0;
    /// Asks where to save a file (@p suggestedName in the user's documents); @p done gets the path, or
    /// nothing when cancelled. The default answers "cancelled" (prompters without files).
    virtual void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                std::function<void(std::optional<QString> path)> done)
    {
        (void)parent;
        (void)title;
        (void)suggestedName;
        done(std::nullopt);
    }
    /// Asks for an existing file to open (@p filter as QFileDialog takes it, "JSON files (*.json)");
    /// @p done gets the path, or nothing when cancelled. The default answers "cancelled".
    virtual void chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                std::function<void(std::optional<QString> path)> done)
    {
        (void)parent;
        (void)title;
        (void)filter;
        done(std::nullopt);
    }
};

/// Prompter showing real, window-modal dialogs.
class DialogPrompter final : public Prompter
{
public:
    void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel,
                 std::function<void(bool accepted)> done) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void askSecret(QWidget *parent, const QString &title, const QString &label,
                   std::function<void(std::optional<QString> secret)> done) override;
    void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                        std::function<void(std::optional<QString> path)> done) override;
    void chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                        std::function<void(std::optional<QString> path)> done) override;
};

} // namespace KryNet::Ui
