// Whether a request says plainly how long its body is (RFC 9112, 6.1-6.3). QAbstractHttpServer
// reads a Content-Length that is no number as 0 and runs the body as the next request on the
// connection: behind a balancer that read it otherwise, a request smuggled past it. So a
// Content-Length that is not digits alone, Content-Lengths that disagree, one beside a
// Transfer-Encoding, and a transfer coding other than chunked are refused, and the connection
// with them (HttpServer). tests/fuzz feeds it any headers.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fielddesk::server {

struct FramingProblem
{
    int status = 400; // 501 for a transfer coding this server does not know
    QString detail;
};

std::optional<FramingProblem> framingProblem(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace fielddesk::server
