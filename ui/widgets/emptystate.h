#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace KryNet::Ui
{

/**
 * The "nothing to show yet" face of a panel (DESIGN.md §7: loading, empty and error states are
 * designed, not left blank): an icon, a title, a sentence that says what it means and what to do,
 * and an optional action button. Panels reuse it for their empty and error states. Title and text often
 * carry an error's server detail, so both are shown through DisplayText::text().
 */
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    /// An empty @p label hides the button.
    void setAction(const QString &label);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace KryNet::Ui
