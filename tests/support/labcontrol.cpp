#include "tests/support/labcontrol.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

QJsonObject LabControl::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

LabControl::LabControl() = default;

LabControl::~LabControl() = default;

Result<void> LabControl::start(const QStringList &arguments)
{
    m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
    m_lab->setExtraArguments(arguments);
    auto future = m_lab->start();
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, startTimeoutMs))
        return Error(Error::Code::Timeout, u"krynet-labsim did not start within %1 ms"_s.arg(startTimeoutMs));
    if (future.resultCount() == 0)
        return Error(Error::Code::Cancelled, u"krynet-labsim: no start result"_s);
    const Result<DemoLabSetup> setup = future.result();
    if (!setup)
        return setup.error();
    m_setup = *setup;
    return {};
}

void LabControl::stop()
{
    m_lab.reset();
}

LabControl::Reply LabControl::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    // Appended, not resolved: the control URL may carry a path prefix of its own.
    QString base = m_setup.controlUrl.toString();
    if (base.endsWith(u'/') && pathAndQuery.startsWith(u'/'))
        base.chop(1);
    QNetworkRequest request(QUrl(base + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + m_setup.controlToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    Reply out;
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, controlTimeoutMs))
        return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    return out;
}

bool LabControl::setFault(const QString &service, const QJsonObject &settings)
{
    return request("PUT", u"/faults/"_s + service, QJsonDocument(settings).toJson(QJsonDocument::Compact)).ok();
}

bool LabControl::clearFaults()
{
    return request("DELETE", u"/faults"_s).ok();
}

bool LabControl::advanceClock(qint64 seconds)
{
    return request("POST", u"/clock/advance?seconds=%1"_s.arg(seconds)).ok();
}

bool LabControl::startTraffic()
{
    return request("POST", u"/traffic/start"_s).ok();
}

QJsonObject LabControl::traffic()
{
    const Reply reply = request("GET", u"/traffic"_s);
    return reply.ok() ? reply.json() : QJsonObject();
}

QJsonObject LabControl::stopTraffic()
{
    const Reply reply = request("POST", u"/traffic/stop"_s);
    return reply.ok() ? reply.json() : QJsonObject();
}

int LabControl::arrivals(const QString &part)
{
    const QJsonObject summary = traffic();
    if (!summary.contains(u"byRequest"_s))
        return -1;
    const QJsonObject byRequest = summary.value(u"byRequest"_s).toObject();
    int n = 0;
    for (auto it = byRequest.constBegin(); it != byRequest.constEnd(); ++it) {
        if (it.key().contains(part))
            n += it.value().toInt();
    }
    return n;
}

} // namespace KryNet::Test
