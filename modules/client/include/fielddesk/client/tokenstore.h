// Where "keep me signed in" keeps a refresh token between runs: an asynchronous interface so
// that the system keychain (KeychainTokenStore) and test doubles fit behind it.
// Part of fielddesk_client: QtCore only.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace fielddesk::client {

class TokenStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Ok,
            NotFound,    // read or remove: nothing kept for this account
            Unavailable, // no usable keychain (headless, no Secret Service, denied)
            Failed,      // anything else
        };
        Status status = Status::Ok;
        QString token;   // read: the kept refresh token
        QString message; // readable explanation when not Ok

        bool ok() const { return status == Status::Ok; }
    };
    using Handler = std::function<void(const Result &)>;

    using QObject::QObject;

    // The handler runs once, unless context is destroyed first.
    virtual void
    write(const QString &account, const QString &token, QObject *context, Handler handler) = 0;
    virtual void read(const QString &account, QObject *context, Handler handler) = 0;
    virtual void remove(const QString &account, QObject *context, Handler handler) = 0;

    // One entry per server and email: "http://127.0.0.1:8080|admin@demo.local".
    static QString accountKey(const QUrl &server, const QString &email);
};

} // namespace fielddesk::client
