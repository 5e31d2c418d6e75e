// How a person reads a job's editable fields (jobfields.h): each field's title, and its value
// in words ("Furnace tune-up", "Tue 3 Mar 08:00–10:00 MST", "hvac, ducts", "none"). The
// conflict comparison shows the three versions of a job with it.
// Part of fielddesk_jobedit.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace fielddesk::jobedit {

class JobFieldText
{
    Q_DECLARE_TR_FUNCTIONS(JobFieldText)

public:
    // Windows read in zone; services are named from the catalogue (id → name).
    explicit JobFieldText(QTimeZone zone, QHash<qint64, QString> serviceNames = {});

    static QString title(const QString &field);
    QString text(const Job &job, const QString &field) const;
    static QString priorityText(int priority);

private:
    QTimeZone m_zone;
    QHash<qint64, QString> m_serviceNames;
};

} // namespace fielddesk::jobedit
