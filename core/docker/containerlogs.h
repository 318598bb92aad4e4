#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "core/common/error.h"
#include "core/docker/logdemuxer.h"

namespace KryNet::Docker
{

class DockerClient;
class DockerStream;

/**
 * A log job (STYLE.md §3): reads GET /containers/{id}/logs (stdout and stderr, last @p tail lines,
 * optionally following) and delivers demultiplexed lines in batches. tty selects raw mode (the
 * container's Config.Tty from inspect). start() only schedules; linesReceived() may fire many times;
 * exactly one of finished() / failed() ends it (cancel() → failed(Cancelled)).
 */
class ContainerLogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerLogs)

public:
    struct Options
    {
        int tail = 200; ///< -1: all
        bool follow = false;
        bool timestamps = true;
        bool tty = false;
    };

    ContainerLogs(DockerClient *client, QString idOrName, Options options, QObject *parent = nullptr);
    ~ContainerLogs() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_stream != nullptr; }

Q_SIGNALS:
    void linesReceived(const QList<KryNet::Docker::LogLine> &lines);
    void finished();
    void failed(const KryNet::Error &error);

private:
    DockerClient *m_client;
    QString m_id;
    Options m_options;
    LogDemuxer m_demuxer;
    QPointer<DockerStream> m_stream;
};

} // namespace KryNet::Docker
