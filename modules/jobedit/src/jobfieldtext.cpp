#include "fielddesk/jobedit/jobfieldtext.h"

#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"

namespace fielddesk::jobedit {

JobFieldText::JobFieldText(QTimeZone zone, QHash<qint64, QString> serviceNames)
    : m_zone(std::move(zone))
    , m_serviceNames(std::move(serviceNames))
{}

QString JobFieldText::title(const QString &field)
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("customer"))
        return tr("Customer");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("service"))
        return tr("Service");
    if (field == QLatin1String("required_skills"))
        return tr("Required skills");
    if (field == QLatin1String("priority"))
        return tr("Priority");
    if (field == QLatin1String("duration_min"))
        return tr("Duration");
    if (field == QLatin1String("window"))
        return tr("Time window");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    return field;
}

QString JobFieldText::priorityText(int priority)
{
    switch (priority) {
    case 1:
        return tr("1 – lowest");
    case 2:
        return tr("2 – low");
    case 3:
        return tr("3 – normal");
    case 4:
        return tr("4 – high");
    default:
        return tr("5 – most urgent");
    }
}

QString JobFieldText::text(const Job &job, const QString &field) const
{
    const QString none = tr("none");
    if (field == QLatin1String("title"))
        return job.title;
    if (field == QLatin1String("customer")) {
        if (!job.customerId)
            return none;
        return job.customerName.isEmpty() ? tr("Customer #%1").arg(*job.customerId)
                                          : job.customerName;
    }
    if (field == QLatin1String("address"))
        return job.address.isEmpty() ? none : job.address;
    if (field == QLatin1String("service")) {
        if (!job.serviceId)
            return none;
        return m_serviceNames.value(*job.serviceId, tr("Service #%1").arg(*job.serviceId));
    }
    if (field == QLatin1String("required_skills")) {
        QStringList skills = job.requiredSkills;
        skills.sort();
        return skills.isEmpty() ? none : skills.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("priority"))
        return priorityText(job.priority);
    if (field == QLatin1String("duration_min"))
        return tr("%n min", nullptr, job.durationMin);
    if (field == QLatin1String("window")) {
        const std::optional<QDateTime> start = parseTimestamp(job.windowStart);
        const std::optional<QDateTime> end = parseTimestamp(job.windowEnd);
        if (!start || !end)
            return none;
        return LocalClock(QString::fromUtf8(m_zone.id())).span(*start, *end);
    }
    if (field == QLatin1String("notes"))
        return job.notes.isEmpty() ? none : job.notes;
    return {};
}

} // namespace fielddesk::jobedit
