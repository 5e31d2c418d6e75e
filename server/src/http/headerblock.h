// Where a request's header block ends in the bytes that arrived so far: at its first blank
// line, "\r\n\r\n" or "\n\n" (QAbstractHttpServer's parser accepts both). ConnectionGuard
// times headers and bodies by it; tests/fuzz feeds it any bytes.
#pragma once

#include <QByteArray>

#include <optional>

namespace fielddesk::server {

struct HeaderBlockEnd
{
    qsizetype at = 0;     // where the blank line starts
    qsizetype length = 0; // its length: 4 or 2
    qsizetype bodyStart() const { return at + length; }
};

std::optional<HeaderBlockEnd> findHeaderBlockEnd(const QByteArray &bytes);

} // namespace fielddesk::server
