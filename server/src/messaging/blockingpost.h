// One HTTP POST (or GET), waited for on the message courier's thread (which does nothing else while
// a message is handed over), with the request's transfer time limit. Redirects are not followed: a
// receiver that moved answers 3xx, which is a failed attempt like any other.
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

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
// the whole body is kept up to `maxBytes`. Once `*abandon` turns true (another thread sets it,
// looked at every 50 ms) the request is aborted: status 0, Qt's words for the abort.
PostAnswer blockingGet(QNetworkAccessManager &network,
                       QNetworkRequest request,
                       qint64 maxBytes,
                       const std::atomic<bool> *abandon = nullptr);

} // namespace fielddesk::server
