#pragma once

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include "app/labsim/lab.h"
#include "app/labsim/media/mediaservices.h"
#include "app/labsim/media/mediastate.h"

namespace KryNet::Test
{

/// The media services of a lab with a frozen clock, called in-process (no sockets).
class MediaLab final
{
public:
    explicit MediaLab(quint32 seed = 42, LabSim::Media::MediaScale scale = {})
    {
        LabSim::LabOptions options;
        options.seed = seed;
        options.speed = 0;
        options.epoch = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        m_lab = std::make_unique<LabSim::Lab>(options);
        m_media = LabSim::createMediaServices(m_lab->clock(), seed, scale);
    }

    [[nodiscard]] LabSim::Media::MediaState &state() { return *m_media.state; }
    [[nodiscard]] QString key(const QString &service) const { return m_media.state->apiKey(service); }
    void advance(qint64 seconds) { m_lab->clock().advance(seconds); }
    [[nodiscard]] qint64 now() const { return m_lab->clock().nowSecs(); }

    LabSim::HttpResponse call(const QString &service, const QByteArray &method, const QString &target,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
    {
        LabSim::HttpRequest request;
        request.method = method;
        request.target = target.toUtf8();
        const QUrl url(QStringLiteral("http://127.0.0.1") + target);
        request.path = url.path();
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        request.headers = headers;
        request.body = body;
        LabSim::SimService *simService = m_media.service(service);
        Q_ASSERT(simService);
        return simService->handle(request);
    }

    /// GET with the service's own key in its usual place.
    QJsonDocument get(const QString &service, const QString &target)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        QString full = target;
        if (service == QStringLiteral("bazarr"))
            headers.append(qMakePair(QByteArray("X-API-KEY"), key(service).toLatin1()));
        else if (service == QStringLiteral("jellyfin"))
            headers.append(qMakePair(QByteArray("Authorization"),
                                     QByteArray("MediaBrowser Token=\"" + key(service).toLatin1() + "\"")));
        else if (service == QStringLiteral("sabnzbd"))
            full += (target.contains(u'?') ? u'&' : u'?') + QStringLiteral("output=json&apikey=") + key(service);
        else if (service != QStringLiteral("qbittorrent"))
            headers.append(qMakePair(QByteArray("X-Api-Key"), key(service).toLatin1()));
        m_lastStatus = 0;
        const LabSim::HttpResponse response = call(service, "GET", full, headers);
        m_lastStatus = response.status;
        return QJsonDocument::fromJson(response.body);
    }
    [[nodiscard]] int lastStatus() const { return m_lastStatus; }

private:
    std::unique_ptr<LabSim::Lab> m_lab;
    LabSim::MediaServices m_media;
    int m_lastStatus = 0;
};

} // namespace KryNet::Test
