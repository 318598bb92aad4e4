// ComposeRecreate::command: the argv of pull-and-recreate comes only from validated compose labels.
#include <QTest>

#include "core/docker/composerecreate.h"
#include "core/ssh/remotecommand.h"

using namespace Qt::StringLiterals;
using KryNet::Docker::ComposeRecreate;
using KryNet::Docker::Container;

namespace
{

Container composed(const QString &project, const QString &service, const QString &dir, const QString &files)
{
    Container c;
    c.id = QString(64, u'a');
    c.name = u"media-sonarr-1"_s;
    c.labels.insert(u"com.docker.compose.project"_s, project);
    c.labels.insert(u"com.docker.compose.service"_s, service);
    c.labels.insert(u"com.docker.compose.project.working_dir"_s, dir);
    c.labels.insert(u"com.docker.compose.project.config_files"_s, files);
    return c;
}

} // namespace

class TestComposeRecreate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCommandFromLabels()
    {
        const auto argv = ComposeRecreate::command(
            composed(u"media"_s, u"sonarr"_s, u"/mnt/apps/media stack"_s,
                     u"/mnt/apps/media stack/compose.yml,/mnt/apps/media stack/override.yml"_s));
        QVERIFY(argv);
        QCOMPARE(*argv, (QStringList{u"docker"_s, u"compose"_s, u"-p"_s, u"media"_s, u"--project-directory"_s,
                                     u"/mnt/apps/media stack"_s, u"-f"_s, u"/mnt/apps/media stack/compose.yml"_s,
                                     u"-f"_s, u"/mnt/apps/media stack/override.yml"_s, u"up"_s, u"-d"_s, u"--pull"_s,
                                     u"always"_s, u"sonarr"_s}));
        // The space stays inside one quoted word on the server.
        QVERIFY(KryNet::Ssh::RemoteCommand(*argv).commandLine().contains("'/mnt/apps/media stack'"));
        QCOMPARE(ComposeRecreate::actionText(composed(u"media"_s, u"sonarr"_s, u"/x"_s, u"/x/c.yml"_s)),
                 u"Pull and recreate sonarr (stack media)"_s);
    }

    void testRejects_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("files");
        QTest::newRow("no labels") << QString() << QString() << QString() << QString();
        QTest::newRow("no service") << u"media"_s << QString() << u"/x"_s << u"/x/c.yml"_s;
        QTest::newRow("project with capitals") << u"Media"_s << u"sonarr"_s << u"/x"_s << u"/x/c.yml"_s;
        QTest::newRow("project with a semicolon") << u"m;rm -rf"_s << u"sonarr"_s << u"/x"_s << u"/x/c.yml"_s;
        QTest::newRow("service with a slash") << u"media"_s << u"a/b"_s << u"/x"_s << u"/x/c.yml"_s;
        QTest::newRow("no working dir") << u"media"_s << u"sonarr"_s << QString() << u"/x/c.yml"_s;
        QTest::newRow("relative dir") << u"media"_s << u"sonarr"_s << u"x"_s << u"/x/c.yml"_s;
        QTest::newRow("newline in dir") << u"media"_s << u"sonarr"_s << u"/x\n/y"_s << u"/x/c.yml"_s;
        QTest::newRow("no files") << u"media"_s << u"sonarr"_s << u"/x"_s << QString();
        QTest::newRow("relative file") << u"media"_s << u"sonarr"_s << u"/x"_s << u"c.yml"_s;
        QTest::newRow("control character in file") << u"media"_s << u"sonarr"_s << u"/x"_s << u"/x/c\x01.yml"_s;
    }

    void testRejects()
    {
        QFETCH(QString, project);
        QFETCH(QString, service);
        QFETCH(QString, dir);
        QFETCH(QString, files);
        const auto argv = ComposeRecreate::command(composed(project, service, dir, files));
        QVERIFY(!argv);
        QVERIFY(argv.error().message().contains(u"media-sonarr-1"_s));
    }

    void testNames()
    {
        QVERIFY(ComposeRecreate::isValidProjectName(u"media"_s));
        QVERIFY(ComposeRecreate::isValidProjectName(u"ix-immich_2"_s));
        QVERIFY(!ComposeRecreate::isValidProjectName(u"-x"_s));
        QVERIFY(!ComposeRecreate::isValidProjectName(QString()));
        QVERIFY(ComposeRecreate::isValidServiceName(u"immich-machine-learning"_s));
        QVERIFY(ComposeRecreate::isValidServiceName(u"Web.1"_s));
        QVERIFY(!ComposeRecreate::isValidServiceName(u"a b"_s));
    }
};

QTEST_GUILESS_MAIN(TestComposeRecreate)
#include "test_composerecreate.moc"
