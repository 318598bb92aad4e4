#include <QLabel>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/panels/services/servicespanel.h"
#include "ui/widgets/emptystate.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestServicesPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyWithoutSession()
    {
        Ui::ServicesPanel panel;
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(&panel));
        QVERIFY2(empty->text().contains(u"server profile"_s), qPrintable(empty->text()));
    }

    void testProfileWithoutServices()
    {
        Profile profile;
        profile.setName(u"bare"_s);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        Ui::ServicesPanel panel;
        panel.setSession(&session);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY2(empty->text().contains(u"krynetctl profile set bare --service"_s), qPrintable(empty->text()));
    }

    void testListsTheDemoLabsServices()
    {
        DemoLab lab(qEnvironmentVariable("KRYNET_LABSIM"));
        lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        const DemoLabSetup setup = future.result().value();
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(setup.profile, secrets, network, actions);

        Ui::ServicesPanel panel;
        panel.resize(1000, 700);
        panel.show();
        panel.setSession(&session);
        auto *table = panel.findChild<QTableView *>(u"servicesTable"_s);
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QVERIFY(table->model()->rowCount() >= 15);
        auto *summary = panel.findChild<QLabel *>(u"servicesSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"All "_s), 20000);
        auto *open = panel.findChild<QToolButton *>(u"openServiceButton"_s);
        table->setCurrentIndex(QModelIndex());
        QVERIFY(!open->isEnabled());
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(open->isEnabled());
        panel.setSession(nullptr);
        QVERIFY(!table->isVisible());
    }
};

QTEST_MAIN(TestServicesPanel)
#include "test_servicespanel.moc"
