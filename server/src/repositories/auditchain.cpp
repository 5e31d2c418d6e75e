#include "repositories/auditchain.h"

#include <QCryptographicHash>

namespace fielddesk::server::AuditChain {

namespace {

void appendField(QByteArray &out, const QByteArray &bytes)
{
    out.append(QByteArray::number(bytes.size())).append(':').append(bytes);
}

void appendField(QByteArray &out, const QString &text)
{
    appendField(out, text.toUtf8());
}

void appendOptional(QByteArray &out, const std::optional<qint64> &value)
{
    if (value)
        appendField(out, QByteArray::number(*value));
    else
        out.append('-');
}

void appendOptional(QByteArray &out, const QByteArray &json)
{
    if (json.isEmpty())
        out.append('-');
    else
        appendField(out, json);
}

} // namespace

QByteArray canonical(const AuditEntry &entry)
{
    QByteArray out;
    out.reserve(256 + entry.beforeJson.size() + entry.afterJson.size());
    appendOptional(out, entry.tenantId ? std::optional<qint64>(entry.tenantId) : std::nullopt);
    appendOptional(out, entry.actorUserId);
    appendField(out, entry.actorEmail);
    appendField(out, entry.action);
    appendField(out, entry.objectType);
    appendOptional(out, entry.objectId);
    appendOptional(out, entry.locationId);
    appendOptional(out, entry.beforeJson);
    appendOptional(out, entry.afterJson);
    appendField(out, entry.requestId);
    appendField(out, entry.createdAt);
    return out;
}

QByteArray link(const QByteArray &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonical(entry));
    return hash.result().toHex();
}

} // namespace fielddesk::server::AuditChain
