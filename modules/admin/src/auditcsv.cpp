#include "fielddesk/admin/auditcsv.h"

#include "fielddesk/admin/auditdiff.h"
#include "fielddesk/admin/auditlogmodel.h"
#include "fielddesk/domain/timestamps.h"

#include <QStringList>

namespace fielddesk::admin {

namespace {

QString csvField(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// A spreadsheet reads one fixed form, whatever the language of the console that wrote it.
QString machineTime(const QJsonObject &entry, const QTimeZone &zone)
{
    const std::optional<QDateTime> time =
        parseTimestamp(entry.value(QLatin1String("created_at")).toString());
    return time ? time->toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
}

} // namespace

QByteArray AuditCsv::write(const QList<QJsonObject> &entries, const QTimeZone &zone)
{
    QByteArray csv =
        csvLine({tr("Time (%1)").arg(QString::fromLatin1(zone.id())), tr("Who"), tr("Action"),
                 tr("Record type"), tr("Record id"), tr("Changes"), tr("Request id")});
    for (const QJsonObject &entry : entries) {
        const QJsonValue id = entry.value(QLatin1String("object_id"));
        csv += csvLine(
            {machineTime(entry, zone), AuditLogModel::actorText(entry),
             entry.value(QLatin1String("action")).toString(),
             entry.value(QLatin1String("object_type")).toString(),
             id.isDouble() ? QString::number(id.toInteger()) : QString(),
             AuditDiff::summary(AuditDiff::compare(entry.value(QLatin1String("before")),
                                                   entry.value(QLatin1String("after")), zone)),
             entry.value(QLatin1String("request_id")).toString()});
    }
    return csv;
}

} // namespace fielddesk::admin
