// The fields of a job a dispatcher edits, grouped as a person reads them (the address is one
// field, made of its id, text and coordinates; the window is its start and end): their values
// as the API's JSON members, what differs between two versions of a job, and copying a field
// from one version to another. The one home of "what an edit of a job sends": the new-job and
// edit dialogs and the conflict comparison all use it. Part of fielddesk_jobedit: QtCore and
// fielddesk_domain only.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QJsonObject>
#include <QStringList>

namespace fielddesk::jobedit {

// The fields' keys, in the order a form shows them.
QStringList editableJobFields();

// The API members of one field ("window": {"window_start", "window_end"}); null members for
// what the job does not have.
QJsonObject fieldValue(const Job &job, const QString &field);

// The API members of every field whose value differs from `from` to `to`: what a PATCH sends
// to turn `from` into `to`.
QJsonObject changedFields(const Job &from, const Job &to);
// The fields (keys) that differ.
QStringList changedFieldKeys(const Job &from, const Job &to);

// `to`'s field takes `from`'s value (with what shows of it, e.g. the customer's name).
void copyField(const Job &from, Job &to, const QString &field);

// The API members of every field the job has a value for, and its location: a POST /jobs body.
QJsonObject creationBody(const Job &job);

} // namespace fielddesk::jobedit
