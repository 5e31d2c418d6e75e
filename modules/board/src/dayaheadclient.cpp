#include "fielddesk/board/dayaheadclient.h"

#include "fielddesk/client/apiclient.h"

#include <QJsonObject>

namespace fielddesk::board {

void DayAheadClient::send(qint64 locationId, QDate day, QObject *context, Callback callback) const
{
    const QJsonObject body{{QStringLiteral("location_id"), locationId},
                           {QStringLiteral("date"), day.toString(Qt::ISODate)}};
    m_api->post(QStringLiteral("/api/v1/messages/day-ahead"), body, context,
                [callback = std::move(callback)](const client::ApiResponse &r) {
                    callback(client::ApiResult<DayAheadSent>::fromResponse(
                        r, [](const client::ApiResponse &ok) {
                            return DayAheadSent{ok.json.value(QStringLiteral("plans")).toInt(),
                                                ok.json.value(QStringLiteral("reminders")).toInt()};
                        }));
                });
}

} // namespace fielddesk::board
