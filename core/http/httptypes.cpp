#include "core/http/httptypes.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

HttpRequest HttpRequest::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = HttpMethod::Get;
    r.path = path;
    r.query = query;
    return r;
}

HttpRequest HttpRequest::post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r;
    r.method = HttpMethod::Post;
    r.path = path;
    r.body = body;
    r.contentType = contentType;
    return r;
}

HttpRequest HttpRequest::put(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r = post(path, body, contentType);
    r.method = HttpMethod::Put;
    return r;
}

HttpRequest HttpRequest::patch(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r = post(path, body, contentType);
    r.method = HttpMethod::Patch;
    return r;
}

HttpRequest HttpRequest::deleteResource(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = HttpMethod::Delete;
    r.path = path;
    r.query = query;
    return r;
}

HttpRequest HttpRequest::patch(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = HttpMethod::Patch;
    r.path = path;
    r.query = query;
    return r;
}

QString HttpRequest::methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return u"GET"_s;
    case HttpMethod::Post:
        return u"POST"_s;
    case HttpMethod::Put:
        return u"PUT"_s;
    case HttpMethod::Delete:
        return u"DELETE"_s;
    case HttpMethod::Patch:
        return u"PATCH"_s;
    }
    return u"GET"_s;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

} // namespace KryNet
