#include "fielddesk/client/keychaintokenstore.h"

#include <QPointer>

#include <type_traits>

#include <qt6keychain/keychain.h>

namespace fielddesk::client {

namespace {

enum class Operation { Write, Read, Remove };

TokenStore::Result resultOf(const QKeychain::Job &job, Operation operation)
{
    using Status = TokenStore::Result::Status;
    TokenStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = Status::Unavailable;
        result.message = KeychainTokenStore::tr("Access to the system keychain was denied (%1).")
                             .arg(job.errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Headless Linux lands here: "Cannot autolaunch D-Bus without X11 $DISPLAY".
        result.status = Status::Unavailable;
        result.message =
            KeychainTokenStore::tr("No system keychain is available (%1).").arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = Status::Failed;
        result.message = KeychainTokenStore::tr("The system keychain could not remove the entry "
                                                "(%1).")
                             .arg(job.errorString());
        return result;
    }
    if (operation == Operation::Write)
        result.message += QLatin1Char(' ') +
                          KeychainTokenStore::tr("Nothing was stored: you will need to sign in "
                                                 "again next time.");
    return result;
}

template<typename JobType>
void run(JobType *job,
         Operation operation,
         QObject *fallbackContext,
         QObject *context,
         TokenStore::Handler handler)
{
    // Jobs have no parent and delete themselves when done: the libsecret backend calls back
    // into its job when D-Bus answers, so a job deleted early (with its store) would crash
    // the next event loop. The store's lifetime only decides whether the handler runs.
    job->setAutoDelete(true);
    // A secret must never land in a plain-text file when the keychain is missing.
    job->setInsecureFallback(false);
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, fallbackContext,
                     [job, operation, hasContext, guard, handler = std::move(handler)] {
                         if (!handler || (hasContext && !guard))
                             return;
                         TokenStore::Result result = resultOf(*job, operation);
                         if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
                             if (result.ok())
                                 result.token = job->textData();
                         }
                         handler(result);
                     });
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
{}

void KeychainTokenStore::write(const QString &account,
                               const QString &token,
                               QObject *context,
                               Handler handler)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setKey(account);
    job->setTextData(token);
    run(job, Operation::Write, this, context, std::move(handler));
}

void KeychainTokenStore::read(const QString &account, QObject *context, Handler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(account);
    run(job, Operation::Read, this, context, std::move(handler));
}

void KeychainTokenStore::remove(const QString &account, QObject *context, Handler handler)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setKey(account);
    run(job, Operation::Remove, this, context, std::move(handler));
}

} // namespace fielddesk::client
