#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;

namespace KryNet::Ui
{

/**
 * Shows a freshly generated virtual key once: the key, a Copy button (the clipboard is cleared after
 * 30 s if it still holds the key) and the warning that it will not be shown again. dismiss() forgets
 * the key and clears the clipboard if it still holds it. The only widget that ever holds a full key.
 */
class NewKeyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewKeyBanner)

public:
    explicit NewKeyBanner(QWidget *parent = nullptr);
    ~NewKeyBanner() override;

    void showKey(const QString &key, const QString &alias);
    void dismiss();
    void copy();
    /// How long the copied key stays on the clipboard (30 s; tests shorten it).
    void setClipboardClearInterval(int milliseconds) { m_clearMs = milliseconds; }
    [[nodiscard]] int clipboardClearInterval() const { return m_clearMs; }

private:
    QLabel *m_label;
    QLineEdit *m_edit;
    QString m_key;
    int m_clearMs = 30 * 1000;
};

} // namespace KryNet::Ui
