#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include "core/common/result.h"
#include "core/config/profile.h"

class QProcess;

namespace KryNet
{

class SecretStore;

/// What a started demo lab offers: a ready profile and the secrets that go with it.
struct DemoLabSetup
{
    Profile profile;
    QHash<QString, QString> secrets; ///< purpose ("sonarr.api-key"…) → value, for a memory store only
    QUrl controlUrl;                 ///< labsim's control endpoint (faults, clock)
    QString controlToken;
    QJsonObject description; ///< labsim's start-up JSON, minus nothing (it holds demo secrets)
};

/**
 * The demo lab: krynet-labsim as a child process, and a temporary profile pointing at it.
 *
 * Contracts:
 *  - start() generates a throwaway SSH key in a private temporary directory, starts labsim with it
 *    as the only authorised key, reads labsim's start-up JSON from its stdout and returns a profile
 *    whose services use labsim's loopback URLs. labsim's host key is trusted because it arrives over
 *    the child's own stdout pipe, never over the network.
 *  - The secrets of the demo (generated API keys) are returned for a memory store only; callers must
 *    never put them in the keychain or a file.
 *  - The child is ended when this object is destroyed (stdin closes; it is killed if it lingers), and
 *    labsim also exits on its own if this process dies (--exit-on-stdin-close).
 *  - Nothing blocks: the future finishes when labsim has printed its endpoints, or with an Error
 *    after the start-up deadline.
 */
class DemoLab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLab)

public:
    explicit DemoLab(QString labsimPath = defaultLabsimPath(), QObject *parent = nullptr);
    ~DemoLab() override;

    /// $KRYNET_LABSIM, else krynet-labsim next to the running binary (installed or in the build tree),
    /// else on PATH.
    [[nodiscard]] static QString defaultLabsimPath();

    /// Extra labsim arguments (--seed, --speed, --fault…), before start().
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    [[nodiscard]] QFuture<Result<DemoLabSetup>> start();
    /// PID of the running simulator, 0 before start() or after it ended.
    [[nodiscard]] qint64 processId() const;

    /// Builds the profile and secrets from labsim's start-up JSON (public for tests).
    [[nodiscard]] static Result<DemoLabSetup>
    setupFromDescription(const QJsonObject &description, const QString &identityFile, const QString &knownHostsFile);

    /// Writes @p setup's secrets into @p store (meant to be a MemorySecretStore).
    static void storeSecrets(const DemoLabSetup &setup, SecretStore &store);

private:
    QString m_labsimPath;
    QStringList m_extraArguments;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
};

} // namespace KryNet
