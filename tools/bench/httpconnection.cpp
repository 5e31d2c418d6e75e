#include "httpconnection.h"

#include <QByteArrayList>
#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;

bool headerIs(const QByteArray &line, const char *name, qsizetype *valueStart)
{
    const qsizetype length = qsizetype(std::strlen(name));
    if (line.size() <= length || line.at(length) != ':')
        return false;
    if (qstrnicmp(line.constData(), name, length) != 0)
        return false;
    *valueStart = length + 1;
    return true;
}

} // namespace

HttpConnection::HttpConnection(QByteArray host, quint16 port, QByteArray authorization)
    : m_host(std::move(host))
    , m_port(port)
    , m_authorization(std::move(authorization))
{}

HttpConnection::~HttpConnection()
{
    close();
}

bool HttpConnection::open(QString *error)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    if (::inet_pton(AF_INET, m_host.constData(), &address.sin_addr) != 1) {
        *error = QStringLiteral("not an IPv4 address: %1").arg(QString::fromLatin1(m_host));
        close();
        return false;
    }
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        *error = QStringLiteral("connect to %1:%2: %3")
                     .arg(QString::fromLatin1(m_host))
                     .arg(m_port)
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        close();
        return false;
    }
    // Requests are small and answered one at a time: Nagle would add 40 ms to some of them.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    return true;
}

void HttpConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_out.clear();
    m_outOffset = 0;
    m_in.clear();
    m_complete = false;
    m_closeRequested = false;
}

void HttpConnection::send(const HttpRequest &request)
{
    m_out.clear();
    m_outOffset = 0;
    m_out.reserve(256 + request.body.size());
    m_out.append(request.method).append(' ').append(request.target).append(" HTTP/1.1\r\nHost: ");
    m_out.append(m_host).append(':').append(QByteArray::number(m_port)).append("\r\n");
    if (!m_authorization.isEmpty())
        m_out.append("Authorization: ").append(m_authorization).append("\r\n");
    if (!request.requestId.isEmpty())
        m_out.append("X-Request-Id: ").append(request.requestId).append("\r\n");
    if (!request.body.isEmpty() || request.method == "POST") {
        m_out.append("Content-Type: application/json\r\nContent-Length: ")
            .append(QByteArray::number(request.body.size()))
            .append("\r\n");
    }
    m_out.append("\r\n").append(request.body);
    writeSome();
}

bool HttpConnection::writeSome()
{
    while (m_outOffset < m_out.size()) {
        const ssize_t written = ::send(m_fd, m_out.constData() + m_outOffset,
                                       size_t(m_out.size() - m_outOffset), MSG_NOSIGNAL);
        if (written > 0) {
            m_outOffset += written;
            continue;
        }
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (written < 0 && errno == EINTR)
            continue;
        return false;
    }
    return true;
}

HttpConnection::ReadState HttpConnection::readSome()
{
    for (;;) {
        const qsizetype old = m_in.size();
        m_in.resize(old + kReadChunk);
        const ssize_t got = ::recv(m_fd, m_in.data() + old, size_t(kReadChunk), 0);
        m_in.resize(old + std::max<qsizetype>(0, got));
        if (got > 0) {
            if (got < kReadChunk)
                break;
            continue;
        }
        if (got == 0)
            return parseResponse() ? ReadState::Complete : ReadState::Closed;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        if (errno == EINTR)
            continue;
        return ReadState::Failed;
    }
    return parseResponse() ? ReadState::Complete : ReadState::Pending;
}

HttpResponse HttpConnection::takeResponse()
{
    m_complete = false;
    return std::move(m_response);
}

// Content-Length and chunked bodies; QHttpServer sends the former.
bool HttpConnection::parseResponse()
{
    if (m_complete)
        return true;
    const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    HttpResponse response;
    qsizetype contentLength = -1;
    bool chunked = false;
    bool closeAfter = false;
    qsizetype lineStart = 0;
    bool firstLine = true;
    while (lineStart < headerEnd) {
        qsizetype lineEnd = m_in.indexOf("\r\n", lineStart);
        if (lineEnd < 0 || lineEnd > headerEnd)
            lineEnd = headerEnd;
        const QByteArray line = m_in.mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        if (firstLine) {
            firstLine = false;
            response.status = line.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
            continue;
        }
        qsizetype value = 0;
        if (headerIs(line, "content-length", &value))
            contentLength = line.mid(value).trimmed().toLongLong();
        else if (headerIs(line, "transfer-encoding", &value))
            chunked = line.mid(value).trimmed().toLower().contains("chunked");
        else if (headerIs(line, "connection", &value))
            closeAfter = line.mid(value).trimmed().toLower() == "close";
    }
    qsizetype bodyStart = headerEnd + 4;
    qsizetype consumed = 0;
    if (chunked) {
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype sizeEnd = m_in.indexOf("\r\n", at);
            if (sizeEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                m_in.mid(at, sizeEnd - at).split(';').first().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (m_in.size() < sizeEnd + 2 + size + 2)
                return false;
            response.body.append(m_in.constData() + sizeEnd + 2, size);
            at = sizeEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
        consumed = at;
    } else {
        const qsizetype length = std::max<qsizetype>(0, contentLength);
        if (m_in.size() < bodyStart + length)
            return false;
        response.body = m_in.mid(bodyStart, length);
        consumed = bodyStart + length;
    }
    m_in.remove(0, consumed);
    m_response = std::move(response);
    m_closeRequested = closeAfter;
    m_complete = true;
    return true;
}

bool HttpConnection::closedByPeer() const
{
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0)
        return false;
    if (p.revents & (POLLHUP | POLLERR))
        return true;
    char byte = 0;
    return ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

std::optional<HttpResponse> HttpConnection::roundTrip(const HttpRequest &request, int timeoutMs)
{
    // The set-up connection idles while scenarios run, longer than the server keeps an idle
    // connection (`keep_alive_timeout_seconds`): one it closed is opened afresh.
    if (isOpen() && closedByPeer())
        close();
    if (!isOpen()) {
        QString ignored;
        if (!open(&ignored))
            return std::nullopt;
    }
    send(request);
    return waitForResponse(timeoutMs);
}

std::optional<HttpResponse> HttpConnection::waitForResponse(int timeoutMs)
{
    if (!isOpen())
        return std::nullopt;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pollfd p{m_fd, short(POLLIN | (wantsWrite() ? POLLOUT : 0)), 0};
        if (::poll(&p, 1, int(std::min<qint64>(100, deadline.remainingTime()))) <= 0)
            continue;
        if ((p.revents & POLLOUT) && !writeSome())
            return std::nullopt;
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            const ReadState state = readSome();
            if (state == ReadState::Complete) {
                HttpResponse response = takeResponse();
                if (m_closeRequested)
                    close();
                return response;
            }
            if (state != ReadState::Pending) {
                close();
                return std::nullopt;
            }
        }
    }
    close();
    return std::nullopt;
}
