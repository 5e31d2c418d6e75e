// Checks the access tokens of open event streams again, on a thread of its own: one user
// lookup per console every ping round must not stall the thread that serves HTTP and the
// WebSockets (on PostgreSQL each lookup is a network round trip).
#pragma once

#include "auth/principal.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace fielddesk::server {

class Authenticator;

class TokenRechecker : public QObject
{
    Q_OBJECT
public:
    struct Verdict
    {
        bool answered = false;              // false: the database did not answer; keep as is
        std::optional<Principal> principal; // nullopt: invalid, expired, or user deactivated
        bool tenantSuspended = false;       // refused because the company is suspended
    };

    explicit TokenRechecker(const Authenticator &auth, QObject *parent = nullptr);
    // Waits for a round under way: it uses the authenticator, which outlives this object.
    ~TokenRechecker() override;

    // Calls done on this object's thread with one verdict per token, in order. A round
    // asked for while the previous one still runs is skipped: the next ping asks again.
    void check(QList<QByteArray> tokens, std::function<void(const QList<Verdict> &)> done);

private:
    const Authenticator &m_auth;
    QThreadPool m_pool; // one thread, kept alive with its database connection
    bool m_running = false;
};

} // namespace fielddesk::server
