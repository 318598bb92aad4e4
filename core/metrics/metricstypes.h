#pragma once

#include <cmath>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace KryNet::Metrics
{

/// Labels of one series, sorted by name (QMap), "__name__" included when the server sent it.
using Labels = QMap<QString, QString>;

/// One sample: unix time in milliseconds and a value (NaN and ±Inf are kept as Prometheus sent them).
struct Sample
{
    qint64 tMs = 0;
    double value = 0;
};

/// One series of a Prometheus result (a matrix row, or a vector element as a single sample).
struct Series
{
    Labels labels;
    std::vector<Sample> samples;
};

/// What a query answered: Prometheus' resultType and its series (a scalar is one series without labels).
struct QueryResult
{
    enum class Type {
        Vector,
        Matrix,
        Scalar,
        String,
    };
    Type type = Type::Vector;
    std::vector<Series> series;
    QStringList warnings;
};

/// Uptime Kuma's monitor_status values (UPTIME-KUMA-NOTES.md).
enum class MonitorStatus : int {
    Down = 0,
    Up = 1,
    Pending = 2,
    Maintenance = 3,
    Unknown = -1, ///< no data (gap, NaN, a value Kuma never sends)
};

/// A status sample: unix seconds and the status at that beat.
struct StatusSample
{
    qint64 t = 0;
    MonitorStatus status = MonitorStatus::Unknown;
};

/// A heartbeat as Uptime Kuma's status-page API lists it (ping in ms, NaN when the beat had none).
struct Heartbeat
{
    qint64 t = 0; ///< unix seconds
    MonitorStatus status = MonitorStatus::Unknown;
    double pingMs = std::nan("");
};

/// The status-page API's view: its monitors with their last beats and Kuma's own 24 h ratio.
struct StatusPage
{
    struct Monitor
    {
        int id = 0;
        QString name;
        QString type;
        QString group;
        std::vector<Heartbeat> beats; ///< oldest first
        std::optional<double> uptime24h;
        std::optional<int> certDaysRemaining;
        std::optional<bool> certValid;
    };
    QString title;
    QList<Monitor> monitors;
    QStringList incidentTitles; ///< active incidents posted on the page
};

} // namespace KryNet::Metrics

Q_DECLARE_METATYPE(KryNet::Metrics::MonitorStatus)
