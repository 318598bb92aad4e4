#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/lab/demolab.h"

namespace KryNet::Test
{

/**
 * krynet-labsim for a test, and its control endpoint (faults, clock, traffic counting): the one copy of
 * what lab tests used to write each for themselves.
 *
 *  - start() runs the simulator the way the app's demo does (DemoLab, $KRYNET_LABSIM, by default with
 *    `--speed 0` so the lab's clock only moves when a test advances it) and waits, polling the event
 *    loop, until it has printed its endpoints. attach() uses a lab somebody else started.
 *  - Every control request carries the lab's bearer token (never in a URL) and waits at most
 *    controlTimeoutMs through the event loop (QTest::qWaitFor), never a sleep.
 *  - The simulator ends with this object (DemoLab's contract).
 */
class LabControl final
{
public:
    static constexpr int startTimeoutMs = 15000;
    static constexpr int controlTimeoutMs = 5000;

    /// One control answer: HTTP status (0 when none arrived in time) and body.
    struct Reply
    {
        int status = 0;
        QByteArray body;
        [[nodiscard]] bool ok() const { return status == 200; }
        [[nodiscard]] QJsonObject json() const;
    };

    LabControl();
    ~LabControl();
    Q_DISABLE_COPY_MOVE(LabControl)

    /// Starts $KRYNET_LABSIM with @p arguments (after DemoLab's own) and waits until it is ready.
    [[nodiscard]] Result<void> start(const QStringList &arguments = {QStringLiteral("--speed"), QStringLiteral("0")});
    /// Controls a lab started elsewhere (the DemoLab of the app under test).
    void attach(const DemoLabSetup &setup) { m_setup = setup; }

    [[nodiscard]] const DemoLabSetup &setup() const { return m_setup; }
    /// The running simulator (nullptr after attach()).
    [[nodiscard]] DemoLab *lab() const { return m_lab.get(); }
    /// Ends the simulator now (a test that must outlive it).
    void stop();

    /// Any control request: @p pathAndQuery relative to the control endpoint ("/faults/sonarr").
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});

    // Faults (app/labsim/faults.h): {"latencyMs", "errorStatus", "htmlLogin", "truncate", "hang"}.
    bool setFault(const QString &service, const QJsonObject &settings);
    bool clearFaults();

    bool advanceClock(qint64 seconds);

    // Traffic counting (app/labsim/traffic.h): start() forgets earlier records.
    bool startTraffic();
    /// The summary; {} when the lab did not answer.
    QJsonObject traffic();
    QJsonObject stopTraffic();
    /// How many requests of the current window have a key ("<service> <METHOD> <path>", or
    /// "ssh <command line>") containing @p part; -1 when the lab did not answer.
    int arrivals(const QString &part);

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    QNetworkAccessManager m_network;
};

} // namespace KryNet::Test
