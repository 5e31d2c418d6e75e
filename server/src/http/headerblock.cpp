#include "http/headerblock.h"

namespace fielddesk::server {

std::optional<HeaderBlockEnd> findHeaderBlockEnd(const QByteArray &bytes)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf))
        return HeaderBlockEnd{lf, 2};
    if (crlf >= 0)
        return HeaderBlockEnd{crlf, 4};
    return std::nullopt;
}

} // namespace fielddesk::server
