// Keeps how a user arranged a workspace's views between runs, in QSettings under a group of
// the caller's (Layouts/<user>/<workspace>): each named table or tree's columns (order, widths,
// hidden ones, the sort column and order) and each named splitter's sizes. Views and splitters
// are found by their object names, with those of the named widgets around them (so that pages
// built alike keep their own): a workspace gets this by naming them; unnamed ones are left
// alone. Depends on QtWidgets.
#pragma once

#include <QString>

class QWidget;

namespace fielddesk::shell {

class ViewLayoutSettings
{
public:
    static void save(const QWidget *workspace, const QString &group);
    // What was saved for the views that exist now; views without a saved state keep theirs.
    static void restore(QWidget *workspace, const QString &group);
};

} // namespace fielddesk::shell
