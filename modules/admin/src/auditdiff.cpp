#include "fielddesk/admin/auditdiff.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace fielddesk::admin {

namespace {

bool isPlain(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

bool allPlain(const QJsonArray &array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return isPlain(v); });
}

// The value's leaves under their dotted names, in the order they come.
void flatten(const QString &name,
             const QJsonValue &value,
             QList<std::pair<QString, QJsonValue>> &out)
{
    const auto child = [&name](const QString &key) {
        return name.isEmpty() ? key : name + QLatin1Char('.') + key;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty() && !name.isEmpty())
            out.append({name, value});
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(child(it.key()), it.value(), out);
    } else if (value.isArray() && !allPlain(value.toArray())) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(QStringLiteral("%1[%2]").arg(name).arg(i), array.at(i), out);
    } else if (!name.isEmpty() || !value.isUndefined()) {
        out.append({name, value});
    }
}

} // namespace

QString AuditDiff::text(const QJsonValue &value, const QTimeZone &zone)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Ids and counts read without a thousands separator; they are looked up, not summed.
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 12);
    }
    case QJsonValue::String: {
        // "2026-12-02T15:31:49.160Z" reads as the tenant's clock does.
        const QString string = value.toString();
        if (zone.isValid() && string.contains(QLatin1Char('T'))) {
            if (const std::optional<QDateTime> time = parseTimestamp(string))
                return client::display::dateTimeWithSeconds(time->toTimeZone(zone));
        }
        return string;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << text(item, zone);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QList<AuditDiff::Line>
AuditDiff::compare(const QJsonValue &before, const QJsonValue &after, const QTimeZone &zone)
{
    QList<std::pair<QString, QJsonValue>> old;
    QList<std::pair<QString, QJsonValue>> now;
    if (!before.isNull())
        flatten({}, before, old);
    if (!after.isNull())
        flatten({}, after, now);
    QList<Line> lines;
    const auto valueIn = [](const QList<std::pair<QString, QJsonValue>> &leaves,
                            const QString &field) -> std::optional<QJsonValue> {
        for (const auto &[name, value] : leaves) {
            if (name == field)
                return value;
        }
        return std::nullopt;
    };
    // The fields after the change in their order, then those that are gone.
    for (const auto &[field, value] : std::as_const(now)) {
        const std::optional<QJsonValue> was = valueIn(old, field);
        lines.append(
            {field, was ? text(*was, zone) : QString(), text(value, zone), !was || *was != value});
    }
    for (const auto &[field, value] : std::as_const(old)) {
        if (!valueIn(now, field))
            lines.append({field, text(value, zone), QString(), true});
    }
    return lines;
}

QString AuditDiff::summary(const QList<Line> &lines)
{
    QStringList changes;
    for (const Line &line : lines) {
        if (line.changed)
            changes << tr("%1: %2 → %3", "field: before → after")
                           .arg(line.field, line.before.isEmpty() ? tr("(none)") : line.before,
                                line.after.isEmpty() ? tr("(none)") : line.after);
    }
    return changes.join(QStringLiteral("; "));
}

} // namespace fielddesk::admin
