#include "fielddesk/requests/requesttext.h"

#include "fielddesk/client/displayformat.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>
#include <utility>

namespace fielddesk::requests {

namespace {

QJsonObject detailsOf(const Request &request)
{
    return QJsonDocument::fromJson(request.detailsJson).object();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString toolName(const Catalogs &catalogs, qint64 id)
{
    for (const Tool &tool : catalogs.tools) {
        if (tool.id == id)
            return tool.name;
    }
    return RequestText::tr("Tool #%1").arg(id);
}

QString clothingName(const Catalogs &catalogs, qint64 id)
{
    for (const ClothingItem &item : catalogs.clothingItems) {
        if (item.id == id)
            return item.name;
    }
    return RequestText::tr("Item #%1").arg(id);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString shortDateTime(const QString &iso)
{
    return RequestText::moment(iso);
}

// The first and last day a time off takes whole (midnight to midnight on the company's clock);
// none when it starts or ends within a day.
std::optional<std::pair<QDate, QDate>> wholeDays(const QJsonObject &d)
{
    const QDateTime starts = QDateTime::fromString(text(d, "starts_at"), Qt::ISODateWithMs);
    const QDateTime ends = QDateTime::fromString(text(d, "ends_at"), Qt::ISODateWithMs);
    if (!starts.isValid() || !ends.isValid())
        return std::nullopt;
    const QDateTime from = client::display::inTimeZone(starts);
    const QDateTime to = client::display::inTimeZone(ends);
    // Days start at midnight, or at 01:00 where daylight saving skips midnight.
    const auto startsADay = [](const QDateTime &t) {
        return t == t.date().startOfDay(t.timeZone());
    };
    if (!startsADay(from) || !startsADay(to) || to.date() <= from.date())
        return std::nullopt;
    return std::pair{from.date(), to.date().addDays(-1)};
}

// Whole days read as dates, the last one included: "12/14/26 – 12/17/26 (4 days)", not
// "12/14/26 12:00 AM – 12/18/26 12:00 AM". Hours within one day read as that day and two times.
QString timeOffSpan(const QJsonObject &d)
{
    const QDateTime starts = QDateTime::fromString(text(d, "starts_at"), Qt::ISODateWithMs);
    const QDateTime ends = QDateTime::fromString(text(d, "ends_at"), Qt::ISODateWithMs);
    if (!starts.isValid() || !ends.isValid())
        return {};
    if (const auto days = wholeDays(d)) {
        const auto [first, last] = *days;
        if (last == first)
            return RequestText::tr("%1 (all day)").arg(shortDate(first));
        return RequestText::tr("%1 – %2 (%n day(s))", nullptr, int(first.daysTo(last)) + 1)
            .arg(shortDate(first), shortDate(last));
    }
    const QDateTime from = client::display::inTimeZone(starts);
    const QDateTime to = client::display::inTimeZone(ends);
    if (from.date() == to.date())
        return RequestText::tr("%1 – %2").arg(RequestText::moment(starts),
                                              client::display::time(to.time()));
    return RequestText::tr("%1 – %2").arg(shortDateTime(text(d, "starts_at")),
                                          shortDateTime(text(d, "ends_at")));
}

QStringList clothingLines(const QJsonObject &d, const Catalogs &catalogs)
{
    QStringList lines;
    const QJsonArray items = d.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject line = value.toObject();
        lines << RequestText::tr("%1 (%2) ×%3")
                     .arg(clothingName(catalogs,
                                       line.value(QStringLiteral("clothing_item_id")).toInteger()),
                          text(line, "size"))
                     .arg(line.value(QStringLiteral("quantity")).toInteger());
    }
    return lines;
}

} // namespace

QString RequestText::momentFormat()
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss")); // seconds say nothing about a request
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString RequestText::moment(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(client::display::inTimeZone(at), momentFormat())
                        : QString();
}

QString RequestText::moment(const QString &isoTimestamp)
{
    const QDateTime at = QDateTime::fromString(isoTimestamp, Qt::ISODateWithMs);
    return at.isValid() ? moment(at) : isoTimestamp;
}

QString RequestText::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("tool"))
        return tr("Tool");
    if (kind == QLatin1String("clothing"))
        return tr("Clothing");
    if (kind == QLatin1String("time_off"))
        return tr("Time off");
    if (kind == QLatin1String("repair"))
        return tr("Repair");
    if (kind == QLatin1String("suggestion"))
        return tr("Suggestion");
    if (kind == QLatin1String("referral"))
        return tr("Referral");
    return kind;
}

QString RequestText::statusTitle(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return tr("Awaiting decision");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("fulfilled"))
        return tr("Fulfilled");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    return status;
}

QString RequestText::timeOffTypeTitle(const QString &type)
{
    if (type == QLatin1String("vacation"))
        return tr("Vacation");
    if (type == QLatin1String("sick"))
        return tr("Sick leave");
    if (type == QLatin1String("personal"))
        return tr("Personal");
    if (type == QLatin1String("unpaid"))
        return tr("Unpaid leave");
    return type;
}

QString RequestText::severityTitle(const QString &severity)
{
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    return severity;
}

QString RequestText::summary(const Request &request, const Catalogs &catalogs)
{
    const QJsonObject d = detailsOf(request);
    if (request.kind == QLatin1String("tool")) {
        return tr("%1 ×%2, needed by %3")
            .arg(toolName(catalogs, d.value(QStringLiteral("tool_id")).toInteger()))
            .arg(d.value(QStringLiteral("quantity")).toInteger())
            .arg(shortDate(QDate::fromString(text(d, "needed_by"), Qt::ISODate)));
    }
    if (request.kind == QLatin1String("clothing"))
        return clothingLines(d, catalogs).join(QStringLiteral(", "));
    if (request.kind == QLatin1String("time_off"))
        return tr("%1, %2").arg(timeOffTypeTitle(text(d, "type")), timeOffSpan(d));
    if (request.kind == QLatin1String("repair"))
        return tr("%1 (%2)").arg(text(d, "subject"), severityTitle(text(d, "severity")));
    if (request.kind == QLatin1String("suggestion"))
        return text(d, "title");
    if (request.kind == QLatin1String("referral"))
        return tr("To %1: %2").arg(text(d, "partner_name"), text(d, "contact_name"));
    return {};
}

QString RequestText::fieldTitle(const QString &field)
{
    struct Title
    {
        const char *field;
        const char *text;
    };
    static constexpr Title kTitles[] = {
        {"tool_id", QT_TR_NOOP("Tool")},
        {"quantity", QT_TR_NOOP("Quantity")},
        {"needed_by", QT_TR_NOOP("Needed by")},
        {"reason", QT_TR_NOOP("Reason")},
        {"items", QT_TR_NOOP("Items")},
        {"clothing_item_id", QT_TR_NOOP("Item")},
        {"size", QT_TR_NOOP("Size")},
        {"type", QT_TR_NOOP("Type")},
        {"starts_at", QT_TR_NOOP("From")},
        {"ends_at", QT_TR_NOOP("Until")},
        {"days", QT_TR_NOOP("Days")},
        {"note", QT_TR_NOOP("Note")},
        {"subject", QT_TR_NOOP("Subject")},
        {"severity", QT_TR_NOOP("Severity")},
        {"vehicle_id", QT_TR_NOOP("Vehicle")},
        {"description", QT_TR_NOOP("Description")},
        {"title", QT_TR_NOOP("Title")},
        {"text", QT_TR_NOOP("Suggestion")},
        {"partner_name", QT_TR_NOOP("Partner")},
        {"contact_name", QT_TR_NOOP("Contact")},
        {"contact_phone", QT_TR_NOOP("Phone")},
        {"contact_email", QT_TR_NOOP("Email")},
        {"customer_id", QT_TR_NOOP("Customer")},
        {"notes", QT_TR_NOOP("Notes")},
    };
    for (const Title &title : kTitles) {
        if (field == QLatin1String(title.field))
            return tr(title.text);
    }
    return field;
}

QList<RequestText::Line> RequestText::detailLines(const Request &request, const Catalogs &catalogs)
{
    const QJsonObject d = detailsOf(request);
    QList<Line> lines;
    const auto add = [&lines](const char *field, const QString &value) {
        if (!value.isEmpty())
            lines.append({fieldTitle(QLatin1String(field)), value});
    };
    const auto addText = [&](const char *field) { add(field, text(d, field)); };
    const auto addId = [&](const char *field) {
        const QJsonValue id = d.value(QLatin1String(field));
        if (id.isDouble())
            add(field, tr("#%1").arg(id.toInteger()));
    };
    if (request.kind == QLatin1String("tool")) {
        add("tool_id", toolName(catalogs, d.value(QStringLiteral("tool_id")).toInteger()));
        add("quantity", QString::number(d.value(QStringLiteral("quantity")).toInteger()));
        add("needed_by", shortDate(QDate::fromString(text(d, "needed_by"), Qt::ISODate)));
        addText("reason");
    } else if (request.kind == QLatin1String("clothing")) {
        add("items", clothingLines(d, catalogs).join(QLatin1Char('\n')));
    } else if (request.kind == QLatin1String("time_off")) {
        add("type", timeOffTypeTitle(text(d, "type")));
        if (wholeDays(d)) { // the days, as the summary says them
            add("days", timeOffSpan(d));
        } else {
            add("starts_at", shortDateTime(text(d, "starts_at")));
            add("ends_at", shortDateTime(text(d, "ends_at")));
        }
        addText("note");
    } else if (request.kind == QLatin1String("repair")) {
        addText("subject");
        add("severity", severityTitle(text(d, "severity")));
        addId("vehicle_id");
        addText("description");
    } else if (request.kind == QLatin1String("suggestion")) {
        addText("title");
        addText("text");
    } else if (request.kind == QLatin1String("referral")) {
        for (const char *field : {"partner_name", "contact_name", "contact_phone", "contact_email"})
            addText(field);
        addId("customer_id");
        addText("notes");
    }
    return lines;
}

QString RequestText::historyAction(const RequestHistoryEntry &entry)
{
    const QString &who = entry.actorName;
    const QString &action = entry.action;
    if (action == QLatin1String("submitted"))
        return tr("%1 submitted the request").arg(who);
    if (action == QLatin1String("approved"))
        return tr("%1 approved").arg(who);
    if (action == QLatin1String("rejected"))
        return tr("%1 rejected").arg(who);
    if (action == QLatin1String("fulfilled"))
        return tr("%1 marked it fulfilled").arg(who);
    if (action == QLatin1String("cancelled"))
        return tr("%1 cancelled the request").arg(who);
    if (action == QLatin1String("revoked"))
        return tr("%1 revoked the approval").arg(who);
    if (action == QLatin1String("commented"))
        return tr("%1 commented").arg(who);
    return tr("%1: %2").arg(who, action);
}

} // namespace fielddesk::requests
