// How one attempt to hand a message over went: sent, or refused for good (a 5xx SMTP answer,
// an invalid number), or failed for now (no connection, a 4xx answer, 429, 5xx): tried again.
#pragma once

#include <QString>

namespace fielddesk::server {

struct SendOutcome
{
    bool sent = false;
    bool permanent = false;
    QString error;

    static SendOutcome ok() { return {true, false, {}}; }
    static SendOutcome retry(QString why) { return {false, false, std::move(why)}; }
    static SendOutcome refused(QString why) { return {false, true, std::move(why)}; }
};

} // namespace fielddesk::server
