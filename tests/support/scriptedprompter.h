#pragma once

#include <functional>
#include <optional>

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include "ui/widgets/prompter.h"

namespace KryNet::Test
{

/// What a test prompter was asked: one of the Prompter's calls.
enum class PromptKind {
    Confirm = 0x1,
    Warn = 0x2,
    Secret = 0x4,
    SaveFile = 0x8,
    OpenFile = 0x10,
};
Q_DECLARE_FLAGS(PromptKinds, PromptKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(PromptKinds)
inline constexpr PromptKinds AnyPromptKind = PromptKinds::fromInt(0x1f);

/**
 * The one Prompter of the GUI tests: it answers from a script and records every question.
 *
 * Answers: each kind of prompt takes the oldest answer queued for it, then the default once its queue
 * is empty. The defaults decline: confirmations answer false, secret and file prompts are cancelled,
 * so a default-constructed prompter is a DecliningPrompter. Save and open file prompts share one
 * script. Every answer is given at once (the Prompter contract allows it), before the call returns.
 *
 * Records: every question, oldest first, with its kind, so a test can assert on exactly what was asked
 * and in which order. Only GUI tests include it (it needs ui/).
 */
class ScriptedPrompter final : public Ui::Prompter
{
public:
    struct Question
    {
        PromptKind kind;
        QString title;
        /// The confirmation or warning text, the secret prompt's label, the suggested file name of a save
        /// prompt or the filter of an open prompt.
        QString text;
        QString acceptLabel; ///< confirmations only
    };

    /// A prompter that accepts every confirmation (secrets and files still cancelled unless scripted).
    static ScriptedPrompter accepting()
    {
        ScriptedPrompter prompter;
        prompter.confirmAnswer = true;
        return prompter;
    }

    bool confirmAnswer = false; ///< the answer once confirmQueue is empty
    QList<bool> confirmQueue;   ///< answers to the next confirmations, oldest first
    std::optional<QString> secretAnswer;
    QList<std::optional<QString>> secretQueue;
    std::optional<QString> fileAnswer; ///< save and open prompts alike
    QList<std::optional<QString>> fileQueue;

    QList<Question> questions; ///< everything asked, oldest first; clear it to start counting again

    /// The questions of the given kinds, oldest first.
    [[nodiscard]] QList<Question> asked(PromptKinds kinds = AnyPromptKind) const
    {
        QList<Question> result;
        for (const Question &q : questions) {
            if (kinds.testFlag(q.kind))
                result.append(q);
        }
        return result;
    }
    [[nodiscard]] qsizetype count(PromptKinds kinds = AnyPromptKind) const { return asked(kinds).size(); }
    [[nodiscard]] QStringList titles(PromptKinds kinds = AnyPromptKind) const
    {
        QStringList result;
        for (const Question &q : asked(kinds))
            result.append(q.title);
        return result;
    }
    [[nodiscard]] QStringList texts(PromptKinds kinds = AnyPromptKind) const
    {
        QStringList result;
        for (const Question &q : asked(kinds))
            result.append(q.text);
        return result;
    }
    /// Every string shown in the questions: titles, texts and accept labels.
    [[nodiscard]] QStringList shownStrings() const
    {
        QStringList result;
        for (const Question &q : questions)
            result << q.title << q.text << q.acceptLabel;
        return result;
    }

    void confirm(QWidget *, const QString &title, const QString &text, const QString &acceptLabel,
                 std::function<void(bool)> done) override
    {
        questions.append({PromptKind::Confirm, title, text, acceptLabel});
        done(next(confirmQueue, confirmAnswer));
    }
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        questions.append({PromptKind::Warn, title, text, {}});
    }
    void askSecret(QWidget *, const QString &title, const QString &label,
                   std::function<void(std::optional<QString>)> done) override
    {
        questions.append({PromptKind::Secret, title, label, {}});
        done(next(secretQueue, secretAnswer));
    }
    void chooseSaveFile(QWidget *, const QString &title, const QString &suggestedName,
                        std::function<void(std::optional<QString>)> done) override
    {
        questions.append({PromptKind::SaveFile, title, suggestedName, {}});
        done(next(fileQueue, fileAnswer));
    }
    void chooseOpenFile(QWidget *, const QString &title, const QString &filter,
                        std::function<void(std::optional<QString>)> done) override
    {
        questions.append({PromptKind::OpenFile, title, filter, {}});
        done(next(fileQueue, fileAnswer));
    }

private:
    template <typename T>
    static T next(QList<T> &queue, const T &fallback)
    {
        return queue.isEmpty() ? fallback : queue.takeFirst();
    }
};

/// For GUI tests where no question should matter: every confirmation declined, every secret and file
/// prompt cancelled, every warning dropped (recorded, but nobody looks).
using DecliningPrompter = ScriptedPrompter;

} // namespace KryNet::Test
