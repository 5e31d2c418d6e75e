// The words a job's status is shown with in the console: the board's grids, menus and
// details, the timeline's tooltips and a technician's own jobs in "my work". The one home of
// these words, below every workspace that shows jobs. Part of fielddesk_client: QtCore only.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QCoreApplication>
#include <QString>

namespace fielddesk::client {

class JobStatusText
{
    Q_DECLARE_TR_FUNCTIONS(JobStatusText)

public:
    static QString title(JobStatus status);
};

} // namespace fielddesk::client
