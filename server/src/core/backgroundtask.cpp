#include "core/backgroundtask.h"

#include "app/logline.h"

namespace fielddesk::server {

void logBackgroundFailure(const char *what)
{
    LogLine("error", "background_task_failed").field("error", QString::fromUtf8(what));
}

} // namespace fielddesk::server
