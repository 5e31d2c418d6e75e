// How a form shows the server's refusal of what it sent: each field error where the form puts
// it (placeAtFields shows them and returns those it has no place for), any other at the top;
// with field errors only, the top asks to correct the marked fields. New requests, expenses,
// spiffs and the admin's records all answer a 422 this way. Part of fielddesk_forms.
#pragma once

#include "fielddesk/client/apierror.h"

#include <QCoreApplication>

#include <functional>

namespace fielddesk::forms {

class MessageLabel;

class FormRefusal
{
    Q_DECLARE_TR_FUNCTIONS(FormRefusal)

public:
    using FieldError = client::ApiError::FieldError;
    using FieldPlacer = std::function<QList<FieldError>(const QList<FieldError> &errors)>;

    static void
    show(const client::ApiError &error, const FieldPlacer &placeAtFields, MessageLabel *message);
};

} // namespace fielddesk::forms
