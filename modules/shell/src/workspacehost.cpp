#include "fielddesk/shell/workspacehost.h"

#include "fielddesk/client/authsession.h"
#include "fielddesk/shell/viewlayoutsettings.h"

namespace fielddesk::shell {

WorkspaceHost::WorkspaceHost(QWidget *welcomePage, QWidget *parent)
    : QStackedWidget(parent)
    , m_welcomePage(welcomePage)
{
    setObjectName(QStringLiteral("panes"));
    addWidget(welcomePage);
}

WorkspaceHost::~WorkspaceHost() = default;

void WorkspaceHost::registerWorkspace(WorkspaceSpec spec)
{
    Q_ASSERT(!this->spec(spec.id));
    m_specs.append(std::move(spec));
}

QList<const WorkspaceSpec *> WorkspaceHost::allowedFor(std::optional<Role> role) const
{
    QList<const WorkspaceSpec *> allowed;
    for (const WorkspaceSpec &candidate : m_specs) {
        if (candidate.allows(role))
            allowed.append(&candidate);
    }
    return allowed;
}

const WorkspaceSpec *WorkspaceHost::spec(const QString &id) const
{
    for (const WorkspaceSpec &candidate : m_specs) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void WorkspaceHost::open(const QString &id, const client::AuthSession &session)
{
    const WorkspaceSpec *found = spec(id);
    if (!found)
        return;
    QWidget *widget = m_widgets.value(id);
    if (!widget) {
        widget = found->create(this);
        // A page of the main window, never a window of its own (a QMainWindow would be one).
        widget->setWindowFlags(Qt::Widget);
        addWidget(widget);
        m_widgets.insert(id, widget);
    }
    if (!m_started.contains(id)) {
        m_started.insert(id);
        m_user = session.email().toLower();
        found->start(widget, session);
        if (!found->keepsOwnLayout)
            ViewLayoutSettings::restore(widget, layoutGroup(id));
    }
    setCurrentWidget(widget);
}

void WorkspaceHost::closeAll()
{
    saveLayouts();
    setCurrentWidget(m_welcomePage);
    for (const QString &id : std::as_const(m_started)) {
        if (const WorkspaceSpec *found = spec(id))
            found->stop(m_widgets.value(id));
    }
    m_started.clear();
}

void WorkspaceHost::saveLayouts() const
{
    for (const QString &id : std::as_const(m_started)) {
        const WorkspaceSpec *found = spec(id);
        if (found && !found->keepsOwnLayout)
            ViewLayoutSettings::save(m_widgets.value(id), layoutGroup(id));
    }
}

QString WorkspaceHost::layoutGroup(const QString &id) const
{
    return QStringLiteral("Layouts/%1/%2").arg(m_user, id);
}

QString WorkspaceHost::currentWorkspaceId() const
{
    return m_widgets.key(currentWidget());
}

} // namespace fielddesk::shell
