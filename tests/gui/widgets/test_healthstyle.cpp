// HealthStyle's icons (issue 15, memory growth over a soak): a status icon is one icon for the process,
// so asking for it again renders nothing new and adds nothing to the pixmap cache.
#include <QPixmap>
#include <QTest>

#include "ui/shell/resources.h"
#include "ui/widgets/healthstyle.h"

using namespace KryNet;

class TestHealthStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Ui::initResources(); }

    void sameIconEveryCall_data()
    {
        QTest::addColumn<Health>("health");
        for (Health h : {Health::Ok, Health::Busy, Health::Unknown, Health::Stale, Health::Warning, Health::Critical})
            QTest::newRow(qPrintable(Ui::HealthStyle::word(h))) << h;
    }

    void sameIconEveryCall()
    {
        QFETCH(Health, health);
        const QIcon first = Ui::HealthStyle::icon(health);
        QVERIFY(!first.isNull());
        QVERIFY(!first.pixmap(24, 24).isNull());
        // Before: a new QIcon (and a new SVG engine) per call, whose pixmaps were new cache entries each time.
        QCOMPARE(Ui::HealthStyle::icon(health).cacheKey(), first.cacheKey());
        QCOMPARE(Ui::HealthStyle::icon(health).pixmap(24, 24).cacheKey(), first.pixmap(24, 24).cacheKey());
    }

    void statusesKeepTheirOwnIcons()
    {
        const QList<Health> all = {Health::Ok,    Health::Busy,    Health::Unknown,
                                   Health::Stale, Health::Warning, Health::Critical};
        QSet<qint64> keys;
        for (Health h : all)
            keys.insert(Ui::HealthStyle::icon(h).cacheKey());
        QCOMPARE(keys.size(), all.size());
        // The shapes differ (never colour alone): no two statuses draw the same picture.
        QSet<QByteArray> pictures;
        for (Health h : all) {
            const QImage image = Ui::HealthStyle::icon(h).pixmap(24, 24).toImage();
            pictures.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        }
        QCOMPARE(pictures.size(), all.size());
    }
};

QTEST_MAIN(TestHealthStyle)
#include "test_healthstyle.moc"
