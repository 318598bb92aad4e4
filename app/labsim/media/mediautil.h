#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "app/labsim/httpmessage.h"

namespace KryNet::LabSim::Media
{

/// Paging as the *arr APIs do it: page (1-based), pageSize (default 10), totalRecords.
struct Page
{
    int page = 1;
    int pageSize = 10;

    [[nodiscard]] static Page from(const HttpRequest &request, int defaultSize = 10)
    {
        Page p;
        p.pageSize = defaultSize;
        bool ok = false;
        const int page = request.queryValue(QStringLiteral("page")).toInt(&ok);
        if (ok && page > 0)
            p.page = page;
        const int size = request.queryValue(QStringLiteral("pageSize")).toInt(&ok);
        if (ok && size > 0)
            p.pageSize = size;
        return p;
    }

    [[nodiscard]] QJsonArray slice(const QJsonArray &all) const
    {
        QJsonArray out;
        const qint64 start = qint64(page - 1) * pageSize;
        for (qint64 i = start; i < all.size() && i < start + pageSize; ++i)
            out.append(all.at(i));
        return out;
    }
};

/// Comma-separated (or repeated) integer query parameter: seriesIds=1,2 or seriesIds=1&seriesIds=2.
[[nodiscard]] inline QList<int> intList(const HttpRequest &request, const QString &name)
{
    QList<int> out;
    const QStringList values = request.query.allQueryItemValues(name);
    for (const QString &value : values) {
        const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const int number = part.trimmed().toInt(&ok);
            if (ok)
                out.append(number);
        }
    }
    return out;
}

/// A query flag as ASP.NET binds it: "true"/"false", case-insensitive; @p fallback when absent.
[[nodiscard]] inline bool flag(const HttpRequest &request, const QString &name, bool fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    return request.queryValue(name).compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0 ||
           request.queryValue(name) == QStringLiteral("1");
}

/// Form fields of an application/x-www-form-urlencoded body.
[[nodiscard]] inline QUrlQuery formBody(const HttpRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

} // namespace KryNet::LabSim::Media
