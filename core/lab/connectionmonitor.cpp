#include "core/lab/connectionmonitor.h"

#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/lab/labsummary.h"
#include "core/lab/servicedirectory.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

using SshState = Ssh::SshConnection::State;

bool isUnreachable(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Network:
    case Error::Code::Dns:
    case Error::Code::Timeout:
        return true;
    default:
        return false;
    }
}

QString sinceText(const QDateTime &lastSuccess, const QDateTime &now)
{
    if (!lastSuccess.isValid())
        return ConnectionMonitor::tr("not reached since KryNet started");
    return ConnectionMonitor::tr("last reached %1").arg(LabSummary::ageText(lastSuccess.secsTo(now)));
}

} // namespace

ConnectionMonitor::ConnectionMonitor(LabSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!session.profile().ssh().host.isEmpty()) {
        auto ssh = session.ssh();
        if (ssh)
            m_ssh = *ssh;
        else
            m_sshConfigError = ssh.error();
    }
    connect(&session, &LabSession::sshStateChanged, this, [this](SshState state) {
        if (state == SshState::Connected)
            m_lastSuccess = QDateTime::currentDateTimeUtc();
        update();
    });
    if (!session.profile().services().isEmpty())
        bindServices();
    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &ConnectionMonitor::update);
    update();
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::bindServices()
{
    m_services = m_session.stores().services();
    if (!m_services)
        return;
    const auto changed = [this] {
        for (const ServiceStatus &s : m_services->services()) {
            if (s.health == Health::Ok || s.health == Health::Warning) { // it answered (a refused key too)
                if (!m_lastSuccess.isValid() || s.checkedAt > m_lastSuccess)
                    m_lastSuccess = s.checkedAt;
            }
        }
        update();
    };
    connect(m_services.data(), &QAbstractItemModel::dataChanged, this, changed);
    connect(m_services.data(), &QAbstractItemModel::modelReset, this, changed);
    connect(m_services.data(), &ServiceDirectory::checkingChanged, this, changed);
}

ConnectionMonitor::Services ConnectionMonitor::summarizeServices() const
{
    Services out;
    if (!m_services)
        return out;
    out.checking = m_services->isChecking();
    for (const ServiceStatus &s : m_services->services()) {
        ++out.total;
        if (!s.checkedAt.isValid() || s.checking || s.health == Health::Stale)
            continue;
        ++out.checked;
        switch (s.health) {
        case Health::Ok:
            ++out.up;
            break;
        case Health::Warning:
            ++out.refused;
            if (out.firstRefused.isEmpty())
                out.firstRefused = s.name + u": "_s + s.reason;
            break;
        default:
            ++out.down;
            if (out.firstDown.isEmpty())
                out.firstDown = s.name + u": "_s + s.reason;
            break;
        }
    }
    return out;
}

void ConnectionMonitor::update()
{
    Inputs in;
    in.hasSsh = m_ssh != nullptr;
    in.sshConfigError = m_sshConfigError;
    if (m_ssh) {
        in.ssh = m_ssh->state();
        in.sshError = m_ssh->lastError();
        const auto &target = m_ssh->options().target;
        in.sshTarget = target.user.isEmpty() ? target.host : target.user + u'@' + target.host;
    }
    in.services = summarizeServices();
    in.lastSuccess = m_lastSuccess;
    Status next = describe(in, QDateTime::currentDateTimeUtc());
    if (next.state == State::Offline) {
        if (!m_ageTimer.isActive())
            m_ageTimer.start();
    } else {
        m_ageTimer.stop();
    }
    const bool changed = next.state != m_status.state || next.summary != m_status.summary ||
                         next.problem != m_status.problem || next.health != m_status.health;
    m_status = next;
    if (changed)
        Q_EMIT statusChanged();
}

void ConnectionMonitor::retry()
{
    if (m_ssh)
        (void)m_ssh->connectToHost();
    if (m_services)
        m_services->refresh();
}

ConnectionMonitor::Status ConnectionMonitor::describe(const Inputs &in, const QDateTime &now)
{
    Status s;
    const Services &web = in.services;

    // The web half, used alone or after "SSH connected".
    QString webText;
    if (web.total > 0) {
        if (web.checked == 0)
            webText = web.checking ? tr("checking %n service(s)…", nullptr, web.total)
                                   : tr("%n service(s) not checked yet", nullptr, web.total);
        else if (web.refused > 0)
            webText = tr("%n service(s) refused the key", nullptr, web.refused);
        else
            webText = tr("%1 of %2 services up").arg(web.up).arg(web.total);
    }
    const auto joined = [&webText](const QString &sshText) {
        return webText.isEmpty() ? sshText : sshText + u" · "_s + webText;
    };

    if (!in.hasSsh && !in.sshConfigError.message().isEmpty()) {
        s.state = State::Misconfigured;
        s.health = Health::Critical;
        s.summary = joined(tr("SSH not usable"));
        s.problem = in.sshConfigError.message();
        s.showBanner = true;
        return s;
    }

    if (in.hasSsh) {
        switch (in.ssh) {
        case SshState::Disconnected:
            if (web.checked == 0) {
                s.state = State::NotConnected;
                s.health = Health::Unknown;
                s.summary = joined(tr("SSH not connected yet"));
                return s;
            }
            break; // judge by the services
        case SshState::Connecting:
        case SshState::Authenticating:
            s.state = State::Connecting;
            s.health = Health::Busy;
            s.summary = joined(tr("SSH connecting to %1…").arg(in.sshTarget));
            return s;
        case SshState::AwaitingHostKeyDecision:
            s.state = State::HostKeyNeeded;
            s.health = Health::Warning;
            s.summary = joined(tr("SSH host key needs your confirmation"));
            s.problem = tr("%1 presented a host key KryNet has not seen before: compare its fingerprint in the "
                           "dialog with the server's before you trust it.")
                            .arg(in.sshTarget);
            return s;
        case SshState::Connected:
            break; // judge by the services
        case SshState::BackingOff:
        case SshState::Failed: {
            const Error &e = in.sshError;
            s.canRetry = true;
            s.showBanner = true;
            if (e.code() == Error::Code::Auth) {
                s.state = State::AuthFailed;
                s.health = Health::Critical;
                s.summary = joined(tr("SSH login refused"));
            } else if (e.code() == Error::Code::HostKey) {
                s.state = State::HostKeyProblem;
                s.health = Health::Critical;
                s.summary = joined(tr("SSH host key not trusted"));
            } else if (isUnreachable(e) || in.ssh == SshState::BackingOff) {
                s.state = State::Offline;
                s.health = Health::Critical;
                s.summary = joined(in.ssh == SshState::BackingOff
                                       ? tr("SSH offline, reconnecting (%1)").arg(sinceText(in.lastSuccess, now))
                                       : tr("SSH offline (%1)").arg(sinceText(in.lastSuccess, now)));
            } else {
                s.state = State::Misconfigured;
                s.health = Health::Critical;
                s.summary = joined(tr("SSH failed"));
            }
            s.problem = e.message().isEmpty() ? tr("The SSH connection to %1 failed.").arg(in.sshTarget) : e.message();
            return s;
        }
        }
    }

    // SSH is fine (or not configured): the services decide.
    const QString sshText = in.hasSsh && in.ssh == SshState::Connected ? tr("SSH connected") : QString();
    const auto summary = [&](const QString &text) {
        if (sshText.isEmpty())
            return text.isEmpty() ? tr("No SSH host") : text;
        return text.isEmpty() ? sshText : sshText + u" · "_s + text;
    };
    if (web.checked == 0) {
        s.state = sshText.isEmpty() ? (web.checking ? State::Connecting : State::NotConnected) : State::Connected;
        s.health = sshText.isEmpty() ? (web.checking ? Health::Busy : Health::Unknown) : Health::Ok;
        s.summary = summary(webText);
        return s;
    }
    if (web.refused > 0) {
        s.state = State::AuthFailed;
        s.health = Health::Warning;
        s.summary = summary(webText);
        s.problem = web.firstRefused;
        s.canRetry = true;
        s.showBanner = true;
        return s;
    }
    if (web.up == 0 && sshText.isEmpty()) {
        s.state = State::Offline;
        s.health = Health::Critical;
        s.summary = tr("Offline (%1)").arg(sinceText(in.lastSuccess, now));
        s.problem = tr("No service of the lab answers. %1").arg(web.firstDown);
        s.canRetry = true;
        s.showBanner = true;
        return s;
    }
    if (web.down > 0) {
        s.state = State::Degraded;
        s.health = Health::Warning;
        s.summary = summary(webText);
        s.problem = web.firstDown;
        s.canRetry = true;
        return s;
    }
    s.state = State::Connected;
    s.health = Health::Ok;
    s.summary = summary(webText);
    return s;
}

QString ConnectionMonitor::stateName(State state)
{
    switch (state) {
    case State::NotConnected:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting");
    case State::HostKeyNeeded:
        return tr("Host key needed");
    case State::Connected:
        return tr("Connected");
    case State::Degraded:
        return tr("Partly reachable");
    case State::AuthFailed:
        return tr("Login refused");
    case State::HostKeyProblem:
        return tr("Host key not trusted");
    case State::Offline:
        return tr("Offline");
    case State::Misconfigured:
        return tr("Settings problem");
    }
    return {};
}

} // namespace KryNet
