// HTTPS in the server itself (issue 18), against a real fielddesk-server given tls_cert and
// tls_key (throw-away certificates that openssl makes for the test), on the engine named by
// FIELDDESK_TEST_ENGINE: the API answers over https, pipelined requests included, with the
// certificate it was given; the live event stream works over wss on the same port; plain HTTP
// gets no answer there; the connection rules still see through TLS (a client that never
// finishes its handshake is closed by the header timeout, one that does not read its answers
// by the keep-alive timeout, a connection over the address's cap is refused with a 429 sent
// encrypted); and a missing, malformed, encrypted or mismatched certificate or key stops the
// start with an error naming the file, never a server on plain HTTP.
#include "apisuite.h"
#include "apitestsetup.h"
#include "eventstream.h"
#include "testcertificates.h"
#include "testmain.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

namespace tst_tls {

namespace {

const QString kPassword = QStringLiteral("tls-test-password");
constexpr int kWaitMs = 10000;
// What the server may take under the sanitizers on a busy machine (CI runs four tests at once).
constexpr int kSlowWaitMs = 60000;
// Short, so that the test of a stalled handshake waits little; every request here is quick.
constexpr int kHeaderTimeoutSeconds = 2;

// Reads from the socket until it closes or `timeoutMs` pass; everything it sent.
QByteArray readUntilClosed(QAbstractSocket &socket, int timeoutMs = kWaitMs)
{
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    return received + socket.readAll();
}

} // namespace

class TestTls : public ApiSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void apiAnswersOverHttpsWithTheGivenCertificate();
    void pipelinedRequestsAreAnsweredInOrder();
    void eventsArriveOverWss();
    void plainHttpGetsNoAnswer();
    void stalledHandshakeIsClosed();
    void refusalGoesOutEncrypted();
    void unreadAnswersAreClosed();
    void badCertificateOrKeyStopsTheStart_data();
    void badCertificateOrKeyStopsTheStart();

private:
    // A TLS connection to the server on `port` (the suite's by default) that trusts the test
    // authority; encrypted or not.
    bool connectEncrypted(QSslSocket &socket, quint16 port = 0);
    // A second server beside the suite's, on its database and certificate, with one more
    // setting ("FIELDDESK_<KEY>=value").
    ServerProcess::Options besideOptions(const QString &setting) const
    {
        ServerProcess::Options options = m_options;
        options.demo = false;
        options.environment << setting;
        return options;
    }

    TestCertificates m_certificates;
    ServerProcess::Options m_options;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString certificates = m_dir.filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(certificates));
    QString error;
    QVERIFY2(m_certificates.create(certificates, &error), qPrintable(error));
    m_certificates.trustAuthorityInThisProgram();
    m_options = suiteServerOptions(
        QStringLiteral("tst_tls"), m_dir.path(), &error,
        m_certificates.server().serverEnvironment() +
            QStringList{QStringLiteral("FIELDDESK_REQUEST_HEADER_TIMEOUT_SECONDS=%1")
                            .arg(kHeaderTimeoutSeconds)});
    QVERIFY2(!m_options.database.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(m_options, &error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
}

void TestTls::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

bool TestTls::connectEncrypted(QSslSocket &socket, quint16 port)
{
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(m_certificates.authorities());
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port ? port : m_server.port());
    return socket.waitForEncrypted(kWaitMs);
}

void TestTls::apiAnswersOverHttpsWithTheGivenCertificate()
{
    // The suites' own client, as every API suite uses it: sign-in and a signed-in call.
    TestHttpClient client(m_server.baseUrl());
    const TestReply login =
        client.login(QStringLiteral("admin@demo.local"), QStringLiteral("fielddesk-demo"));
    QVERIFY2(login.status == 200, login.body.constData());
    const TestReply me = client.get(QStringLiteral("/api/v1/me"));
    QVERIFY2(me.status == 200, me.body.constData());
    QCOMPARE(
        me.json().value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("admin@demo.local"));

    // What travels: TLS 1.2 or later, the certificate of tls_cert, checked against the
    // authority (and the address) by the client.
    QSslSocket socket;
    QVERIFY2(connectEncrypted(socket), qPrintable(socket.errorString()));
    const QList<QSslCertificate> served =
        QSslCertificate::fromPath(m_certificates.server().certificate, QSsl::Pem);
    QCOMPARE(socket.peerCertificate(), served.value(0));
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
    socket.write("GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray answer = readUntilClosed(socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
}

void TestTls::pipelinedRequestsAreAnsweredInOrder()
{
    QSslSocket socket;
    QVERIFY2(connectEncrypted(socket), qPrintable(socket.errorString()));
    // Three requests in one write: the answers come back in their order on the connection.
    socket.write("GET /readyz HTTP/1.1\r\nHost: x\r\nX-Request-Id: first\r\n\r\n"
                 "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: second\r\n\r\n"
                 "GET /nowhere HTTP/1.1\r\nHost: x\r\nX-Request-Id: third\r\n"
                 "Connection: close\r\n\r\n");
    const QByteArray answers = readUntilClosed(socket);
    const qsizetype first = answers.indexOf("X-Request-Id: first");
    const qsizetype second = answers.indexOf("X-Request-Id: second");
    const qsizetype third = answers.indexOf("X-Request-Id: third");
    QVERIFY2(first >= 0 && second > first && third > second, answers.constData());
    QCOMPARE(answers.count("HTTP/1.1 200"), 2);
    QCOMPARE(answers.count("HTTP/1.1 404"), 1);
}

void TestTls::eventsArriveOverWss()
{
    DispatcherAtLocation staff;
    QVERIFY(staff.create(m_server, QStringLiteral("tls.test"), kPassword));
    const QUrl url = EventStream::urlOf(m_server.baseUrl(), staff.dispatcher);
    QCOMPARE(url.scheme(), QStringLiteral("wss"));
    EventStream stream(url);
    QVERIFY2(stream.waitForFrames(1, kWaitMs), "no hello frame over wss");
    QCOMPARE(stream.frames().first().value(QLatin1String("type")).toString(),
             QStringLiteral("fielddesk.hello"));

    const TestReply created = client(staff.dispatcher)
                                  .post(QStringLiteral("/api/v1/jobs"),
                                        {{QStringLiteral("title"), QStringLiteral("Over TLS")},
                                         {QStringLiteral("location_id"), staff.location}});
    QVERIFY2(created.status == 201, created.body.constData());
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QJsonObject &event :
                 stream.eventsOfType(QStringLiteral("scheduling.job.created.v1"))) {
                if (event.value(QLatin1String("data"))
                        .toObject()
                        .value(QLatin1String("job"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toInteger() == created.id())
                    return true;
            }
            return false;
        },
        kWaitMs));
    QVERIFY(!stream.isClosed());
}

void TestTls::plainHttpGetsNoAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    socket.write("GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray answer = readUntilClosed(socket);
    // The server spoke TLS (or nothing): never an HTTP answer in the clear.
    QVERIFY2(!answer.contains("HTTP/1.1"), answer.constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(QTest::qWaitFor([&] { return m_server.output().contains("tls_handshake_failed"); },
                            kWaitMs));
}

void TestTls::stalledHandshakeIsClosed()
{
    // Connected, and not a byte of a handshake: the header timeout applies as to plain HTTP.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    QElapsedTimer waited;
    waited.start();
    const int limitMs = kHeaderTimeoutSeconds * 1000 * 3;
    readUntilClosed(socket, limitMs);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(waited.elapsed() >= kHeaderTimeoutSeconds * 1000 / 2,
             "closed long before the header timeout");
    QVERIFY(QTest::qWaitFor(
        [&] { return m_server.output().contains("\"rule\":\"header_timeout\""); }, kWaitMs));
}

void TestTls::refusalGoesOutEncrypted()
{
    ServerProcess capped; // one connection per address
    QString error;
    QVERIFY2(capped.start(besideOptions(QStringLiteral("FIELDDESK_MAX_CONNECTIONS_PER_ADDRESS=1")),
                          &error),
             qPrintable(error));
    QSslSocket first;
    QVERIFY2(connectEncrypted(first, capped.port()), qPrintable(first.errorString()));
    // The second is refused in words the client can read: 429 after the handshake.
    QSslSocket second;
    QVERIFY2(connectEncrypted(second, capped.port()), qPrintable(second.errorString()));
    const QByteArray answer = readUntilClosed(second);
    QVERIFY2(answer.startsWith("HTTP/1.1 429"), answer.constData());
    QVERIFY(answer.contains("Retry-After"));
    QCOMPARE(capped.stop(), 0);
}

void TestTls::unreadAnswersAreClosed()
{
    ServerProcess server; // waits one second for a client to read
    QString error;
    QVERIFY2(server.start(besideOptions(QStringLiteral("FIELDDESK_KEEP_ALIVE_TIMEOUT_SECONDS=1")),
                          &error),
             qPrintable(error));
    QSslSocket socket;
    // The handshake's and the write's waits read what has arrived: no more than this much.
    socket.setReadBufferSize(16 * 1024);
    QVERIFY2(connectEncrypted(socket, server.port()), qPrintable(socket.errorString()));
    // Far more answer than the loopback socket's buffers hold, and then not a byte read: the
    // rest waits in the server's encrypted buffer, which the send timeout watches.
    QByteArray requests;
    for (int i = 0; i < 100; ++i)
        requests += "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
    socket.write(requests);
    QVERIFY(socket.waitForBytesWritten(kWaitMs));
    // Without the event loop, which would read for this client: the server's ~47 MB of answers
    // take it seconds under the sanitizers on a busy machine, and the test waits them out.
    QVERIFY2(server.waitForOutputWithoutEvents("\"rule\":\"send_timeout\"", kSlowWaitMs),
             server.output().right(2000).constData());
    QVERIFY(!server.output().contains("\"rule\":\"keep_alive_timeout\""));
    QCOMPARE(server.stop(), 0);
}

void TestTls::badCertificateOrKeyStopsTheStart_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("named"); // the file the error must name
    QTest::addColumn<QString>("why");   // and words of what is wrong with it

    const QDir dir(m_dir.filePath(QStringLiteral("certificates")));
    const QString certificate = m_certificates.server().certificate;
    const QString key = m_certificates.server().key;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notPem);
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a certificate\n") > 0);
    text.close();
    // The same key, protected by a passphrase.
    const QString encrypted = dir.filePath(QStringLiteral("encrypted.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-aes256"),
                   QStringLiteral("-passout"), QStringLiteral("pass:secret"),
                   QStringLiteral("-out"), encrypted});
    QVERIFY(openssl.waitForFinished(kWaitMs) && openssl.exitCode() == 0);

    QTest::newRow("certificate missing") << missing << key << missing << "does not exist";
    QTest::newRow("certificate is a directory") << dir.path() << key << dir.path() << "not a file";
    QTest::newRow("certificate not PEM") << notPem << key << notPem << "no PEM certificate";
    QTest::newRow("key missing") << certificate << missing << missing << "does not exist";
    QTest::newRow("key not PEM") << certificate << notPem << notPem << "no PEM private key";
    QTest::newRow("key encrypted") << certificate << encrypted << encrypted << "passphrase";
    QTest::newRow("key of another certificate")
        << certificate << m_certificates.selfSigned().key << m_certificates.selfSigned().key
        << "not the private key";
    QTest::newRow("key without certificate") << QString() << key << "tls_cert"
                                             << "tls_key is set";
    QTest::newRow("certificate without key") << certificate << QString() << "tls_key"
                                             << "tls_cert is set";
}

void TestTls::badCertificateOrKeyStopsTheStart()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, named);
    QFETCH(QString, why);
    ServerProcess::Options options = m_options;
    options.environment.removeIf(
        [](const QString &entry) { return entry.startsWith(QLatin1String("FIELDDESK_TLS_")); });
    if (!certificate.isEmpty())
        options.environment << QStringLiteral("FIELDDESK_TLS_CERT=") + certificate;
    if (!key.isEmpty())
        options.environment << QStringLiteral("FIELDDESK_TLS_KEY=") + key;
    ServerProcess server;
    QString error;
    QVERIFY2(!server.start(options, &error), "the server started");
    QCOMPARE(server.process()->state(), QProcess::NotRunning); // start() saw it exit
    QVERIFY(server.process()->exitCode() != 0);
    const QString output = QString::fromUtf8(server.output());
    QVERIFY2(output.contains(named) && output.contains(why), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("\"listening\"")), qPrintable(output));
}

FIELDDESK_TEST_MAIN(TestTls)
} // namespace tst_tls
#include "tst_tls.moc"
