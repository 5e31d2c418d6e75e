// KeychainTokenStore against what the machine offers. Without FIELDDESK_EXPECT_KEYCHAIN the
// test removes every way to reach a session bus (the headless case): every call must fail
// with a readable message and nothing may be written anywhere. With it (run under
// dbus-run-session and gnome-keyring), write, read and remove must round-trip.
#include "fielddesk/client/keychaintokenstore.h"
#include "filescontaining.h"
#include "testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace tst_keychaintokenstore {

using fielddesk::client::KeychainTokenStore;
using fielddesk::client::TokenStore;

using testsupport::filesContaining;

namespace {

const QUrl kServer(QStringLiteral("http://127.0.0.1:8080"));

} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

public:
    TestKeychainTokenStore(bool expectKeychain, QTemporaryDir *home)
        : m_expectKeychain(expectKeychain)
        , m_home(home)
    {}

private slots:
    void accountKeyIsServerAndEmail()
    {
        QCOMPARE(TokenStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:8080/")),
                                        QStringLiteral(" Admin@Demo.Local ")),
                 QStringLiteral("http://127.0.0.1:8080|admin@demo.local"));
        QVERIFY(TokenStore::accountKey(kServer, QStringLiteral("a@b.c")) !=
                TokenStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:8081")),
                                       QStringLiteral("a@b.c")));
    }

    void writeReadRemove()
    {
        KeychainTokenStore store;
        const QString account = TokenStore::accountKey(kServer, QStringLiteral("tech1@demo.local"));
        const QString token = QStringLiteral("rv_test-%1").arg(QDateTime::currentMSecsSinceEpoch());

        std::optional<TokenStore::Result> written;
        store.write(account, token, this, [&](const TokenStore::Result &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);

        if (!m_expectKeychain) {
            QCOMPARE(written->status, TokenStore::Result::Status::Unavailable);
            QVERIFY2(written->message.contains(QLatin1String("keychain")),
                     qPrintable(written->message));
            QVERIFY2(written->message.contains(QLatin1String("Nothing was stored")),
                     qPrintable(written->message));
            QVERIFY2(filesContaining(m_home->path(), token.toUtf8()).isEmpty(),
                     "the token was written to a file");

            std::optional<TokenStore::Result> read;
            store.read(account, this, [&](const TokenStore::Result &r) { read = r; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
            QVERIFY(!read->ok());
            QVERIFY(read->token.isEmpty());
            return;
        }

        QVERIFY2(written->ok(), qPrintable(written->message));
        std::optional<TokenStore::Result> read;
        store.read(account, this, [&](const TokenStore::Result &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->token, token);

        std::optional<TokenStore::Result> removed;
        store.remove(account, this, [&](const TokenStore::Result &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY2(removed->ok(), qPrintable(removed->message));

        read.reset();
        store.read(account, this, [&](const TokenStore::Result &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->status, TokenStore::Result::Status::NotFound);
    }

    void destroyedContextIsNotCalled()
    {
        KeychainTokenStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(TokenStore::accountKey(kServer, QStringLiteral("nobody@demo.local")),
                   context.get(), [&](const TokenStore::Result &) { called = true; });
        context.reset();
        // QtKeychain runs its jobs one after another: once a later read has answered, the
        // first one has finished too.
        bool laterAnswered = false;
        store.read(TokenStore::accountKey(kServer, QStringLiteral("nobody@demo.local")), this,
                   [&](const TokenStore::Result &) { laterAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(laterAnswered, 20000);
        QVERIFY(!called);
    }

private:
    bool m_expectKeychain;
    QTemporaryDir *m_home;
};

int runTest(int argc, char *argv[])
{
    const bool expectKeychain = qEnvironmentVariableIsSet("FIELDDESK_EXPECT_KEYCHAIN");
    // Every file a fallback could write lands under this directory, where the test looks.
    QTemporaryDir home;
    if (!expectKeychain) {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    }
    QCoreApplication app(argc, argv);
    TestKeychainTokenStore test(expectKeychain, &home);
    return QTest::qExec(&test, argc, argv);
}

FIELDDESK_TEST_FUNCTION(runTest)
} // namespace tst_keychaintokenstore

#include "tst_keychaintokenstore.moc"
