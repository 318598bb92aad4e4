// krynet-labsim: the simulated lab. Prints one JSON line describing its endpoints, then serves until
// terminated (or until stdin closes, with --exit-on-stdin-close, so a parent's death ends it).
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

#include "app/labsim/lab.h"
#include "app/labsim/registry.h"
#include "core/common/logging.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;

int main(int argc, char *argv[])
{
    KryNet::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"krynet-labsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KRYNET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated homelab for KryNet Control's tests and demo mode."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption seed(u"seed"_s, u"Random seed: the same seed gives the same lab (default 42)."_s, u"N"_s,
                                  u"42"_s);
    const QCommandLineOption speed(u"speed"_s, u"Simulated seconds per real second; 0 freezes the clock (default 1)."_s,
                                   u"X"_s, u"1"_s);
    const QCommandLineOption epoch(u"epoch"_s, u"Start time, ISO 8601 UTC (default: now)."_s, u"TIME"_s);
    const QCommandLineOption stateDir(u"state-dir"_s, u"Directory for the SSH host key and other generated files."_s,
                                      u"DIR"_s);
    const QCommandLineOption authorizedKeys(
        u"authorized-keys"_s, u"Public keys the SSH server accepts (authorized_keys format)."_s, u"FILE"_s);
    const QCommandLineOption fault(u"fault"_s, u"Initial fault, SERVICE=JSON, e.g. sonarr={\"errorStatus\":500}."_s,
                                   u"SPEC"_s);
    const QCommandLineOption scale(
        u"scale"_s,
        u"Scale scenario: extra load, e.g. containers=1000,torrents=10000,disks=200,requests=500,monitors=50."_s,
        u"SPEC"_s);
    const QCommandLineOption hostileNames(
        u"hostile-names"_s,
        u"Add containers, a pool, monitors, torrents and requests with hostile names (shell payloads, quotes, "
        u"markup, newlines, terminal escapes, RTL override, a 10,000-character name, invalid UTF-8)."_s);
    const QCommandLineOption hostileMarker(
        u"hostile-marker"_s, u"With --hostile-names: the file the names' shell payloads would create if run."_s,
        u"FILE"_s);
    const QCommandLineOption exitOnStdinClose(u"exit-on-stdin-close"_s,
                                              u"Quit when stdin reaches end of file (run as a child process)."_s);
    parser.addOptions(
        {seed, speed, epoch, stateDir, authorizedKeys, fault, scale, hostileNames, hostileMarker, exitOnStdinClose});
    parser.process(app);

    LabOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        QTextStream(stderr) << "krynet-labsim: --seed needs a non-negative integer" << Qt::endl;
        return 2;
    }
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed < 0) {
        QTextStream(stderr) << "krynet-labsim: --speed needs a non-negative number" << Qt::endl;
        return 2;
    }
    if (parser.isSet(epoch)) {
        options.epoch = QDateTime::fromString(parser.value(epoch), Qt::ISODate);
        if (!options.epoch.isValid()) {
            QTextStream(stderr) << "krynet-labsim: --epoch needs an ISO 8601 time" << Qt::endl;
            return 2;
        }
    }
    options.stateDir = parser.value(stateDir);
    options.authorizedKeys = parser.value(authorizedKeys);
    options.hostileNames = parser.isSet(hostileNames);
    options.hostileMarker = parser.value(hostileMarker);
    for (const QString &spec : parser.values(scale)) {
        QString error;
        if (!options.scale.parse(spec, &error)) {
            QTextStream(stderr) << "krynet-labsim: " << error << Qt::endl;
            return 2;
        }
    }

    Lab lab(options);
    for (const QString &spec : parser.values(fault)) {
        const qsizetype eq = spec.indexOf(u'=');
        const QJsonDocument json = QJsonDocument::fromJson(spec.mid(eq + 1).toUtf8());
        if (eq <= 0 || !json.isObject()) {
            QTextStream(stderr) << "krynet-labsim: --fault needs SERVICE={json}" << Qt::endl;
            return 2;
        }
        lab.faults().set(spec.left(eq), FaultSettings::fromJson(json.object()));
    }
    QString error;
    if (!registerLabServices(lab, &error) || !lab.start(&error)) {
        QTextStream(stderr) << "krynet-labsim: " << error << Qt::endl;
        return 1;
    }

    std::fputs(QJsonDocument(lab.describe()).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    if (parser.isSet(exitOnStdinClose)) {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return QCoreApplication::exec();
}
