// The console's one home for a technician's time off and unavailability on the server
// (`/technicians/{id}/availability`): the path the board loads them from, recording a period
// and removing one. Part of fielddesk_board: no widgets.
#pragma once

#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/dispatch.h"

namespace fielddesk::board {

class AvailabilityClient
{
public:
    explicit AvailabilityClient(client::ApiClient *api)
        : m_api(api)
    {}

    // The collection of one technician's periods (GET takes ?from=&to=).
    static QString pathOf(qint64 technicianId);

    // POST: kind, starts_at, ends_at and reason of the period; the answer is the period.
    void record(const AvailabilityPeriod &period,
                QObject *context,
                client::ApiClient::Handler done) const;
    // DELETE of one period.
    void remove(qint64 technicianId,
                qint64 periodId,
                QObject *context,
                client::ApiClient::Handler done) const;

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::board
