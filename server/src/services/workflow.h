// A lifecycle as data: which action takes an object from which status to which. Requests use
// it, and so will expenses and spiffs; an illegal step is answered the same way everywhere
// (409 /problems/illegal-transition naming the allowed actions and carrying the object as it
// is now).
#pragma once

#include "core/failure.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::server {

struct WorkflowStep
{
    QString action; // "approve"
    QString from;   // "submitted"
    QString to;     // "approved"
};

class Workflow
{
public:
    explicit Workflow(QList<WorkflowStep> steps)
        : m_steps(std::move(steps))
    {}

    // The status `action` leads to from `from`; nullopt when it is not allowed there.
    std::optional<QString> next(const QString &action, const QString &from) const;
    // The actions allowed from `from`, in the order the steps were given.
    QStringList allowedFrom(const QString &from) const;
    // Every action of the lifecycle once, in the order the steps were given.
    QStringList actions() const;
    // 409 for `action` on an object in status `from`: "Request #12 cannot be approved: it is
    // rejected. Allowed: cancel." with "allowed" and "current" members.
    Failure illegal(const QString &object,
                    const QString &action,
                    const QString &from,
                    const QByteArray &currentJson) const;

private:
    QList<WorkflowStep> m_steps;
};

} // namespace fielddesk::server
