#include "services/workflow.h"

#include "fielddesk/domain/jsonwriter.h"

namespace fielddesk::server {

std::optional<QString> Workflow::next(const QString &action, const QString &from) const
{
    for (const WorkflowStep &step : m_steps) {
        if (step.action == action && step.from == from)
            return step.to;
    }
    return std::nullopt;
}

QStringList Workflow::allowedFrom(const QString &from) const
{
    QStringList actions;
    for (const WorkflowStep &step : m_steps) {
        if (step.from == from)
            actions << step.action;
    }
    return actions;
}

QStringList Workflow::actions() const
{
    QStringList actions;
    for (const WorkflowStep &step : m_steps) {
        if (!actions.contains(step.action))
            actions << step.action;
    }
    return actions;
}

Failure Workflow::illegal(const QString &object,
                          const QString &action,
                          const QString &from,
                          const QByteArray &currentJson) const
{
    const QStringList allowed = allowedFrom(from);
    JsonWriter list(64);
    list.beginArray();
    for (const QString &a : allowed)
        list.value(a);
    list.endArray();
    Failure f = Failure::conflict(
        QStringLiteral("%1 cannot take the step \"%2\": it is %3. %4")
            .arg(object, action, from,
                 allowed.isEmpty()
                     ? QStringLiteral("It is finished.")
                     : QStringLiteral("Allowed: %1.").arg(allowed.join(QStringLiteral(", ")))));
    f.type = QStringLiteral("/problems/illegal-transition");
    f.title = QStringLiteral("Illegal status change");
    f.extensions.append({"allowed", list.take()});
    f.extensions.append({"current", currentJson});
    return f;
}

} // namespace fielddesk::server
