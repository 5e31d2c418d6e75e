#include "services/attachmentvisibility.h"

#include "repositories/expenserepository.h"
#include "repositories/maintenancerepository.h"
#include "repositories/mediarepository.h"
#include "repositories/requestrepository.h"
#include "services/moneyvisibility.h"
#include "services/requestvisibility.h"

namespace fielddesk::server {

bool mayReadAttachment(Database &db, const Principal &caller, qint64 mediaId)
{
    return RequestRepository(db).anyWithMedia(caller.tenantId, requestScopeOf(caller), mediaId) ||
           ExpenseRepository(db).anyWithMedia(caller.tenantId, moneyScopeOf(caller), mediaId) ||
           // a service record's receipts: whoever plans at its vehicle's location
           (caller.canDispatch() && MaintenanceRepository(db).anyRecordWithMedia(
                                        caller.tenantId, caller.visibleLocations(), mediaId));
}

std::optional<Failure>
checkOwnUploads(Database &db, const Principal &caller, const QList<qint64> &mediaIds)
{
    if (mediaIds.isEmpty())
        return std::nullopt;
    const QList<qint64> own =
        MediaRepository(db).uploadedBy(caller.tenantId, caller.userId, mediaIds);
    QList<FieldError> errors;
    for (qsizetype i = 0; i < mediaIds.size(); ++i) {
        if (!own.contains(mediaIds.at(i)))
            errors.append({QStringLiteral("media_ids[%1]").arg(i),
                           QStringLiteral("is not a file you uploaded")});
    }
    if (errors.isEmpty())
        return std::nullopt;
    return Failure::validation(std::move(errors));
}

} // namespace fielddesk::server
