// How a dialog shows the server's refusal of what it sent: each field error at its field
// (placeAtFields shows them and returns those it has no field for), an error about media_ids
// at the attachments, any other at the top; with field errors only, the top asks to correct
// the marked fields. New requests, expenses and spiffs all answer a 422 this way.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/client/apierror.h"

#include <QCoreApplication>

#include <functional>

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class PendingAttachmentList;

class FormRefusal
{
    Q_DECLARE_TR_FUNCTIONS(FormRefusal)

public:
    using FieldError = client::ApiError::FieldError;
    using FieldPlacer = std::function<QList<FieldError>(const QList<FieldError> &errors)>;

    // attachments may be null (a form without files).
    static void show(const client::ApiError &error,
                     const FieldPlacer &placeAtFields,
                     PendingAttachmentList *attachments,
                     forms::MessageLabel *message);
};

} // namespace fielddesk::mywork
