// The console's one home for sending a location's day ahead now (`POST
// /messages/day-ahead`): each technician's plan of that day and a reminder to each customer
// with a job in it; the server sends again only what changed since the last send. Part of
// fielddesk_board: no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"

#include <QDate>

#include <functional>

class QObject;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {

// What a send sent.
struct DayAheadSent
{
    int plans = 0;     // technicians' plans
    int reminders = 0; // customers reminded of a job

    bool isEmpty() const { return plans == 0 && reminders == 0; }
};

class DayAheadClient
{
public:
    using Callback = std::function<void(const client::ApiResult<DayAheadSent> &)>;

    explicit DayAheadClient(client::ApiClient *api)
        : m_api(api)
    {}

    // The location's plans and reminders for `day`, its local calendar day; the callback runs
    // once, unless context is destroyed first.
    void send(qint64 locationId, QDate day, QObject *context, Callback callback) const;

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::board
