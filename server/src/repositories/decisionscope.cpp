#include "repositories/decisionscope.h"

namespace fielddesk::server {

void restrictToScope(SqlFilter &filter, const OwnedScope &scope, const OwnedColumns &columns)
{
    if (!scope.othersVisible) {
        filter.where(columns.owner + QStringLiteral(" = ?"), {scope.ownUserId});
        return;
    }
    if (!scope.locationIds)
        return;
    QString condition = QStringLiteral("1 = 0");
    QVariantList values{scope.ownUserId};
    if (!scope.locationIds->isEmpty()) {
        const QStringList marks(scope.locationIds->size(), QStringLiteral("?"));
        condition = columns.location + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
                    QLatin1Char(')');
        for (const qint64 id : *scope.locationIds)
            values << id;
    }
    filter.where(QStringLiteral("(%1 = ? OR %2)").arg(columns.owner, condition), values);
}

void restrictToAwaiting(SqlFilter &filter,
                        const AwaitingMe &awaiting,
                        qint64 callerId,
                        const OwnedColumns &columns)
{
    if (!awaiting.only)
        return;
    filter.where(QStringLiteral("%1 = 'submitted' AND %2 <> ?").arg(columns.status, columns.owner),
                 {callerId});
    if (awaiting.at)
        filter.whereIn(columns.location, *awaiting.at);
}

void restrictToMoneyList(SqlFilter &filter,
                         const OwnedScope &scope,
                         const MoneyListFilter &extra,
                         const OwnedColumns &columns,
                         const QString &dateColumn)
{
    restrictToScope(filter, scope, columns);
    restrictToAwaiting(filter, extra.awaiting, scope.ownUserId, columns);
    if (!extra.fromDate.isEmpty())
        filter.where(dateColumn + QStringLiteral(" >= ?"), {extra.fromDate});
    if (!extra.toDate.isEmpty())
        filter.where(dateColumn + QStringLiteral(" <= ?"), {extra.toDate});
}

} // namespace fielddesk::server
