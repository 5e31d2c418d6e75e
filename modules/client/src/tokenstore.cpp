#include "fielddesk/client/tokenstore.h"

namespace fielddesk::client {

QString TokenStore::accountKey(const QUrl &server, const QString &email)
{
    // "http://host:8080", "http://host:8080/" and "http://host:8080//" are one server.
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded) + QLatin1Char('|') + email.trimmed().toLower();
}

} // namespace fielddesk::client
