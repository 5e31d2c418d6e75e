// One keep-alive HTTP/1.1 connection over a non-blocking socket, small enough that a single
// thread can drive dozens of them at tens of thousands of requests per second (a QTcpSocket
// per connection costs an event-loop round trip per read, which the 2-core bench machine
// cannot spare next to the server it measures).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target;    // path and query, already percent-encoded
    QByteArray body;      // JSON when not empty
    QByteArray requestId; // sent as X-Request-Id when not empty
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

class HttpConnection
{
public:
    // `authorization`: the whole header value ("Bearer ..."), empty for none.
    HttpConnection(QByteArray host, quint16 port, QByteArray authorization = {});
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    bool open(QString *error);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int socket() const { return m_fd; }
    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }

    // Queues the request and writes what the socket takes now.
    void send(const HttpRequest &request);
    bool wantsWrite() const { return m_outOffset < m_out.size(); }
    // False when the socket failed.
    bool writeSome();

    enum class ReadState { Pending, Complete, Closed, Failed };
    // Reads what arrived; Complete when a whole response is there (takeResponse()).
    ReadState readSome();
    HttpResponse takeResponse();
    // The server asked to close after this response.
    bool closeRequested() const { return m_closeRequested; }

    // Blocking request for setting up (sign in, listing ids): nullopt on failure or timeout.
    std::optional<HttpResponse> roundTrip(const HttpRequest &request, int timeoutMs = 30000);
    // Blocking wait for the answer to what send() sent: nullopt on failure or timeout.
    std::optional<HttpResponse> waitForResponse(int timeoutMs = 30000);

private:
    bool parseResponse();
    // The server closed this kept-alive connection (nothing is read).
    bool closedByPeer() const;

    QByteArray m_host;
    quint16 m_port;
    QByteArray m_authorization;
    int m_fd = -1;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    QByteArray m_in;
    HttpResponse m_response;
    bool m_complete = false;
    bool m_closeRequested = false;
};
