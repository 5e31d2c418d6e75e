#include "fielddesk/forms/formrefusal.h"

#include "fielddesk/forms/messagelabel.h"

namespace fielddesk::forms {

void FormRefusal::show(const client::ApiError &error,
                       const FieldPlacer &placeAtFields,
                       MessageLabel *message)
{
    if (error.fieldErrors.isEmpty()) {
        message->showMessage(error.message());
        return;
    }
    QStringList elsewhere;
    for (const FieldError &e : placeAtFields(error.fieldErrors))
        elsewhere << (e.field.isEmpty() ? e.message : tr("%1: %2").arg(e.field, e.message));
    message->showMessage(elsewhere.isEmpty() ? tr("Please correct the marked fields.")
                                             : elsewhere.join(QLatin1Char('\n')));
}

} // namespace fielddesk::forms
