#include "fielddesk/mywork/formrefusal.h"

#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/mywork/pendingattachmentlist.h"

namespace fielddesk::mywork {

void FormRefusal::show(const client::ApiError &error,
                       const FieldPlacer &placeAtFields,
                       PendingAttachmentList *attachments,
                       forms::MessageLabel *message)
{
    if (error.fieldErrors.isEmpty()) {
        message->showMessage(error.message());
        return;
    }
    QStringList elsewhere;
    for (const FieldError &e : placeAtFields(error.fieldErrors)) {
        if (attachments && e.field.startsWith(QLatin1String("media_ids")))
            attachments->showMessage(e.message);
        else
            elsewhere << (e.field.isEmpty() ? e.message : tr("%1: %2").arg(e.field, e.message));
    }
    message->showMessage(elsewhere.isEmpty() ? tr("Please correct the marked fields.")
                                             : elsewhere.join(QLatin1Char('\n')));
}

} // namespace fielddesk::mywork
