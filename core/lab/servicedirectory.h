#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "core/common/health.h"
#include "core/common/sameturn.h"
#include "core/http/npmclient.h"

namespace KryNet
{

class LabSession;

/// What the Services panel knows about one web service of the lab.
struct ServiceStatus
{
    QString id;   ///< catalogue id ("sonarr")
    QString name; ///< translated display name
    QUrl url;     ///< base URL in the current access mode (empty when it cannot be derived)
    Health health = Health::Unknown;
    QString reason; ///< the error's message, or "HTTP 200"
    QString detail; ///< technical detail of the error
    QString version;
    qint64 latencyMs = -1;
    QDateTime checkedAt;       ///< UTC; invalid before the first check
    QString certificateSha256; ///< presented certificate when TLS failed: the user may pin it
    QString details;           ///< what the service's own API adds (NPM: proxy hosts, nearest expiry)
    bool checking = false;
};

/**
 * The services of one lab, checked with ServiceProbe through the session's ServiceClients: reachable,
 * the key accepted, the version where the API reports one. As a table model (columns: service,
 * address, status, version, latency) with the shared Health roles.
 *
 * Nginx Proxy Manager, when it answers, is also read with NpmClient (its proxy hosts and certificates):
 * the NPM row's details say how many proxy hosts it has and which certificate expires first, and
 * npm() gives the certificates to the overview.
 *
 * Checks run all at once (never retried here: the panel shows what happened), every 60 s while the
 * window is visible and every 5 min while it is hidden, and on refresh(). Results older than two
 * periods show as Stale.
 */
class ServiceDirectory final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDirectory)

public:
    enum Column {
        ServiceColumn,
        AddressColumn,
        StatusColumn,
        VersionColumn,
        LatencyColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role {
        UrlRole = Roles::FirstDomainRole,
        CertificateRole,
        DetailRole,
    };

    explicit ServiceDirectory(LabSession &session, QObject *parent = nullptr);
    ~ServiceDirectory() override;

    [[nodiscard]] const QList<ServiceStatus> &services() const { return m_services; }
    [[nodiscard]] bool isChecking() const;
    /// The worst health of all services (for the overview and the tray).
    [[nodiscard]] Health overallHealth() const;

    void refresh();

    /// NPM's certificates and proxy hosts as last read; nullopt before the first read or without NPM.
    [[nodiscard]] const std::optional<NpmState> &npm() const { return m_npm; }
    /// When npm() was read (UTC), and why the last read failed (empty when it worked).
    [[nodiscard]] QDateTime npmReadAt() const { return m_npmReadAt; }
    [[nodiscard]] const QString &npmError() const { return m_npmError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkingChanged(bool checking);

private:
    void check(int row);
    void finishRow(int row);
    void updateInterval();
    void markStale();
    void readNpm(int row);

    LabSession &m_session;
    QList<ServiceStatus> m_services;
    QTimer m_timer;
    QTimer m_staleTimer;
    int m_pending = 0;
    quint64 m_generation = 0;
    SameTurn m_refreshTurn; ///< marked while the running round was asked for in this event-loop turn
    QPointer<NpmClient> m_npmClient;
    std::optional<NpmState> m_npm;
    QDateTime m_npmReadAt;
    QString m_npmError;
};

} // namespace KryNet
