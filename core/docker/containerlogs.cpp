#include "core/docker/containerlogs.h"

#include <QTimer>

#include "core/common/futurewatch.h"
#include "core/docker/dockerclient.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

ContainerLogs::ContainerLogs(DockerClient *client, QString idOrName, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(idOrName))
    , m_options(options)
    , m_demuxer(!options.tty, options.timestamps)
{}

ContainerLogs::~ContainerLogs()
{
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->cancel();
    }
}

void ContainerLogs::start()
{
    const QString path = DockerClient::containerPath(m_id, u"/logs"_s);
    if (path.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(Error(Error::Code::Config, tr("“%1” is not a valid container name.").arg(m_id)));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"stdout"_s, u"1"_s);
    query.addQueryItem(u"stderr"_s, u"1"_s);
    query.addQueryItem(u"tail"_s, m_options.tail < 0 ? u"all"_s : QString::number(m_options.tail));
    if (m_options.timestamps)
        query.addQueryItem(u"timestamps"_s, u"1"_s);
    if (m_options.follow)
        query.addQueryItem(u"follow"_s, u"1"_s);
    DockerRequest request = DockerRequest::get(path, query);
    m_stream = m_client->stream(request, this);
    if (!m_stream) {
        // Request-only transports (Portainer): one snapshot, no follow. Somebody looks at it: ahead of stats.
        whenDone(m_client->request(request.withPriority(DockerRequest::Priority::Interactive)), this,
                 [this](const Result<DockerResponse> &r) {
                     if (!r) {
                         Q_EMIT failed(r.error());
                         return;
                     }
                     Q_EMIT linesReceived(m_demuxer.feed(r->body) + m_demuxer.flush());
                     Q_EMIT finished();
                 });
        return;
    }
    connect(m_stream, &DockerStream::bodyData, this, [this](const QByteArray &data) {
        const QList<LogLine> lines = m_demuxer.feed(data);
        if (!lines.isEmpty())
            Q_EMIT linesReceived(lines);
    });
    connect(m_stream, &DockerStream::finished, this, [this] {
        m_stream = nullptr;
        const QList<LogLine> rest = m_demuxer.flush();
        if (!rest.isEmpty())
            Q_EMIT linesReceived(rest);
        Q_EMIT finished();
    });
    connect(m_stream, &DockerStream::failed, this, [this](const Error &error) {
        m_stream = nullptr;
        Q_EMIT failed(error);
    });
}

void ContainerLogs::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

} // namespace KryNet::Docker
