// The strip under the session header that lists the workspaces the signed-in role may use, as
// tabs, and says which one the user chose. Hidden while there are none (signed out, or a role
// with no workspace: the welcome page shows then). Depends on QtWidgets.
#pragma once

#include "fielddesk/shell/workspacespec.h"

#include <QFrame>

class QTabBar;

namespace fielddesk::shell {

class WorkspaceNavigation : public QFrame
{
    Q_OBJECT

public:
    explicit WorkspaceNavigation(QWidget *parent = nullptr);

    // Lists these workspaces, the one with currentId (or the first) current; none hides the
    // strip.
    void showWorkspaces(const QList<const WorkspaceSpec *> &workspaces,
                        const QString &currentId = {});
    // Makes a listed workspace current as if the user had chosen it (workspaceChosen follows);
    // false when it is not listed.
    bool choose(const QString &id);
    void clear();

    QTabBar *tabs() const { return m_tabs; }
    QString currentWorkspaceId() const;

signals:
    // The user chose another workspace.
    void workspaceChosen(const QString &id);

private:
    QTabBar *m_tabs;
};

} // namespace fielddesk::shell
