#include "http/requestframing.h"

#include "core/plaindecimal.h"

namespace fielddesk::server {

std::optional<FramingProblem> framingProblem(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    std::optional<QByteArray> length;
    bool transferEncoding = false;
    for (const auto &[name, rawValue] : headers) {
        const QByteArray value = rawValue.trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (!isPlainDecimal(value)) // 18 digits: any body this server takes
                return FramingProblem{400, QStringLiteral("Content-Length must be a number of "
                                                          "bytes (digits only); the connection "
                                                          "is closed.")};
            // Leading zeros name the same length: compared as numbers.
            if (length && length->toLongLong() != value.toLongLong())
                return FramingProblem{400, QStringLiteral("The request has Content-Lengths that "
                                                          "disagree; the connection is closed.")};
            length = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0)
                return FramingProblem{
                    501, QStringLiteral("Transfer-Encoding \"%1\" is not supported: send the body "
                                        "with a Content-Length, or chunked; the connection is "
                                        "closed.")
                             .arg(QString::fromLatin1(value.left(100)))};
            transferEncoding = true;
        }
    }
    if (length && transferEncoding)
        return FramingProblem{400, QStringLiteral("The request has both a Content-Length and a "
                                                  "Transfer-Encoding; the connection is closed.")};
    return std::nullopt;
}

} // namespace fielddesk::server
