#include "routes/routesupport.h"

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

} // namespace fielddesk::server
