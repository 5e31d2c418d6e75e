#include "fielddesk/client/jobstatustext.h"

namespace fielddesk::client {

QString JobStatusText::title(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return tr("New");
    case JobStatus::Scheduled:
        return tr("Scheduled");
    case JobStatus::Dispatched:
        return tr("Dispatched");
    case JobStatus::EnRoute:
        return tr("En route");
    case JobStatus::OnSite:
        return tr("On site");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace fielddesk::client
