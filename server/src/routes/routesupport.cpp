#include "routes/routesupport.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

QString pageLink(const ApiRequest &request, const ListQuery &query, qint64 offset)
{
    QUrlQuery link = query.raw;
    link.removeAllQueryItems(QStringLiteral("offset"));
    link.removeAllQueryItems(QStringLiteral("limit"));
    link.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    link.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return request.path + QLatin1Char('?') + link.toString(QUrl::FullyEncoded);
}

Result<std::optional<qint64>> idParameter(const QUrlQuery &query, const char *key)
{
    const QString name = QLatin1String(key);
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Failure::validation(name, QStringLiteral("must be a positive id"));
    return std::optional<qint64>(id);
}

Result<QString> timestampParameter(const QUrlQuery &query, const char *key)
{
    const QString name = QLatin1String(key);
    if (!query.hasQueryItem(name))
        return QString();
    const std::optional<QDateTime> at =
        parseTimestamp(query.queryItemValue(name, QUrl::FullyDecoded));
    if (!at)
        return Failure::validation(name, QStringLiteral("must be an ISO 8601 timestamp"));
    return toTimestamp(*at);
}

} // namespace fielddesk::server
