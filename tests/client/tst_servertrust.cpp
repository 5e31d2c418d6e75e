// Which servers the console trusts, against a small https server on loopback that presents
// certificates openssl made for the test: one no authority vouches for, one from a company
// authority the system does not know, one of that authority's for another host and one that
// expired. Each refusal says why in words a person can act on; the company's CA file makes its
// certificates trusted for the REST client and for the live event feed, and keeps the
// system's authorities; a CA file that cannot be read or holds no certificate is named.

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apierror.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/client/servertrust.h"

#include "testcertificates.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace tst_servertrust {

using namespace fielddesk::client;

namespace {

constexpr int kTimeout = 10000;

// Answers every request with 204 over TLS with the certificate it is given, and counts the
// handshakes clients start, records the first line of each request and the alerts clients send.
class TinyHttpsServer : public QObject
{
public:
    bool start(const CertificateFiles &files)
    {
        QFile keyFile(files.key);
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Rsa);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(
            QSslCertificate::fromPath(files.certificate, QSsl::Pem));
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *) { ++m_handshakes; });
        connect(&m_server, &QSslServer::alertReceived, this,
                [this](QSslSocket *, QSsl::AlertLevel, QSsl::AlertType type, const QString &) {
                    m_alerts << type;
                });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                        return;
                    m_requests << socket->readAll().split('\r').value(0);
                    socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    const QList<QSsl::AlertType> &alerts() const { return m_alerts; }
    const QList<QByteArray> &requests() const { return m_requests; }
    int handshakes() const { return m_handshakes; }

private:
    QSslServer m_server;
    QList<QSsl::AlertType> m_alerts;
    QList<QByteArray> m_requests;
    int m_handshakes = 0;
};

} // namespace

class TestServerTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_certificates.create(m_dir.path(), &error), qPrintable(error));
    }

    void refusedCertificatesSayWhy_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("withCompanyCa");
        QTest::addColumn<int>("reason");    // a QSslError::SslError
        QTest::addColumn<QString>("words"); // what the message must say

        QTest::newRow("self-signed")
            << "selfsigned" << true << int(QSslError::SelfSignedCertificate) << "it is self-signed";
        QTest::newRow("unknown authority")
            << "server" << false << int(QSslError::UnableToGetLocalIssuerCertificate)
            << "issued by FieldDesk Test CA, which this computer does not know";
        QTest::newRow("another host") << "otherhost" << true << int(QSslError::HostNameMismatch)
                                      << "but for elsewhere.invalid";
        QTest::newRow("expired") << "expired" << true << int(QSslError::CertificateExpired)
                                 << "expired on";
    }

    void refusedCertificatesSayWhy()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, withCompanyCa);
        QFETCH(int, reason);
        QFETCH(QString, words);
        TinyHttpsServer server;
        QVERIFY(server.start(filesOf(certificate)));
        ApiClient api;
        api.setBaseUrl(server.url());
        if (withCompanyCa)
            api.setServerTrust(companyTrust());

        const ApiResponse response = get(api);
        QCOMPARE(response.status, 0);
        QVERIFY(response.error);
        const ApiError &error = *response.error;
        QVERIFY(error.isNetworkError());
        QVERIFY(error.isCertificateRefused());
        QVERIFY(std::any_of(error.certificateErrors.cbegin(), error.certificateErrors.cend(),
                            [reason](const QSslError &e) { return int(e.error()) == reason; }));
        QVERIFY(server.requests().isEmpty()); // nothing was sent to a refused server
        QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        QVERIFY2(error.message().contains(server.url().toDisplayString()),
                 qPrintable(error.message()));
    }

    void companyCaFileMakesItsCertificatesTrusted()
    {
        TinyHttpsServer server;
        QVERIFY(server.start(m_certificates.server()));
        ApiClient api;
        api.setBaseUrl(server.url());
        api.setServerTrust(companyTrust());
        QCOMPARE(api.serverTrust().caFile(), m_certificates.caFile());
        const ApiResponse response = get(api);
        QVERIFY2(!response.error,
                 qPrintable(response.error ? response.error->message() : QString()));
        QCOMPARE(response.status, 204);
        QVERIFY(server.alerts().isEmpty());
        QCOMPARE(server.requests().value(0), QByteArray("GET /readyz HTTP/1.1"));
    }

    void companyCaFileKeepsTheSystemAuthorities()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        const QList<QSslCertificate> trusted = companyTrust().sslConfiguration().caCertificates();
        for (const QSslCertificate &authority : m_certificates.authorities())
            QVERIFY(trusted.contains(authority));
        QCOMPARE(trusted.size(), system.size() + m_certificates.authorities().size());
        // Without a CA file, Qt's default: the system's authorities as Qt loads them.
        QCOMPARE(ServerTrust().sslConfiguration(), QSslConfiguration::defaultConfiguration());
    }

    void liveEventFeedUsesTheApiClientsTrust()
    {
        // Without the company authority the feed refuses the server's certificate itself: it
        // comes back again and again (it retries), and never sends its request. Were the
        // certificate accepted, the request would follow the first handshake at once.
        TinyHttpsServer server;
        QVERIFY(server.start(m_certificates.server()));
        ApiClient api;
        api.setBaseUrl(server.url());
        LiveEventFeed feed;
        feed.start(&api);
        QCOMPARE(feed.socketUrl().scheme(), QStringLiteral("wss"));
        QTRY_VERIFY_WITH_TIMEOUT(server.handshakes() >= 2, kTimeout);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(feed.state() != LiveEventFeed::State::Connected);
        feed.stop();

        // With it, the handshake completes and the feed's upgrade request arrives (the tiny
        // server answers it with a 204, not a WebSocket: enough to know TLS was accepted).
        TinyHttpsServer trusted;
        QVERIFY(trusted.start(m_certificates.server()));
        api.setBaseUrl(trusted.url());
        api.setServerTrust(companyTrust());
        feed.start(&api);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted.requests().isEmpty(), kTimeout);
        QVERIFY2(trusted.requests().first().startsWith("GET /api/v1/ws?"),
                 trusted.requests().first().constData());
        feed.stop();
    }

    void unusableCaFileIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        const QString notPem = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(notPem);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("hello\n") > 0);
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.pem"))
                                 << "it does not exist";
        QTest::newRow("a directory") << m_dir.path() << "Cannot read";
        QTest::newRow("not PEM") << notPem << "holds no certificate";
        QTest::newRow("a key, not a certificate")
            << m_certificates.server().key << "holds no certificate";
    }

    void unusableCaFileIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!ServerTrust::withCaFile(path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

private:
    ServerTrust companyTrust() const
    {
        QString error;
        const std::optional<ServerTrust> trust =
            ServerTrust::withCaFile(m_certificates.caFile(), &error);
        if (!trust)
            qFatal("the test CA file: %s", qPrintable(error));
        return *trust;
    }

    CertificateFiles filesOf(const QString &name) const
    {
        if (name == QLatin1String("selfsigned"))
            return m_certificates.selfSigned();
        if (name == QLatin1String("otherhost"))
            return m_certificates.otherHost();
        if (name == QLatin1String("expired"))
            return m_certificates.expired();
        return m_certificates.server();
    }

    static ApiResponse get(ApiClient &api)
    {
        std::optional<ApiResponse> answer;
        api.get(QStringLiteral("/readyz"), nullptr,
                [&answer](const ApiResponse &response) { answer = response; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kTimeout))
            qFatal("no answer from the tiny https server");
        return *answer;
    }

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
};

FIELDDESK_TEST_MAIN(TestServerTrust)
} // namespace tst_servertrust
#include "tst_servertrust.moc"
