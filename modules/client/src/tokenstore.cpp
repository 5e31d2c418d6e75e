#include "fielddesk/client/tokenstore.h"

namespace fielddesk::client {

QString TokenStore::accountKey(const QUrl &server, const QString &email)
{
    const QString url = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo)
                            .toString(QUrl::FullyEncoded);
    return url + QLatin1Char('|') + email.trimmed().toLower();
}

} // namespace fielddesk::client
