// A Twilio-compatible SMS API on loopback for tests: takes POST
// /2010-04-01/Accounts/{account}/Messages.json (a form of To, From, Body with basic auth), keeps
// what it was sent with its credentials and idempotency token, and answers 201 with a message
// sid, or, when told, a failure status for the next requests (503 to be tried again, 400 to be
// given up). Runs in the test's event loop: wait with QTRY_*.
#pragma once

#include "fakehttpreceiver.h"

#include <QUrlQuery>

class FakeSmsApi
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization; // "Basic ..."
        QByteArray idempotencyToken;
        QString to, from, body;
    };

    FakeSmsApi()
    {
        m_http.setAcceptAnswer([](int accepted) {
            return QByteArray("{\"sid\":\"SM") + QByteArray::number(accepted) +
                   "\",\"status\":\"queued\"}";
        });
    }

    bool listen() { return m_http.listen(); }
    QString url() const { return m_http.url(); }

    QList<Request> requests() const { return messages(m_http.requests()); }
    // Every request answered 201 and kept.
    QList<Request> accepted() const { return messages(m_http.accepted()); }
    // The next `count` requests are answered `status` (and not accepted).
    void failNext(int count, int status) { m_http.failNext(count, status); }

private:
    static QList<Request> messages(const QList<FakeHttpReceiver::Request> &received)
    {
        QList<Request> list;
        for (const FakeHttpReceiver::Request &r : received) {
            QByteArray form = r.body;
            form.replace('+', ' '); // a form's spaces; a literal plus arrives as %2B
            const QUrlQuery fields(QString::fromUtf8(form));
            list.append({r.method, r.path, r.header("authorization"),
                         r.header("i-twilio-idempotency-token"),
                         fields.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded),
                         fields.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded),
                         fields.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded)});
        }
        return list;
    }

    FakeHttpReceiver m_http{201};
};
