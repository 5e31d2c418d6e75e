#include "fielddesk/shell/viewlayoutsettings.h"

#include "fielddesk/forms/tablecolumns.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace fielddesk::shell {

namespace {

// Bumped when a saved state would restore nonsense (the form of the keys changed).
constexpr int kVersion = 1;

QString keyOf(const QString &group, const QString &name, const char *what)
{
    return QStringLiteral("%1/v%2/%3/%4").arg(group).arg(kVersion).arg(name, QLatin1String(what));
}

// Where a named widget sits in the workspace: the names from the workspace down to it
// ("resourcePage_users/resourceTable"), so that pages built alike keep layouts of their own.
// Empty for an unnamed widget.
QString pathOf(const QWidget *widget, const QWidget *workspace)
{
    if (widget->objectName().isEmpty())
        return {};
    QStringList names;
    for (const QWidget *w = widget; w && w != workspace; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            names.prepend(w->objectName());
    }
    return names.join(QLatin1Char('/'));
}

// The column header of a named table or tree: keyed by the view's path.
QString viewPathOf(const QHeaderView *header, const QWidget *workspace)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(header->parentWidget());
    if (!view || header->orientation() != Qt::Horizontal)
        return {};
    return pathOf(view, workspace);
}

} // namespace

void ViewLayoutSettings::save(const QWidget *workspace, const QString &group)
{
    QSettings settings;
    for (const QHeaderView *header : workspace->findChildren<QHeaderView *>()) {
        const QString name = viewPathOf(header, workspace);
        if (!name.isEmpty() && header->count() > 0)
            settings.setValue(keyOf(group, name, "columns"), header->saveState());
    }
    for (const QSplitter *splitter : workspace->findChildren<QSplitter *>()) {
        const QString name = pathOf(splitter, workspace);
        if (!name.isEmpty())
            settings.setValue(keyOf(group, name, "splitter"), splitter->saveState());
    }
}

void ViewLayoutSettings::restore(QWidget *workspace, const QString &group)
{
    const QSettings settings;
    for (QHeaderView *header : workspace->findChildren<QHeaderView *>()) {
        const QString name = viewPathOf(header, workspace);
        const QByteArray state = name.isEmpty()
                                     ? QByteArray()
                                     : settings.value(keyOf(group, name, "columns")).toByteArray();
        // A header whose model has other columns than it had then keeps what it has.
        if (!state.isEmpty() && header->restoreState(state))
            forms::markUsersWidths(header); // the workspaces' own fitting leaves it be
    }
    for (QSplitter *splitter : workspace->findChildren<QSplitter *>()) {
        const QString name = pathOf(splitter, workspace);
        const QByteArray state = name.isEmpty()
                                     ? QByteArray()
                                     : settings.value(keyOf(group, name, "splitter")).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace fielddesk::shell
