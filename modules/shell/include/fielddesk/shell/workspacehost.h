// The main window's area for workspaces: the registered workspaces, each made when it is first
// opened and started once per sign-in, one shown at a time, and the welcome page when none is
// (signed out, or a role with no workspace). Stops every started workspace when the session
// ends. Keeps each user's arrangement of the workspaces' views (ViewLayoutSettings): restored
// when a workspace starts, saved when the session ends or the window closes. Depends on QtWidgets
// and fielddesk_client.
#pragma once

#include "fielddesk/shell/workspacespec.h"

#include <QHash>
#include <QSet>
#include <QStackedWidget>

namespace fielddesk::shell {

class WorkspaceHost : public QStackedWidget
{
    Q_OBJECT

public:
    // The welcome page is shown while no workspace is.
    explicit WorkspaceHost(QWidget *welcomePage, QWidget *parent = nullptr);
    ~WorkspaceHost() override;

    void registerWorkspace(WorkspaceSpec spec);
    // The workspaces the role may use, in the order they were registered.
    QList<const WorkspaceSpec *> allowedFor(std::optional<Role> role) const;

    // Shows the workspace (made and started for the session if it is not yet).
    void open(const QString &id, const client::AuthSession &session);
    // Stops every started workspace (after saving their layouts) and shows the welcome page.
    void closeAll();
    // Saves the signed-in user's layout of every started workspace.
    void saveLayouts() const;
    // Where a workspace's layout is kept for the signed-in user (QSettings group).
    QString layoutGroup(const QString &id) const;

    QString currentWorkspaceId() const;
    QWidget *welcomePage() const { return m_welcomePage; }
    // The workspace's widget; nullptr until it is first opened.
    QWidget *workspace(const QString &id) const { return m_widgets.value(id); }

private:
    const WorkspaceSpec *spec(const QString &id) const;

    QWidget *m_welcomePage;
    QList<WorkspaceSpec> m_specs;
    QHash<QString, QWidget *> m_widgets;
    QSet<QString> m_started;
    QString m_user; // whose workspaces are started: their email, lower case
};

} // namespace fielddesk::shell
