#include "fielddesk/board/availabilityclient.h"

#include "fielddesk/client/apirequest.h"

#include <QJsonObject>

namespace fielddesk::board {

QString AvailabilityClient::pathOf(qint64 technicianId)
{
    return QStringLiteral("/api/v1/technicians/%1/availability").arg(technicianId);
}

void AvailabilityClient::record(const AvailabilityPeriod &period,
                                QObject *context,
                                client::ApiClient::Handler done) const
{
    const QJsonObject body{{QStringLiteral("kind"), period.kind},
                           {QStringLiteral("starts_at"), period.startsAt},
                           {QStringLiteral("ends_at"), period.endsAt},
                           {QStringLiteral("reason"), period.reason}};
    m_api->post(pathOf(period.technicianId), body, context, std::move(done));
}

void AvailabilityClient::remove(qint64 technicianId,
                                qint64 periodId,
                                QObject *context,
                                client::ApiClient::Handler done) const
{
    m_api->send(
        client::ApiRequest::remove(pathOf(technicianId) + QStringLiteral("/%1").arg(periodId)),
        context, std::move(done));
}

} // namespace fielddesk::board
