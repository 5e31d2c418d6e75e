#include "events/tokenrechecker.h"

#include "core/backgroundtask.h"
#include "http/requestpipeline.h"
#include "storage/database.h"

namespace fielddesk::server {

TokenRechecker::TokenRechecker(const Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

TokenRechecker::~TokenRechecker()
{
    m_pool.waitForDone();
}

void TokenRechecker::check(QList<QByteArray> tokens,
                           std::function<void(const QList<Verdict> &)> done)
{
    if (m_running || tokens.isEmpty())
        return;
    m_running = true;
    runInBackground(
        m_pool, this,
        [this, tokens = std::move(tokens)] {
            QList<Verdict> verdicts;
            verdicts.reserve(tokens.size());
            for (const QByteArray &token : tokens) {
                Verdict verdict;
                try {
                    const Result<Principal> who = m_auth.authenticate(token);
                    verdict.answered = true;
                    if (who)
                        verdict.principal = *who;
                    else
                        verdict.tenantSuspended =
                            who.failure().type == Failure::tenantSuspended().type;
                } catch (const DatabaseError &) {
                    // Unknown: the session stays as it is until the next round.
                }
                verdicts.append(verdict);
            }
            return verdicts;
        },
        [this, done = std::move(done)](const QList<Verdict> &verdicts) {
            m_running = false;
            done(verdicts);
        });
}

} // namespace fielddesk::server
