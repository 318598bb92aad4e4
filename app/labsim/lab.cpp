#include "app/labsim/lab.h"

#include <QJsonArray>

#include "app/labsim/hostilenames.h"
#include "app/labsim/httpserver.h"
#include "app/labsim/simservice.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

struct ScaleKey
{
    const char16_t *name;
    int LabScale::*field;
    int max;
};

constexpr ScaleKey kScaleKeys[] = {
    {u"containers", &LabScale::containers, 5000}, {u"torrents", &LabScale::torrents, 50000},
    {u"disks", &LabScale::disks, 1000},           {u"requests", &LabScale::requests, 5000},
    {u"monitors", &LabScale::monitors, 500},
};

} // namespace

bool LabScale::parse(const QString &spec, QString *error)
{
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        const ScaleKey *match = nullptr;
        for (const ScaleKey &k : kScaleKeys) {
            if (key == QStringView(k.name))
                match = &k;
        }
        bool ok = false;
        const int value = eq > 0 ? item.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!match || !ok || value < 0 || value > match->max) {
            if (error) {
                QStringList keys;
                for (const ScaleKey &k : kScaleKeys)
                    keys.append(u"%1=0..%2"_s.arg(QStringView(k.name)).arg(k.max));
                *error = u"--scale: \"%1\" is not one of %2"_s.arg(item, keys.join(u", "_s));
            }
            return false;
        }
        this->*(match->field) = value;
    }
    return true;
}

QJsonObject LabScale::toJson() const
{
    QJsonObject out;
    for (const ScaleKey &k : kScaleKeys) {
        if (this->*(k.field) > 0)
            out.insert(QString::fromUtf16(k.name), this->*(k.field));
    }
    return out;
}

Lab::Lab(const LabOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.epoch.isValid() ? options.epoch : QDateTime::currentDateTimeUtc(), options.speed)
    , m_random(options.seed)
{
    if (m_options.hostileNames && m_options.hostileMarker.isEmpty())
        m_options.hostileMarker = defaultHostileMarker();
    // The control token is not derived from the seed: it only guards the control endpoint.
    m_controlToken = QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                     QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

Lab::~Lab() = default;

void Lab::addService(std::unique_ptr<SimService> service)
{
    m_services.push_back(std::move(service));
}

void Lab::addDescription(const QString &key, const QJsonObject &value)
{
    m_extra.insert(key, value);
}

void Lab::addControlRoute(const QString &prefix, std::function<HttpResponse(const HttpRequest &)> handler)
{
    m_controlRoutes.emplace_back(prefix, std::move(handler));
}

bool Lab::start(QString *error)
{
    for (const auto &service : m_services) {
        SimService *raw = service.get();
        auto *listener = new HttpService(
            raw->id(), [raw](const HttpRequest &request) { return raw->handle(request); }, &m_faults, &m_traffic, this);
        if (!listener->listen()) {
            if (error)
                *error = u"cannot listen for %1: %2"_s.arg(raw->id(), listener->errorString());
            return false;
        }
        m_listeners.push_back(listener);
    }
    m_control = new HttpService(
        u"control"_s, [this](const HttpRequest &request) { return handleControl(request); }, nullptr, nullptr, this);
    if (!m_control->listen()) {
        if (error)
            *error = u"cannot listen for the control endpoint: %1"_s.arg(m_control->errorString());
        return false;
    }
    return true;
}

QJsonObject Lab::describe() const
{
    QJsonObject services;
    for (size_t i = 0; i < m_services.size() && i < m_listeners.size(); ++i) {
        QJsonObject entry = m_services[i]->credentials();
        entry.insert(u"url"_s, u"http://127.0.0.1:%1"_s.arg(m_listeners[i]->port()));
        services.insert(m_services[i]->id(), entry);
    }
    QJsonObject out = m_extra;
    out.insert(u"labsim"_s, QStringLiteral(KRYNET_VERSION));
    out.insert(u"seed"_s, qint64(m_options.seed));
    out.insert(u"epoch"_s, m_clock.now().toString(Qt::ISODate));
    out.insert(u"speed"_s, m_clock.speed());
    if (const QJsonObject scale = m_options.scale.toJson(); !scale.isEmpty())
        out.insert(u"scale"_s, scale);
    if (m_options.hostileNames)
        out.insert(u"hostileNames"_s, m_options.hostileMarker);
    out.insert(u"services"_s, services);
    if (m_control) {
        out.insert(u"control"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:%1"_s.arg(m_control->port())},
                                             {u"token"_s, QString::fromLatin1(m_controlToken)}});
    }
    return out;
}

HttpResponse Lab::handleControl(const HttpRequest &request)
{
    if (request.header("Authorization") != "Bearer " + m_controlToken)
        return HttpResponse::json(QJsonObject{{u"error"_s, u"missing or wrong control token"_s}}, 401);

    if (request.method == "GET" && request.path == u"/state"_s) {
        return HttpResponse::json(QJsonObject{{u"now"_s, m_clock.now().toString(Qt::ISODate)},
                                              {u"seed"_s, qint64(m_options.seed)},
                                              {u"faults"_s, m_faults.toJson()}});
    }
    if (request.method == "PUT" && request.path.startsWith(u"/faults/"_s)) {
        const QString id = request.path.mid(8);
        const QJsonDocument body = request.json();
        if (id.isEmpty() || !body.isObject())
            return HttpResponse::json(QJsonObject{{u"error"_s, u"PUT /faults/{service} with a JSON object"_s}}, 400);
        m_faults.set(id, FaultSettings::fromJson(body.object()));
        return HttpResponse::json(m_faults.toJson());
    }
    if (request.method == "DELETE" && request.path == u"/faults"_s) {
        m_faults.clear();
        return HttpResponse::json(m_faults.toJson());
    }
    if (request.method == "POST" && request.path == u"/clock/advance"_s) {
        bool ok = false;
        const qint64 seconds = request.queryValue(u"seconds"_s).toLongLong(&ok);
        if (!ok || seconds < 0)
            return HttpResponse::json(QJsonObject{{u"error"_s, u"seconds must be a non-negative integer"_s}}, 400);
        m_clock.advance(seconds);
        return HttpResponse::json(QJsonObject{{u"now"_s, m_clock.now().toString(Qt::ISODate)}});
    }
    if (request.method == "POST" && request.path == u"/traffic/start"_s) {
        m_traffic.start();
        return HttpResponse::json(m_traffic.summary());
    }
    if (request.method == "POST" && request.path == u"/traffic/stop"_s) {
        m_traffic.stop();
        return HttpResponse::json(m_traffic.summary(request.queryValue(u"timeline"_s) == u"1"_s));
    }
    if (request.method == "GET" && request.path == u"/traffic"_s)
        return HttpResponse::json(m_traffic.summary(request.queryValue(u"timeline"_s) == u"1"_s));
    for (const auto &[prefix, handler] : m_controlRoutes) {
        if (request.path.startsWith(prefix))
            return handler(request);
    }
    return HttpResponse::json(QJsonObject{{u"error"_s, u"unknown control request"_s}}, 404);
}

} // namespace KryNet::LabSim
