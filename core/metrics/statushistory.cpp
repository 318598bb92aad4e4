#include "core/metrics/statushistory.h"

#include <algorithm>

namespace KryNet::Metrics
{

namespace
{

bool isKnown(MonitorStatus status)
{
    return status == MonitorStatus::Up || status == MonitorStatus::Down || status == MonitorStatus::Pending ||
           status == MonitorStatus::Maintenance;
}

} // namespace

StatusHistory::StatusHistory(qint64 intervalSecs)
    : m_interval(std::max<qint64>(1, intervalSecs))
{}

qint64 StatusHistory::medianInterval(const std::vector<StatusSample> &samples)
{
    if (samples.size() < 2)
        return 60;
    std::vector<qint64> deltas;
    deltas.reserve(samples.size() - 1);
    for (size_t i = 1; i < samples.size(); ++i) {
        const qint64 d = samples[i].t - samples[i - 1].t;
        if (d > 0)
            deltas.push_back(d);
    }
    if (deltas.empty())
        return 60;
    auto middle = deltas.begin() + std::ptrdiff_t(deltas.size() / 2);
    std::nth_element(deltas.begin(), middle, deltas.end());
    return std::max<qint64>(1, *middle);
}

StatusHistory StatusHistory::fromSamples(const std::vector<StatusSample> &samples, qint64 intervalSecs)
{
    StatusHistory out(intervalSecs > 0 ? intervalSecs : medianInterval(samples));
    for (const StatusSample &s : samples)
        out.append(s);
    return out;
}

StatusHistory StatusHistory::fromRuns(std::vector<StatusRun> runs, const Meta &meta)
{
    StatusHistory out(meta.interval);
    std::sort(runs.begin(), runs.end(), [](const StatusRun &a, const StatusRun &b) { return a.start < b.start; });
    out.m_runs.reserve(runs.size());
    for (StatusRun run : runs) {
        if (!isKnown(run.status))
            continue;
        if (!out.m_runs.empty())
            run.start = std::max(run.start, out.m_runs.back().end);
        if (run.end <= run.start)
            continue;
        if (!out.m_runs.empty() && out.m_runs.back().end == run.start && out.m_runs.back().status == run.status)
            out.m_runs.back().end = run.end;
        else
            out.m_runs.push_back(run);
    }
    out.m_hasSamples = !out.m_runs.empty() || meta.samples > 0;
    out.m_start = out.m_runs.empty() ? meta.start : std::min(meta.start, out.m_runs.front().start);
    out.m_last = meta.lastSample;
    out.m_lastStatus = meta.lastStatus;
    out.m_samples = meta.samples;
    return out;
}

StatusHistory::Meta StatusHistory::meta() const
{
    return {m_interval, m_start, m_last, m_lastStatus, m_samples};
}

void StatusHistory::append(qint64 t, MonitorStatus status)
{
    if (!isKnown(status))
        status = MonitorStatus::Unknown;
    if (m_hasSamples && t < m_last)
        return; // older than what we have: out of order
    if (m_hasSamples && isKnown(m_lastStatus) && !m_runs.empty() && m_runs.back().end > m_last) {
        StatusRun &back = m_runs.back();
        if (t == m_last) {
            // The same time again: the earlier sample holds for 0 s, the new one replaces it.
            back.end = m_last;
        } else if (t - m_last <= m_interval + m_interval / 2) {
            back.end = t; // the last sample holds until this one
        }
        if (back.end <= back.start)
            m_runs.pop_back();
    }
    if (!m_hasSamples) {
        m_hasSamples = true;
        m_start = t;
    }
    if (isKnown(status)) {
        if (!m_runs.empty() && m_runs.back().end == t && m_runs.back().status == status)
            m_runs.back().end = t + m_interval;
        else
            m_runs.push_back({t, t + m_interval, status});
    }
    m_last = t;
    m_lastStatus = status;
    ++m_samples;
}

void StatusHistory::append(const StatusHistory &later)
{
    if (!later.m_hasSamples)
        return;
    if (!m_hasSamples) {
        const qint64 samples = m_samples;
        *this = later;
        m_samples += samples;
        return;
    }
    auto it = later.m_runs.begin();
    if (later.m_start >= m_last) {
        // The boundary exactly as append(sample) would treat the later batch's first sample.
        if (isKnown(m_lastStatus) && !m_runs.empty() && m_runs.back().end > m_last) {
            StatusRun &back = m_runs.back();
            if (later.m_start == m_last)
                back.end = m_last;
            else if (later.m_start - m_last <= m_interval + m_interval / 2)
                back.end = later.m_start;
            if (back.end <= back.start)
                m_runs.pop_back();
        }
    } else {
        // Overlapping batches: keep ours, take only what the later one adds after it.
        const qint64 covered = std::max(m_last, m_runs.empty() ? m_last : m_runs.back().end);
        while (it != later.m_runs.end() && it->end <= covered)
            ++it;
    }
    const qint64 floor = m_runs.empty() ? m_start : m_runs.back().end;
    for (; it != later.m_runs.end(); ++it) {
        StatusRun run = *it;
        run.start = std::max(run.start, floor);
        if (run.end <= run.start)
            continue;
        if (!m_runs.empty() && m_runs.back().end == run.start && m_runs.back().status == run.status)
            m_runs.back().end = run.end;
        else
            m_runs.push_back(run);
    }
    if (later.m_last >= m_last) {
        m_last = later.m_last;
        m_lastStatus = later.m_lastStatus;
    }
    m_interval = later.m_interval;
    m_samples += later.m_samples;
}

void StatusHistory::pruneBefore(qint64 t)
{
    if (!m_hasSamples || t <= m_start)
        return;
    const size_t keep = firstRunEndingAfter(t);
    m_runs.erase(m_runs.begin(), m_runs.begin() + std::ptrdiff_t(keep));
    if (!m_runs.empty())
        m_runs.front().start = std::max(m_runs.front().start, t);
    m_start = t;
    if (m_runs.capacity() > 2 * m_runs.size() + 16)
        m_runs.shrink_to_fit();
}

void StatusHistory::clear()
{
    *this = StatusHistory(m_interval);
}

size_t StatusHistory::firstRunEndingAfter(qint64 t) const
{
    return size_t(std::upper_bound(m_runs.begin(), m_runs.end(), t,
                                   [](qint64 value, const StatusRun &run) { return value < run.end; }) -
                  m_runs.begin());
}

StatusHistory StatusHistory::tailFrom(qint64 t) const
{
    StatusHistory out(m_interval);
    out.m_hasSamples = m_hasSamples;
    out.m_start = m_start;
    out.m_last = m_last;
    out.m_lastStatus = m_lastStatus;
    out.m_samples = m_samples;
    auto it = std::lower_bound(m_runs.begin(), m_runs.end(), t,
                               [](const StatusRun &run, qint64 value) { return run.start < value; });
    out.m_runs.assign(it, m_runs.end());
    return out;
}

} // namespace KryNet::Metrics
