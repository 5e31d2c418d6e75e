// A TokenStore in memory for tests: answers asynchronously like a keychain, and can be told
// to fail the way a machine without a keychain does.
#pragma once

#include "fielddesk/client/tokenstore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class MemoryTokenStore : public fielddesk::client::TokenStore
{
public:
    using TokenStore::TokenStore;

    QHash<QString, QString> entries;
    bool unavailable = false;
    int writes = 0;

    void
    write(const QString &account, const QString &token, QObject *context, Handler handler) override
    {
        ++writes;
        if (!unavailable)
            entries.insert(account, token);
        answer(context, std::move(handler), unavailable ? failure() : Result{});
    }
    void read(const QString &account, QObject *context, Handler handler) override
    {
        Result result;
        if (unavailable)
            result = failure();
        else if (!entries.contains(account))
            result.status = Result::Status::NotFound;
        else
            result.token = entries.value(account);
        answer(context, std::move(handler), result);
    }
    void remove(const QString &account, QObject *context, Handler handler) override
    {
        Result result;
        if (unavailable)
            result = failure();
        else if (entries.remove(account) == 0)
            result.status = Result::Status::NotFound;
        answer(context, std::move(handler), result);
    }

private:
    static Result failure()
    {
        Result result;
        result.status = Result::Status::Unavailable;
        result.message = QStringLiteral("No system keychain is available (test).");
        return result;
    }
    void answer(QObject *context, Handler handler, const Result &result)
    {
        const QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, handler, result] {
            if (handler && (!hasContext || guard))
                handler(result);
        });
    }
};
