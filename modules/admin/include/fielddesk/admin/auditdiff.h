// An audit row's before and after as lines a person reads: one per field, nested objects
// flattened to dotted names ("settings.travel_speed_kmh"), lists of plain values joined with
// commas, lists of objects numbered ("items[1].size"), instants in the tenant's local time;
// each line says whether it changed.
// Part of fielddesk_admin (QtCore only).
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace fielddesk::admin {

class AuditDiff
{
    Q_DECLARE_TR_FUNCTIONS(AuditDiff)

public:
    struct Line
    {
        QString field;
        QString before; // empty: the field was not there (a new record)
        QString after;  // empty: the field is gone (a deleted record)
        bool changed = false;
    };

    // The lines of every field before or after, in the order they come, changed or not.
    // Instants (ISO 8601 with a zone) read in `zone` when it is valid.
    static QList<Line>
    compare(const QJsonValue &before, const QJsonValue &after, const QTimeZone &zone = {});
    // One value as text: plain values as they read, lists joined, "(none)" for null.
    static QString text(const QJsonValue &value, const QTimeZone &zone = {});
    // The changed lines in one line of text ("role: employee → manager; active: yes → no").
    static QString summary(const QList<Line> &lines);
};

} // namespace fielddesk::admin
