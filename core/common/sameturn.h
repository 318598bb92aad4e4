#pragma once

#include <QObject>
#include <QTimer>

namespace KryNet
{

/**
 * Remembers that something started in the current turn of an event loop.
 *
 * The Overview's Refresh refreshes every store, and F5 on a panel refreshes that panel's store; when
 * both happen in one turn (the app-wide refresh), the second call finds the first one's requests not
 * even sent yet. A store that asks SameTurn joins the read it just started instead of queueing a second
 * one behind it, which would cost the server the same work twice and the user one more round trip
 * (docs/performance.md § Round trips).
 */
class SameTurn final
{
public:
    /// Marks the current turn; the mark clears when @p context's thread returns to its event loop.
    /// @p context must own this object (or outlive it).
    void mark(QObject *context)
    {
        m_marked = true;
        const quint64 turn = ++m_turn;
        QTimer::singleShot(0, context, [this, turn] {
            if (turn == m_turn)
                m_marked = false;
        });
    }

    [[nodiscard]] bool isMarked() const { return m_marked; }

private:
    bool m_marked = false;
    quint64 m_turn = 0;
};

} // namespace KryNet
