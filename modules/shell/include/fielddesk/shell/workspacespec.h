// What the shell needs to know of a workspace (the dispatch board, approvals, reports, admin,
// "my work"...): its name, who may use it, how to make its widget and how to start and stop it
// for a signed-in user. The application registers the specs (MainWindow::addWorkspace); the
// workspace modules themselves know nothing of the shell. Depends on QtWidgets and
// fielddesk_client.
#pragma once

#include "fielddesk/domain/role.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace fielddesk::client {
class AuthSession;
}

namespace fielddesk::shell {

struct WorkspaceSpec
{
    QString id;        // stable: tests and settings name the workspace by it
    QString title;     // in the navigation
    QList<Role> roles; // who may use it
    // Makes the workspace's widget when it is first opened; the main window owns it from then
    // on, across sign-ins.
    std::function<QWidget *(QWidget *parent)> create;
    // When a signed-in user first opens it; stop at sign-out or when the session expires.
    std::function<void(QWidget *workspace, const client::AuthSession &session)> start;
    std::function<void(QWidget *workspace)> stop;
    QString icon; // of the icon set (fielddesk/theme/icons.h), beside the title in the navigation
    // The shell keeps each user's column widths, sort orders and splitter sizes of the
    // workspace's named views (ViewLayoutSettings); a workspace that keeps its own layout (the
    // dispatch board's docks) says so here.
    bool keepsOwnLayout = false;

    bool allows(std::optional<Role> role) const { return role && roles.contains(*role); }

    // A spec whose create, start and stop deal in the workspace's own widget type.
    template<class Workspace>
    static WorkspaceSpec of(QString id,
                            QString title,
                            QList<Role> roles,
                            std::function<Workspace *(QWidget *parent)> create,
                            std::function<void(Workspace &, const client::AuthSession &)> start,
                            std::function<void(Workspace &)> stop)
    {
        return {
            std::move(id),
            std::move(title),
            std::move(roles),
            [create = std::move(create)](QWidget *parent) -> QWidget * { return create(parent); },
            [start = std::move(start)](QWidget *workspace, const client::AuthSession &session) {
                start(*static_cast<Workspace *>(workspace), session);
            },
            [stop = std::move(stop)](QWidget *workspace) {
                stop(*static_cast<Workspace *>(workspace));
            }};
    }
};

} // namespace fielddesk::shell
