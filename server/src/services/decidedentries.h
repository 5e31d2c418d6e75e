// What every kind of thing people file for a decision (requests, expenses, spiffs) writes when
// someone changes it, takes a step on it or comments on it: the row (only if still at the
// version read), a line of its history, its event, a notification for whoever filed it and an
// audit row, in one transaction. The rules who may take which step live in
// services/approvalrules.h; each service says what its entries are (DecidedEntryKind).
#pragma once

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/historyrepository.h"
#include "services/approvalrules.h"
#include "services/callcontext.h"
#include "services/notificationservice.h"

#include <functional>

namespace fielddesk::server {

// One kind of entry as the shared steps see it.
template<typename Entry>
struct DecidedEntryKind
{
    // "expense": the word of its messages, audit actions ("expense.approved"), notification
    // kinds and object type; its history is the table expense_history (by expense_id).
    QString noun;
    std::function<ApprovalSubject(const Entry &)> subject;
    std::function<const Workflow &(const Entry &)> workflow;
    std::function<bool(const Principal &, const Entry &)> visibleTo;
    qint64 Entry::*owner = nullptr; // who filed it: hears of its decisions and comments
    // As its owner reads of it: "expense (Fuel, 45.20 USD)", "tool request".
    std::function<QString(const Entry &)> described;
    // Inside the change's transaction: the event that says the entry changed and how.
    std::function<void(Database &, const CallContext &, const Entry &, const QString &action)>
        announce;
    // The step that pays it out ("reimburse") and when it was taken; empty: none.
    QString paymentAction;
    QString Entry::*paidAt = nullptr;

    // Its history table ("expense_history", by "expense_id").
    HistoryRepository history(Database &db) const
    {
        return HistoryRepository(db, noun + QStringLiteral("_history"),
                                 noun + QStringLiteral("_id"));
    }

    // A notification about the entry; kind: after the noun (".submitted").
    Notification notificationAbout(const Entry &entry,
                                   const QString &kind,
                                   const QString &title,
                                   const QString &body = {}) const
    {
        Notification n;
        n.kind = noun + kind;
        n.title = title;
        n.body = body;
        n.objectType = noun;
        n.objectId = entry.id;
        return n;
    }
};

// A line of an entry's history; no actorId: FieldDesk itself took the step.
inline RequestHistoryEntry historyLine(qint64 entryId,
                                       const QString &action,
                                       const QString &fromStatus,
                                       const QString &toStatus,
                                       std::optional<qint64> actorId,
                                       const QString &actorName,
                                       const QString &comment = {})
{
    return {.requestId = entryId,
            .action = action,
            .fromStatus = fromStatus,
            .toStatus = toStatus,
            .actorId = actorId,
            .actorName = actorName,
            .comment = comment};
}

// Repository: find(), findForUpdate() and update(tenantId, before, after) that writes only
// while the stored version is still before.version.
template<typename Entry, typename Repository>
class DecidedEntries
{
public:
    DecidedEntries(Database &db, EventNotifier &events, const DecidedEntryKind<Entry> &kind)
        : m_db(db)
        , m_events(events)
        , m_kind(kind)
    {}

    Failure notFound(qint64 id) const
    {
        return Failure::notFound(QStringLiteral("There is no %1 #%2.").arg(m_kind.noun).arg(id));
    }

    // The entry, if the caller may see it.
    Result<Entry> get(const Principal &caller, qint64 id)
    {
        return seen(caller, id, Repository(m_db).find(caller.tenantId, id));
    }

    // A change of what the entry says. `permitted` refuses it for this caller or status;
    // `apply` changes the entry and checks the result.
    Result<Entry> change(const CallContext &call,
                         qint64 id,
                         std::optional<qint64> expectedVersion,
                         const std::function<std::optional<Failure>(const Entry &)> &permitted,
                         const std::function<std::optional<Failure>(Entry &)> &apply)
    {
        Repository entries(m_db);
        Transaction tx(m_db);
        const Result<Entry> before = locked(call.principal, entries, id);
        if (!before)
            return before;
        if (std::optional<Failure> refused = permitted(*before))
            return *refused;
        if (expectedVersion && *expectedVersion != before->version)
            return approval::staleVersion(m_kind.subject(*before), *expectedVersion);
        Entry after = *before;
        if (std::optional<Failure> wrong = apply(after))
            return *wrong;
        const Result<Entry> stored =
            write(call, entries, *before, after, QStringLiteral("updated"), QString(), {});
        if (!stored)
            return stored;
        commit(tx, call, QStringLiteral("updated"), stored->locationId, *before, *stored);
        return stored;
    }

    // A step of its workflow (approve, reject, cancel, the kind's own); `stepTaken` writes
    // what the step means besides the entry, once the entry is written.
    Result<Entry> decide(const CallContext &call,
                         qint64 id,
                         const ApprovalDecision &decision,
                         const std::function<void(const Entry &after)> &stepTaken = {})
    {
        const Principal &caller = call.principal;
        Repository entries(m_db);
        Transaction tx(m_db);
        const Result<Entry> before = locked(caller, entries, id);
        if (!before)
            return before;
        const Result<QString> next = approval::checkStep(caller, m_kind.workflow(*before),
                                                         m_kind.subject(*before), decision);
        if (!next)
            return next.failure();

        Entry after = *before;
        after.status = *next;
        if (approval::isDecision(decision.action)) {
            after.decidedBy = caller.userId;
            after.decidedByName = caller.name;
            after.decidedAt = nowTimestamp();
            after.decisionComment = decision.comment;
        }
        if (m_kind.paidAt && decision.action == m_kind.paymentAction)
            after.*m_kind.paidAt = nowTimestamp();
        const QString action = approval::pastTense(decision.action);
        const Result<Entry> stored =
            write(call, entries, *before, after, action, decision.comment, stepTaken);
        if (!stored)
            return stored;
        NotificationService::raise(
            m_db, call, {(*before).*m_kind.owner},
            m_kind.notificationAbout(
                *stored, QStringLiteral(".decided"),
                QStringLiteral("Your %1 was %2").arg(m_kind.described(*stored), action),
                decision.comment));
        commit(tx, call, action, before->locationId, *before, *stored);
        return stored;
    }

    Result<RequestHistoryEntry> comment(const CallContext &call, qint64 id, const QString &text)
    {
        const Principal &caller = call.principal;
        Transaction tx(m_db);
        const Result<Entry> entry = seen(caller, id, Repository(m_db).find(caller.tenantId, id));
        if (!entry)
            return entry.failure();
        const RequestHistoryEntry line = m_kind.history(m_db).append(
            caller.tenantId,
            historyLine(id, QStringLiteral("commented"), {}, {}, caller.userId, caller.name, text));
        m_kind.announce(m_db, call, *entry, line.action);
        NotificationService::raise(
            m_db, call, {(*entry).*m_kind.owner},
            m_kind.notificationAbout(*entry, QStringLiteral(".commented"),
                                     QStringLiteral("%1 commented on your %2")
                                         .arg(caller.name, m_kind.described(*entry)),
                                     text));
        tx.commit();
        m_events.notifyCommitted();
        return line;
    }

    // The entry's history, oldest first, if the caller may see it.
    Result<QList<RequestHistoryEntry>> history(const Principal &caller, qint64 id)
    {
        const Result<Entry> entry = get(caller, id);
        if (!entry)
            return entry.failure();
        return m_kind.history(m_db).of(id);
    }

private:
    // The entry locked until the transaction ends, if the caller may see it.
    Result<Entry> locked(const Principal &caller, Repository &entries, qint64 id) const
    {
        return seen(caller, id, entries.findForUpdate(caller.tenantId, id));
    }

    // The audit row of the change ("expense.approved" at `locationId`), then the commit.
    void commit(Transaction &tx,
                const CallContext &call,
                const QString &action,
                qint64 locationId,
                const Entry &before,
                const Entry &stored)
    {
        AuditRepository(m_db).append(call.audit(m_kind.noun + QLatin1Char('.') + action,
                                                m_kind.noun, stored.id, locationId,
                                                toJsonText(before), toJsonText(stored)));
        tx.commit();
        m_events.notifyCommitted();
    }

    // `found` if the caller may see it; otherwise 404, as if it did not exist.
    Result<Entry> seen(const Principal &caller, qint64 id, const std::optional<Entry> &found) const
    {
        if (!found || !m_kind.visibleTo(caller, *found))
            return notFound(id);
        return *found;
    }

    // Writes `after` (a new version) and its history line; the entry as stored, or 409 when
    // someone changed it since `before` was read.
    Result<Entry> write(const CallContext &call,
                        Repository &entries,
                        const Entry &before,
                        Entry after,
                        const QString &action,
                        const QString &comment,
                        const std::function<void(const Entry &)> &stepTaken)
    {
        const Principal &caller = call.principal;
        after.version = before.version + 1;
        after.updatedAt = nowTimestamp();
        if (!entries.update(caller.tenantId, before, after))
            return approval::staleVersion(
                m_kind.subject(entries.find(caller.tenantId, before.id).value()), before.version);
        if (stepTaken)
            stepTaken(after);
        m_kind.history(m_db).append(caller.tenantId,
                                    historyLine(before.id, action, before.status, after.status,
                                                caller.userId, caller.name, comment));
        const Entry stored = entries.find(caller.tenantId, before.id).value();
        m_kind.announce(m_db, call, stored, action);
        return stored;
    }

    Database &m_db;
    EventNotifier &m_events;
    const DecidedEntryKind<Entry> &m_kind;
};

} // namespace fielddesk::server
