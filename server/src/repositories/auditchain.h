// The audit log's tamper evidence, as a rule: every row carries chain_hash, the SHA-256 (hex)
// of the hash of the row before it in its tenant (by id; nothing for the first) followed by
// the row's canonical content. A row changed, removed or moved breaks the chain there or at
// the next row. The SQL around it (the tenant's lock, the head, the check of every chain) is
// AuditRepository's.
#pragma once

#include "fielddesk/domain/organisation.h"

#include <QByteArray>

namespace fielddesk::server::AuditChain {

// The row's fields but its id, in the table's column order (tenant_id, actor_user_id,
// actor_email, action, object_type, object_id, location_id, before_json, after_json,
// request_id, created_at), each written as its UTF-8 length in decimal, ':' and its bytes;
// NULL (no tenant, no actor, no object, no location, no before or after) as a single '-'.
QByteArray canonical(const AuditEntry &entry);

// The hash of a row whose predecessor in the tenant's chain has previousHash ("" for the first).
QByteArray link(const QByteArray &previousHash, const AuditEntry &entry);

} // namespace fielddesk::server::AuditChain
