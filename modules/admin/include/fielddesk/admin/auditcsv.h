// The audit rows an export selected as CSV (RFC 4180, UTF-8, a header line): time in the
// tenant's zone, who, action, record, the changed fields in words, and the request id.
// Part of fielddesk_admin (QtCore only).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace fielddesk::admin {

class AuditCsv
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsv)

public:
    static QByteArray write(const QList<QJsonObject> &entries, const QTimeZone &zone);
};

} // namespace fielddesk::admin
