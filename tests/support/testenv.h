#pragma once

#include <QHash>
#include <QString>
#include <QTemporaryDir>

namespace KryNet::Test
{

/**
 * A private HOME for one test: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and
 * KRYNET_CONFIG_DIR all point into a fresh temporary directory for the object's lifetime, so nothing
 * a test writes can touch the real user's files. The previous values are restored on destruction.
 */
class IsolatedHome final
{
public:
    IsolatedHome();
    ~IsolatedHome();
    Q_DISABLE_COPY_MOVE(IsolatedHome)

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString configDir() const;

private:
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_saved;
    QList<QByteArray> m_unset;
};

/**
 * What a peer fixture (a tests/peers script started as a fixture) recorded: KEY=VALUE lines in
 * $KRYNET_BINARY_DIR/peers/<name>/peer.env (PORT, PID, WORK, and peer-specific keys).
 * Returns an empty hash when the fixture did not run.
 */
[[nodiscard]] QHash<QString, QString> readPeer(const QString &name);

/// Directory where peer fixtures keep their state: $KRYNET_BINARY_DIR/peers.
[[nodiscard]] QString peersDir();

/// Repository root (KRYNET_SOURCE_DIR), for fixtures under tests/fixtures.
[[nodiscard]] QString sourceDir();

/// Path of tests/fixtures/<relative>.
[[nodiscard]] QString fixturePath(const QString &relative);

/// Reads a whole fixture file; empty on failure (the test then fails on its own assertions).
[[nodiscard]] QByteArray readFixture(const QString &relative);

} // namespace KryNet::Test
