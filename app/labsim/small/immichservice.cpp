#include "app/labsim/small/immichservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

HttpResponse nestError(const QString &message, const QString &error, int status)
{
    return HttpResponse::json(QJsonObject{{u"message"_s, message},
                                          {u"error"_s, error},
                                          {u"statusCode"_s, status},
                                          {u"correlationId"_s, u"k3v9x2mq"_s}},
                              status);
}

} // namespace

ImmichService::ImmichService(QString adminKey, QString userKey)
    : m_adminKey(std::move(adminKey))
    , m_userKey(std::move(userKey))
{}

QJsonObject ImmichService::credentials() const
{
    return {{u"apiKey"_s, m_adminKey}};
}

HttpResponse ImmichService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (request.method != "GET")
        return nestError(u"Cannot %1 %2"_s.arg(QString::fromLatin1(request.method), path), u"Not Found"_s, 404);
    if (path == u"/api/server/ping"_s)
        return HttpResponse::json(QJsonObject{{u"res"_s, u"pong"_s}});
    if (path == u"/api/server/version"_s)
        return HttpResponse::json(QJsonObject{{u"major"_s, 1}, {u"minor"_s, 135}, {u"patch"_s, 3}});
    const QStringList known = {u"/api/server/about"_s, u"/api/server/statistics"_s, u"/api/server/storage"_s};
    if (!known.contains(path))
        return nestError(u"Cannot GET %1"_s.arg(path), u"Not Found"_s, 404);
    const QString key = QString::fromUtf8(request.header("x-api-key"));
    if (key.isEmpty())
        return nestError(u"Authentication required"_s, u"Unauthorized"_s, 401);
    if (key != m_adminKey && key != m_userKey)
        return nestError(u"Invalid API key"_s, u"Unauthorized"_s, 401);
    if (path == u"/api/server/about"_s) {
        return HttpResponse::json(
            QJsonObject{{u"version"_s, u"v1.135.3"_s},
                        {u"versionUrl"_s, u"https://github.com/immich-app/immich/releases/tag/v1.135.3"_s},
                        {u"licensed"_s, false},
                        {u"build"_s, u"15764322918"_s},
                        {u"buildImage"_s, u"v1.135.3"_s},
                        {u"repository"_s, u"immich-app/immich"_s},
                        {u"repositoryUrl"_s, u"https://github.com/immich-app/immich"_s},
                        {u"sourceRef"_s, u"v1.135.3"_s},
                        {u"nodejs"_s, u"v22.16.0"_s},
                        {u"ffmpeg"_s, u"7.0.2-9"_s},
                        {u"imagemagick"_s, u"7.1.1-47"_s},
                        {u"libvips"_s, u"8.16.1"_s},
                        {u"exiftool"_s, u"13.00"_s}});
    }
    if (path == u"/api/server/statistics"_s) {
        if (key != m_adminKey)
            return nestError(u"Forbidden resource"_s, u"Forbidden"_s, 403);
        const qint64 jonas = 1214672301912LL;
        const qint64 mara = 403991220588LL;
        return HttpResponse::json(QJsonObject{
            {u"photos"_s, 48213},
            {u"videos"_s, 2117},
            {u"usage"_s, double(jonas + mara)},
            {u"usagePhotos"_s, double(jonas + mara - 612830114733LL)},
            {u"usageVideos"_s, double(612830114733LL)},
            {u"usageByUser"_s, QJsonArray{QJsonObject{{u"userId"_s, u"5f0c2a4e-8d1b-4c7a-9e3f-2b6d8a1c4e70"_s},
                                                      {u"userName"_s, u"Jonas"_s},
                                                      {u"photos"_s, 35977},
                                                      {u"videos"_s, 1640},
                                                      {u"usage"_s, double(jonas)},
                                                      {u"usagePhotos"_s, double(jonas - 498211336120LL)},
                                                      {u"usageVideos"_s, double(498211336120LL)},
                                                      {u"quotaSizeInBytes"_s, QJsonValue::Null}},
                                          QJsonObject{{u"userId"_s, u"a93e7b10-44c2-4f8e-b5d1-0c7e2f9a6b38"_s},
                                                      {u"userName"_s, u"Mara"_s},
                                                      {u"photos"_s, 12236},
                                                      {u"videos"_s, 477},
                                                      {u"usage"_s, double(mara)},
                                                      {u"usagePhotos"_s, double(mara - 114618778613LL)},
                                                      {u"usageVideos"_s, double(114618778613LL)},
                                                      {u"quotaSizeInBytes"_s, double(1099511627776LL)}}}}});
    }
    // The andromeda pool: a 2×4 TB mirror.
    const qint64 size = 3855438249984LL;
    const qint64 used = 1894211683328LL;
    return HttpResponse::json(QJsonObject{{u"diskSize"_s, u"3.5 TiB"_s},
                                          {u"diskUse"_s, u"1.7 TiB"_s},
                                          {u"diskAvailable"_s, u"1.8 TiB"_s},
                                          {u"diskSizeRaw"_s, double(size)},
                                          {u"diskUseRaw"_s, double(used)},
                                          {u"diskAvailableRaw"_s, double(size - used)},
                                          {u"diskUsagePercentage"_s, 49.13}});
}

} // namespace KryNet::LabSim
