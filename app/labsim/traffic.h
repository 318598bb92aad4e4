#pragma once

#include <vector>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace KryNet::LabSim
{

/**
 * Counts what the lab serves while a measurement window is open (the performance harness, issue 15):
 * every HTTP request (on a service's port or on the Docker socket forwarded over SSH) and every SSH
 * command, with the time it arrived and the time its answer was sent (after any latency fault).
 * Streamed answers (Docker events, logs) count as answered when their head is sent.
 *
 * From these, summary() derives the depth of the longest dependent chain: the longest sequence of
 * served requests in which each one arrived only after the previous one was answered. A client that
 * sends everything it needs at once has a depth of 1; each request that had to wait for an answer
 * (because it needed that answer, or queued behind it for a connection) adds one. With a latency fault
 * of L ms every link of the chain costs at least L, so depth × L bounds the wall time from below. On
 * loopback without latency the depth is not meaningful (answers outrun the client).
 *
 * Recording is off until start() (control: POST /traffic/start) and keeps at most maxRecords records.
 */
class Traffic final
{
public:
    enum class Kind {
        Http,
        Ssh
    };
    static constexpr int maxRecords = 100000;
    static constexpr qint64 noRecord = -1;

    Traffic();

    /// Forgets earlier records and starts recording.
    void start();
    void stop();
    [[nodiscard]] bool recording() const { return m_recording; }

    /// A request arrived; returns its record (noRecord while not recording).
    [[nodiscard]] qint64 arrived(Kind kind, const QString &service, const QString &what);
    /// The answer of @p record was sent (ignored for records of an earlier window).
    void answered(qint64 record);

    /// {"recording", "requests", "httpRequests", "sshCommands", "unanswered", "byService": {id: n},
    ///  "byRequest": {"service what": n} (what = "METHOD /path" or the SSH command line, counted however
    ///  the request ended: fault tests prove an action arrived exactly once), "chainDepth",
    ///  "chain": ["service what", …] (the longest chain, first to last), "windowMs"}.
    /// With @p timeline also "timeline": [{"at": ms after start(), "ms": until answered (-1: not yet),
    /// "what": "service what"}, …] in arrival order, to see why a chain is as long as it is.
    [[nodiscard]] QJsonObject summary(bool timeline = false) const;

private:
    struct Record
    {
        Kind kind;
        QString service;
        QString what;
        qint64 arrivedUs;
        qint64 answeredUs = -1;
    };

    [[nodiscard]] qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    QElapsedTimer m_clock;
    bool m_recording = false;
    qint64 m_startedUs = 0;
    qint64 m_window = 0; ///< record ids are window << 32 | index
    int m_dropped = 0;
    std::vector<Record> m_records;
};

} // namespace KryNet::LabSim
