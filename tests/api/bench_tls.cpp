// What HTTPS costs (issue 18): the same demo server on SQLite started plain and then with a
// certificate (tls_cert, tls_key; a throw-away RSA 2048 one openssl makes), and the same
// requests to each from one client on loopback: one signed-in page of 50 jobs after another
// on a keep-alive connection (what a console does), and new connections that each send one
// request (connection set-up, the TLS handshake included). Prints the median and p95 of each.
//   ctest -L bench -R bench_tls -V     (or build/tests/bench_tls)

#include "apisuite.h"
#include "apitestsetup.h"
#include "testcertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int kKeptRequests = 2000;
constexpr int kNewConnections = 300;
constexpr int kWarmup = 50;
constexpr int kTimeoutMs = 10000;

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(share * values.size())));
}

// One open connection to the server, encrypted when the server is https.
std::unique_ptr<QTcpSocket> connectTo(const QUrl &server, const QList<QSslCertificate> &authorities)
{
    if (server.scheme() != QLatin1String("https")) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(server.port()));
        return socket->waitForConnected(kTimeoutMs) ? std::move(socket) : nullptr;
    }
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration configuration = socket->sslConfiguration();
    configuration.setCaCertificates(authorities);
    socket->setSslConfiguration(configuration);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.port()));
    return socket->waitForEncrypted(kTimeoutMs) ? std::move(socket) : nullptr;
}

// Sends the request and reads its whole answer (Content-Length); the status, 0 on failure.
int exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray in;
    QDeadlineTimer deadline(kTimeoutMs);
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kTimeoutMs))
            return 0;
        in += socket.readAll();
        if (headerEnd < 0 && (headerEnd = in.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = in.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            length =
                at < 0 ? 0
                       : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        }
        if (headerEnd >= 0 && in.size() >= headerEnd + 4 + length)
            return in.mid(9, 3).toInt();
    }
    return 0;
}

} // namespace

class BenchTls : public ApiSuite
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString directory = m_dir.filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(directory));
        QString error;
        QVERIFY2(m_certificates.create(directory, &error), qPrintable(error));
        m_options = suiteServerOptions(QStringLiteral("bench_tls"), m_dir.path(), &error,
                                       {QStringLiteral("FIELDDESK_LOG_REQUESTS=false")});
        QVERIFY2(!m_options.database.isEmpty(), qPrintable(error));
    }

    void plainAgainstTls()
    {
        std::printf("%-34s %12s %12s %12s %12s\n", "", "plain p50", "plain p95", "TLS p50",
                    "TLS p95");
        const Figures plain = measure({});
        QVERIFY(!QTest::currentTestFailed());
        const Figures tls = measure(m_certificates.server().serverEnvironment());
        QVERIFY(!QTest::currentTestFailed());
        const auto row = [](const char *what, const QList<double> &a, const QList<double> &b) {
            std::printf("%-34s %9.3f ms %9.3f ms %9.3f ms %9.3f ms\n", what, percentile(a, 0.5),
                        percentile(a, 0.95), percentile(b, 0.5), percentile(b, 0.95));
        };
        row("keep-alive GET 50 jobs", plain.kept, tls.kept);
        row("new connection + GET /readyz", plain.fresh, tls.fresh);
        std::fflush(stdout);
    }

private:
    struct Figures
    {
        QList<double> kept;  // ms per request on one keep-alive connection
        QList<double> fresh; // ms per new connection with one request
    };

    Figures measure(const QStringList &environment)
    {
        Figures figures;
        ServerProcess::Options options = m_options;
        options.environment += environment;
        QString error;
        if (!m_server.start(options, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return figures;
        }
        const QUrl server = m_server.baseUrl();
        if (server.scheme() == QLatin1String("https"))
            m_certificates.trustAuthorityInThisProgram(); // for signInTo's client
        const QByteArray token =
            login(QStringLiteral("dispatcher@demo.local"), QStringLiteral("fielddesk-demo"));
        const QByteArray page = "GET /api/v1/jobs?limit=50 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer " +
                                token + "\r\n\r\n";
        const std::unique_ptr<QTcpSocket> kept = connectTo(server, m_certificates.authorities());
        if (!kept || token.isEmpty()) {
            QTest::qFail("cannot connect or sign in", __FILE__, __LINE__);
            return figures;
        }
        QElapsedTimer timer;
        for (int i = 0; i < kWarmup + kKeptRequests; ++i) {
            timer.start();
            if (exchange(*kept, page) != 200) {
                QTest::qFail("a page was not answered 200", __FILE__, __LINE__);
                return figures;
            }
            if (i >= kWarmup)
                figures.kept << double(timer.nsecsElapsed()) / 1e6;
        }
        const QByteArray ready =
            "GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < kNewConnections; ++i) {
            timer.start();
            const std::unique_ptr<QTcpSocket> socket =
                connectTo(server, m_certificates.authorities());
            if (!socket || exchange(*socket, ready) != 200) {
                QTest::qFail("a new connection was not answered 200", __FILE__, __LINE__);
                return figures;
            }
            figures.fresh << double(timer.nsecsElapsed()) / 1e6;
        }
        m_server.stop();
        return figures;
    }

    TestCertificates m_certificates;
    ServerProcess::Options m_options;
};

QTEST_MAIN(BenchTls)
#include "bench_tls.moc"
