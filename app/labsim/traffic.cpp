#include "app/labsim/traffic.h"

#include <algorithm>
#include <numeric>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

Traffic::Traffic()
{
    m_clock.start();
}

void Traffic::start()
{
    m_records.clear();
    m_dropped = 0;
    m_startedUs = nowUs();
    ++m_window;
    m_recording = true;
}

void Traffic::stop()
{
    m_recording = false;
}

qint64 Traffic::arrived(Kind kind, const QString &service, const QString &what)
{
    if (!m_recording)
        return noRecord;
    if (m_records.size() >= size_t(maxRecords)) {
        ++m_dropped;
        return noRecord;
    }
    m_records.push_back({kind, service, what, nowUs()});
    return (m_window << 32) | qint64(m_records.size() - 1);
}

void Traffic::answered(qint64 record)
{
    // A request that arrived before the last start() may be answered after it: not of this window.
    const auto index = size_t(record & 0xffffffff);
    if (record < 0 || (record >> 32) != m_window || index >= m_records.size() || m_records[index].answeredUs >= 0)
        return;
    m_records[index].answeredUs = nowUs();
}

QJsonObject Traffic::summary(bool timeline) const
{
    const size_t n = m_records.size();
    int http = 0;
    int ssh = 0;
    int unanswered = 0;
    QJsonObject byService;
    QJsonObject byRequest;
    for (const Record &r : m_records) {
        (r.kind == Kind::Http ? http : ssh) += 1;
        unanswered += r.answeredUs < 0 ? 1 : 0;
        byService.insert(r.service, byService.value(r.service).toInt() + 1);
        const QString key = r.service + u' ' + r.what;
        byRequest.insert(key, byRequest.value(key).toInt() + 1);
    }

    // Longest chain: sweep the requests by arrival; a request extends the deepest chain whose last
    // request was answered before it arrived.
    std::vector<size_t> byArrival(n);
    std::iota(byArrival.begin(), byArrival.end(), size_t(0));
    std::stable_sort(byArrival.begin(), byArrival.end(),
                     [this](size_t a, size_t b) { return m_records[a].arrivedUs < m_records[b].arrivedUs; });
    std::vector<size_t> byAnswer;
    for (size_t i = 0; i < n; ++i) {
        if (m_records[i].answeredUs >= 0)
            byAnswer.push_back(i);
    }
    std::stable_sort(byAnswer.begin(), byAnswer.end(),
                     [this](size_t a, size_t b) { return m_records[a].answeredUs < m_records[b].answeredUs; });
    std::vector<int> depth(n, 0);
    std::vector<qsizetype> previous(n, -1);
    size_t nextAnswer = 0;
    int deepestDone = 0;
    qsizetype deepestDoneRecord = -1;
    int chainDepth = 0;
    qsizetype chainEnd = -1;
    for (size_t i : byArrival) {
        const Record &r = m_records[i];
        while (nextAnswer < byAnswer.size() && m_records[byAnswer[nextAnswer]].answeredUs < r.arrivedUs) {
            const size_t done = byAnswer[nextAnswer++];
            if (depth[done] > deepestDone) {
                deepestDone = depth[done];
                deepestDoneRecord = qsizetype(done);
            }
        }
        depth[i] = deepestDone + 1;
        previous[i] = deepestDoneRecord;
        if (depth[i] > chainDepth) {
            chainDepth = depth[i];
            chainEnd = qsizetype(i);
        }
    }
    QJsonArray chain;
    for (qsizetype i = chainEnd; i >= 0; i = previous[size_t(i)]) {
        const Record &r = m_records[size_t(i)];
        chain.prepend(QString(r.service + u' ' + r.what));
    }

    QJsonObject summary{{u"recording"_s, m_recording},
                        {u"windowMs"_s, double(nowUs() - m_startedUs) / 1000.0},
                        {u"requests"_s, qint64(n)},
                        {u"httpRequests"_s, http},
                        {u"sshCommands"_s, ssh},
                        {u"unanswered"_s, unanswered},
                        {u"dropped"_s, m_dropped},
                        {u"byService"_s, byService},
                        {u"byRequest"_s, byRequest},
                        {u"chainDepth"_s, chainDepth},
                        {u"chain"_s, chain}};
    if (timeline) {
        QJsonArray records;
        for (size_t i : byArrival) {
            const Record &r = m_records[i];
            records.append(QJsonObject{{u"at"_s, double(r.arrivedUs - m_startedUs) / 1000.0},
                                       {u"ms"_s, r.answeredUs < 0 ? -1.0 : double(r.answeredUs - r.arrivedUs) / 1000.0},
                                       {u"what"_s, QString(r.service + u' ' + r.what)}});
        }
        summary.insert(u"timeline"_s, records);
    }
    return summary;
}

} // namespace KryNet::LabSim
