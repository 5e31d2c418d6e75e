// fielddesk-slowclients: what slow and idle clients do to a server.
//   fielddesk-slowclients --port 8080 [--host 127.0.0.1] [--connections 3000]
//                         [--mode idle|header-byte] [--seconds 35] [--addresses 1]
// Opens the connections (from 127.0.0.1, or spread over 127.0.0.1 ... 127.0.0.N with
// --addresses N), sends nothing (idle) or a POST's headers announcing a 100 KB body and one
// byte of it (header-byte), then waits. Every second a normal client asks GET /healthz on a
// new connection. Prints how many connections the server refused or closed and when, how
// many are still open at the end, and how the normal client fared.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

const QByteArray kHeaderAndOneByte = "POST /api/v1/auth/login HTTP/1.1\r\n"
                                     "Host: fielddesk\r\n"
                                     "Content-Type: application/json\r\n"
                                     "Content-Length: 102400\r\n"
                                     "\r\n"
                                     "{";

struct Held
{
    std::unique_ptr<QTcpSocket> socket;
    qint64 connectedMs = -1;
    qint64 closedMs = -1;
    bool answered = false; // the server wrote something before closing (408, 429)
};

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Holds a server with slow and idle clients."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server address."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."),
                                  QStringLiteral("port"));
    const QCommandLineOption count(QStringLiteral("connections"),
                                   QStringLiteral("Connections to open."), QStringLiteral("n"),
                                   QStringLiteral("3000"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("idle (send nothing) or header-byte."),
                                  QStringLiteral("mode"), QStringLiteral("idle"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("How long to hold them."), QStringLiteral("s"),
                                     QStringLiteral("35"));
    const QCommandLineOption addresses(
        QStringLiteral("addresses"),
        QStringLiteral("Spread the connections over 127.0.0.1 ... 127.0.0.N."), QStringLiteral("n"),
        QStringLiteral("1"));
    parser.addOptions({host, port, count, mode, seconds, addresses});
    parser.process(app);
    if (!parser.isSet(port))
        parser.showHelp(2);

    const QHostAddress server(parser.value(host));
    const quint16 serverPort = quint16(parser.value(port).toUInt());
    const int connections = parser.value(count).toInt();
    const bool sendHeader = parser.value(mode) == QLatin1String("header-byte");
    const int holdMs = parser.value(seconds).toInt() * 1000;
    const int sources = std::max(1, parser.value(addresses).toInt());

    QElapsedTimer clock;
    clock.start();
    std::vector<Held> held(size_t(std::max(0, connections)));
    for (int i = 0; i < connections; ++i) {
        Held &h = held[size_t(i)];
        h.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = h.socket.get();
        if (sources > 1)
            socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(1 + i % sources)));
        QObject::connect(socket, &QTcpSocket::connected, socket, [&h, &clock, sendHeader] {
            h.connectedMs = clock.elapsed();
            if (sendHeader)
                h.socket->write(kHeaderAndOneByte);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&h] {
            h.answered = true;
            h.socket->readAll();
        });
        const auto closed = [&h, &clock] {
            if (h.closedMs < 0)
                h.closedMs = clock.elapsed();
        };
        QObject::connect(socket, &QTcpSocket::disconnected, socket, closed);
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, closed);
        socket->connectToHost(server, serverPort);
    }

    // The normal client: a fresh connection every second.
    int asked = 0, answered = 0;
    QList<qint64> latencies;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        ++asked;
        auto *socket = new QTcpSocket(&app);
        auto *started = new QElapsedTimer;
        started->start();
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /healthz HTTP/1.1\r\nHost: fielddesk\r\nConnection: close\r\n\r\n");
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, started] {
            if (socket->peek(12).startsWith("HTTP/1.1 200")) {
                ++answered;
                latencies.append(started->elapsed());
            }
            socket->readAll();
            socket->abort();
        });
        QObject::connect(socket, &QObject::destroyed, [started] { delete started; });
        QTimer::singleShot(5000, socket, &QObject::deleteLater);
        socket->connectToHost(server, serverPort);
    });
    probe.start(1000);

    QTimer::singleShot(holdMs, &app, &QCoreApplication::quit);
    app.exec();

    int connected = 0, stillOpen = 0, refusedAtOnce = 0, closedLater = 0, withAnswer = 0;
    QList<qint64> closeTimes;
    for (const Held &h : held) {
        if (h.connectedMs < 0)
            continue;
        ++connected;
        if (h.closedMs < 0 && h.socket->state() == QAbstractSocket::ConnectedState) {
            ++stillOpen;
            continue;
        }
        if (h.answered)
            ++withAnswer;
        if (h.closedMs - h.connectedMs < 1000) {
            ++refusedAtOnce;
        } else {
            ++closedLater;
            closeTimes.append(h.closedMs - h.connectedMs);
        }
    }
    std::printf("mode %s, %d connections from %d address(es), held %d s\n",
                sendHeader ? "header-byte" : "idle", connections, sources, holdMs / 1000);
    std::printf("connected: %d\n", connected);
    std::printf("closed by the server within 1 s (refused): %d\n", refusedAtOnce);
    std::printf("closed by the server later: %d (after %.1f s median, %.1f s at most)\n",
                closedLater, median(closeTimes) / 1000.0,
                closeTimes.isEmpty()
                    ? 0.0
                    : double(*std::max_element(closeTimes.begin(), closeTimes.end())) / 1000.0);
    std::printf("  of which with an answer first (408/429): %d\n", withAnswer);
    std::printf("still open after %d s: %d\n", holdMs / 1000, stillOpen);
    std::printf("normal client: %d of %d GET /healthz answered 200 (median %.0f ms)\n", answered,
                asked, median(latencies));
    return 0;
}
