// Configuration: defaults, the file, the environment and the command line, in that order of
// priority, and a clear error for every bad value.
#include "app/serverconfig.h"
#include "testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace tst_serverconfig {

using namespace fielddesk::server;

class TestServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        QString error;
        const auto config = ServerConfig::fromSettings({}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->database.engine, Engine::Sqlite);
        QVERIFY(config->database.path.endsWith(QLatin1String("/fielddesk/fielddesk.db")));
        QCOMPARE(config->listenPort, quint16(8080));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config->accessTokenSeconds, 900);
        QVERIFY(!config->demo);
        QCOMPARE(config->demoTimeZone, QStringLiteral("America/Denver"));
    }

    void parsesEveryKind()
    {
        QString error;
        const auto config = ServerConfig::fromSettings(
            {{QStringLiteral("database"),
              QStringLiteral("postgresql://fd:secret@127.0.0.1:5544/fielddesk")},
             {QStringLiteral("listen"), QStringLiteral("0.0.0.0:9000")},
             {QStringLiteral("demo"), QStringLiteral("yes")},
             {QStringLiteral("demo_time_zone"), QStringLiteral("Europe/Berlin")},
             {QStringLiteral("access_token_ttl"), QStringLiteral("60")},
             {QStringLiteral("login_max_failures_per_account"), QStringLiteral("3")}},
            &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->database.engine, Engine::Postgres);
        QCOMPARE(config->database.port, 5544);
        QCOMPARE(config->database.user, QStringLiteral("fd"));
        QCOMPARE(config->database.password, QStringLiteral("secret"));
        QCOMPARE(config->database.name, QStringLiteral("fielddesk"));
        QVERIFY(!config->database.redacted().contains(QLatin1String("secret")));
        QCOMPARE(config->listenPort, quint16(9000));
        QVERIFY(config->demo);
        QCOMPARE(config->demoTimeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(config->accessTokenSeconds, 60);
        QCOMPARE(config->throttle.maxFailuresPerAccount, 3);
    }

    void sqliteDataDirIsTheDatabaseFolder()
    {
        QString error;
        const auto config = ServerConfig::fromSettings(
            {{QStringLiteral("database"), QStringLiteral("sqlite:/tmp/x/fd.db")}}, &error);
        QVERIFY(config);
        QCOMPARE(config->dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(config->database.path, QStringLiteral("/tmp/x/fd.db"));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("database scheme") << "database"
                                         << "mysql://x@y/z";
        QTest::newRow("pg without db") << "database"
                                       << "postgresql://u@h:5432/";
        QTest::newRow("listen without port") << "listen"
                                             << "127.0.0.1";
        QTest::newRow("listen bad port") << "listen"
                                         << "127.0.0.1:99999";
        QTest::newRow("listen bad address") << "listen"
                                            << "nowhere:80";
        QTest::newRow("demo not bool") << "demo"
                                       << "maybe";
        QTest::newRow("demo time zone unknown") << "demo_time_zone"
                                                << "Mars/Olympus_Mons";
        QTest::newRow("ttl not number") << "access_token_ttl"
                                        << "soon";
        QTest::newRow("ttl too small") << "access_token_ttl"
                                       << "1";
        QTest::newRow("short secret") << "jwt_secret"
                                      << "short";
        QTest::newRow("event poll zero") << "event_poll_ms"
                                         << "0";
        QTest::newRow("event ping not number") << "event_ping_seconds"
                                               << "often";
        QTest::newRow("event queue too small") << "event_max_queued_bytes"
                                               << "100";
        QTest::newRow("smtp url not smtp") << "smtp_url"
                                           << "http://mail.example.com";
        QTest::newRow("smtp without sender") << "smtp_from"
                                             << "";
        QTest::newRow("sms url not http") << "sms_url"
                                          << "ftp://sms.example.com";
        QTest::newRow("sms without account") << "sms_account_sid"
                                             << "";
        QTest::newRow("attempts zero") << "message_max_attempts"
                                       << "0";
    }
    void rejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QString error;
        // A channel's other settings are checked once its URL is given.
        SettingsMap settings{{key, value}};
        if (key == QLatin1String("smtp_from"))
            settings.insert(QStringLiteral("smtp_url"), QStringLiteral("smtp://mail.example.com"));
        if (key == QLatin1String("sms_account_sid")) {
            settings.insert(QStringLiteral("sms_url"), QStringLiteral("https://sms.example.com"));
            settings.insert(QStringLiteral("sms_from"), QStringLiteral("+15550100000"));
        }
        QVERIFY(!ServerConfig::fromSettings(settings, &error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    void messageChannels()
    {
        QString error;
        const auto off = ServerConfig::fromSettings({}, &error);
        QVERIFY(off);
        QVERIFY(!off->delivery.smtp.enabled() && !off->delivery.sms.enabled());
        const auto on = ServerConfig::fromSettings(
            {{QStringLiteral("smtp_url"), QStringLiteral("smtps://mailer:secret@mail.example.com")},
             {QStringLiteral("smtp_from"), QStringLiteral("dispatch@example.com")},
             {QStringLiteral("sms_url"), QStringLiteral("https://api.twilio.com")},
             {QStringLiteral("sms_account_sid"), QStringLiteral("AC1")},
             {QStringLiteral("sms_auth_token"), QStringLiteral("t")},
             {QStringLiteral("sms_from"), QStringLiteral("+15550100000")},
             {QStringLiteral("message_max_attempts"), QStringLiteral("3")}},
            &error);
        QVERIFY2(on, qPrintable(error));
        QVERIFY(on->delivery.smtp.enabled() && on->delivery.sms.enabled());
        QCOMPARE(on->delivery.smtp.url.userName(), QStringLiteral("mailer"));
        QCOMPARE(on->delivery.sms.accountSid, QStringLiteral("AC1"));
        QCOMPARE(on->delivery.maxAttempts, 3);
    }

    void eventStreamSettings()
    {
        QString error;
        auto config = ServerConfig::fromSettings({}, &error);
        QVERIFY(config);
        QCOMPARE(config->events.pollIntervalMs, 500);
        QCOMPARE(config->events.retentionSeconds, 7 * 24 * 3600);
        // The environment names are the ones the event stream always read.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FIELDDESK_EVENT_POLL_MS"), QStringLiteral("50"));
        environment.insert(QStringLiteral("FIELDDESK_EVENT_PING_SECONDS"), QStringLiteral("2"));
        environment.insert(QStringLiteral("FIELDDESK_EVENT_RETENTION_SECONDS"),
                           QStringLiteral("3600"));
        environment.insert(QStringLiteral("FIELDDESK_EVENT_PRUNE_SECONDS"), QStringLiteral("1"));
        environment.insert(QStringLiteral("FIELDDESK_EVENT_MAX_QUEUED_BYTES"),
                           QStringLiteral("262144"));
        config = ServerConfig::fromSettings(ServerConfig::fromEnvironment(environment), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->events.pollIntervalMs, 50);
        QCOMPARE(config->events.pingIntervalMs, 2000);
        QCOMPARE(config->events.retentionSeconds, 3600);
        QCOMPARE(config->events.pruneIntervalMs, 1000);
        QCOMPARE(config->events.maxQueuedBytes, 262144);
    }

    void fileThenEnvironmentThenCommandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("listen = 127.0.0.1:7001\nworker_threads = 3\ndemo = true\n");
        file.close();
        QString error;
        SettingsMap settings = *ServerConfig::readFile(path, &error);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FIELDDESK_LISTEN"), QStringLiteral("127.0.0.1:7002"));
        environment.insert(QStringLiteral("FIELDDESK_UNRELATED"), QStringLiteral("x"));
        settings.insert(ServerConfig::fromEnvironment(environment));
        auto config = ServerConfig::fromSettings(settings, &error);
        QVERIFY(config);
        QCOMPARE(config->listenPort, quint16(7002)); // environment beats the file
        QCOMPARE(config->workerThreads, 3);          // the file beats the default
        QVERIFY(config->demo);
        settings.insert(QStringLiteral("listen"),
                        QStringLiteral("127.0.0.1:7003")); // the command line
        config = ServerConfig::fromSettings(settings, &error);
        QCOMPARE(config->listenPort, quint16(7003));
    }

    void unknownKeyInFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lisen = 127.0.0.1:7001\n");
        file.close();
        QString error;
        QVERIFY(!ServerConfig::readFile(path, &error));
        QVERIFY(error.contains(QLatin1String("lisen")));
        QVERIFY(!ServerConfig::readFile(dir.filePath(QStringLiteral("missing.ini")), &error));
    }

    void secretIsGeneratedOnceWithOwnerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/jwt-secret"));
        QString error;
        const QByteArray first = loadOrCreateSecret(path, &error);
        QVERIFY2(first.size() >= 32, qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(loadOrCreateSecret(path, &error), first);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestServerConfig)
} // namespace tst_serverconfig
#include "tst_serverconfig.moc"
