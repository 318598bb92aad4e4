#pragma once

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include "app/labsim/httpmessage.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Test
{

/// A request as HttpConnection would parse it from "METHOD target" (target already percent-encoded).
inline HttpRequest makeRequest(const QByteArray &method, const QByteArray &target,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.target = target;
    const QUrl url = QUrl::fromEncoded("http://lab" + target);
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    r.headers = headers;
    r.body = body;
    return r;
}

inline QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

inline QJsonDocument jsonOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body);
}

inline QPair<QByteArray, QByteArray> header(const char *name, const QByteArray &value)
{
    return qMakePair(QByteArray(name), value);
}

} // namespace KryNet::LabSim::Test
