// One HTTP POST (or GET), waited for on the message courier's thread (which does nothing else while
// a message is handed over), with the request's transfer time limit. Redirects are not followed: a
// receiver that moved answers 3xx, which is a failed attempt like any other.
#pragma once

#include <QByteArray>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;

namespace fielddesk::server {

struct PostAnswer
{
    int status = 0;  // 0: no HTTP answer (no connection, timeout)
    QByteArray body; // the first bytes of the answer, for the error
    QString error;   // Qt's words for a network failure
};

PostAnswer
blockingPost(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body);
// One HTTP GET waited for the same way (the weather's forecasts, on their poller's thread);
// the whole body is kept up to `maxBytes`.
PostAnswer blockingGet(QNetworkAccessManager &network, QNetworkRequest request, qint64 maxBytes);

} // namespace fielddesk::server
