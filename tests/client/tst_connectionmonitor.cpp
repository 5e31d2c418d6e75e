// ConnectionMonitor against a real fielddesk-server: connected while it answers /readyz,
// reconnecting then offline once it is gone, connected again when a server is back.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/connectionmonitor.h"

#include "serverprocess.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace tst_connectionmonitor {

using namespace fielddesk::client;
using namespace std::chrono_literals;

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void followsTheServer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("t.db"));
        auto server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start({.database = database, .demo = true}, &error), qPrintable(error));

        ApiClient api;
        api.setBaseUrl(server->baseUrl());
        ConnectionMonitor monitor(&api);
        monitor.setPollInterval(200ms);
        monitor.setRetryInterval(100ms);
        monitor.setOfflineAfterFailures(3);
        QSignalSpy changes(&monitor, &ConnectionMonitor::stateChanged);
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Offline);

        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 10000);
        QVERIFY(monitor.lastContact().isValid());
        QVERIFY(monitor.lastError().isEmpty());

        // The server goes away: first reconnecting, then offline, with a readable reason.
        QCOMPARE(server->stop(), 0);
        changes.clear();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Offline, 10000);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).value<ConnectionMonitor::State>(),
                 ConnectionMonitor::State::Reconnecting);
        QVERIFY2(monitor.lastError().contains(QLatin1String("refused")),
                 qPrintable(monitor.lastError()));

        // A server is back (on a new port here): connected again.
        server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start({.database = database, .demo = true}, &error), qPrintable(error));
        api.setBaseUrl(server->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 10000);

        // Stopped: no more polls, no more changes. A twin monitor of its own client, still
        // running, sees the server go: only then has a stopped monitor had its chance to.
        ApiClient twinApi;
        twinApi.setBaseUrl(server->baseUrl());
        ConnectionMonitor twin(&twinApi);
        twin.setPollInterval(200ms);
        twin.setRetryInterval(100ms);
        twin.start();
        QTRY_COMPARE_WITH_TIMEOUT(twin.state(), ConnectionMonitor::State::Connected, 10000);
        monitor.stop();
        changes.clear();
        QCOMPARE(server->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(twin.state() != ConnectionMonitor::State::Connected, 10000);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestConnectionMonitor)
} // namespace tst_connectionmonitor
#include "tst_connectionmonitor.moc"
