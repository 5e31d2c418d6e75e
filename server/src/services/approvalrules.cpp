#include "services/approvalrules.h"

#include <QHash>

namespace fielddesk::server::approval {

namespace {

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

// "a request", "an expense".
QString withArticle(const QString &noun)
{
    const bool vowel = !noun.isEmpty() && QStringLiteral("aeiou").contains(noun.at(0));
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + noun;
}

} // namespace

bool decidesAt(const Principal &caller, qint64 locationId)
{
    if (caller.isCustomerKey())
        return false;
    return caller.role == Role::Admin ||
           (caller.role == Role::Manager && caller.locationIds.contains(locationId));
}

Result<AwaitingMe> awaitingMeOf(const Principal &caller, const ListQuery &query)
{
    AwaitingMe awaiting;
    const QString value =
        query.raw.queryItemValue(QStringLiteral("awaiting_me"), QUrl::FullyDecoded);
    if (value.isEmpty())
        return awaiting;
    if (value != QLatin1String("true") && value != QLatin1String("false"))
        return Failure::validation(QStringLiteral("awaiting_me"),
                                   QStringLiteral("must be true or false"));
    if (value == QLatin1String("true")) {
        awaiting.only = true;
        if (caller.role == Role::Manager && !caller.isCustomerKey())
            awaiting.at = caller.locationIds;
        else if (!caller.isAdmin())
            awaiting.at = QList<qint64>(); // decides nothing: nothing awaits them
    }
    return awaiting;
}

Failure staleVersion(const ApprovalSubject &current, qint64 expectedVersion)
{
    Failure f = Failure::conflict(
        QStringLiteral("%1 #%2 is at version %3, you sent %4; nothing was changed.")
            .arg(capitalised(current.noun))
            .arg(current.id)
            .arg(current.version)
            .arg(expectedVersion));
    f.type = QStringLiteral("/problems/version-conflict");
    f.title = QStringLiteral("The %1 was changed meanwhile").arg(current.noun);
    f.extensions.append({"current", current.currentJson});
    return f;
}

Result<QString> checkStep(const Principal &caller,
                          const Workflow &workflow,
                          const ApprovalSubject &subject,
                          const ApprovalDecision &decision)
{
    if (decision.action == kCancel) {
        if (subject.ownerId != caller.userId && subject.alsoCancelledBy != caller.userId)
            return Failure::forbidden(QStringLiteral("Only the %1 can cancel %2.")
                                          .arg(subject.ownerWord, withArticle(subject.noun)));
    } else {
        if (!decidesAt(caller, subject.locationId))
            return Failure::forbidden(
                QStringLiteral("Managers of the %1's location and admins decide %1s.")
                    .arg(subject.noun));
        if (subject.ownerId == caller.userId)
            return Failure::forbidden(
                QStringLiteral("Nobody decides their own %1.").arg(subject.noun));
    }
    if (decision.expectedVersion && *decision.expectedVersion != subject.version)
        return staleVersion(subject, *decision.expectedVersion);
    const std::optional<QString> next = workflow.next(decision.action, subject.status);
    if (!next)
        return workflow.illegal(
            QStringLiteral("%1 #%2").arg(capitalised(subject.noun)).arg(subject.id),
            decision.action, subject.status, subject.currentJson);
    if (decision.action == kReject && decision.comment.isEmpty())
        return Failure::validation(QStringLiteral("comment"),
                                   QStringLiteral("is required to reject: say why"));
    return *next;
}

Failure frozen(const Workflow &workflow, const ApprovalSubject &subject, const QString &hint)
{
    const QString title = QStringLiteral("%1 #%2").arg(capitalised(subject.noun)).arg(subject.id);
    Failure f =
        workflow.illegal(title, QStringLiteral("edit"), subject.status, subject.currentJson);
    f.detail = QStringLiteral("%1 is %2: only %3 awaiting a decision can be changed.%4")
                   .arg(title, subject.status, withArticle(subject.noun),
                        hint.isEmpty() ? QString() : QLatin1Char(' ') + hint);
    return f;
}

bool isDecision(const QString &action)
{
    return action == kApprove || action == kReject;
}

QString pastTense(const QString &action)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("approve"), QStringLiteral("approved")},
        {QStringLiteral("reject"), QStringLiteral("rejected")},
        {QStringLiteral("fulfil"), QStringLiteral("fulfilled")},
        {QStringLiteral("cancel"), QStringLiteral("cancelled")},
        {QStringLiteral("revoke"), QStringLiteral("revoked")},
        {QStringLiteral("reimburse"), QStringLiteral("reimbursed")},
        {QStringLiteral("pay"), QStringLiteral("paid")}};
    return words.value(action, action);
}

} // namespace fielddesk::server::approval
