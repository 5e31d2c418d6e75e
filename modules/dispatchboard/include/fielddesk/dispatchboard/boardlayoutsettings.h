// Where the dispatch board keeps one user's layout between runs, in QSettings under
// Board/<user>/: the docks and toolbar (the window's state, with their splitter sizes), the job
// and technician grids' columns (order, widths, hidden ones, sorting), the timeline's one-day
// zoom, and the group the job filters are saved in. Depends on QtWidgets and
// fielddesk_timeline.
#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;

namespace fielddesk::timeline {
class TimelineView;
}

namespace fielddesk::dispatchboard {

class BoardLayoutSettings
{
public:
    struct Panes
    {
        QMainWindow *window = nullptr;
        QHeaderView *jobColumns = nullptr;
        QHeaderView *technicianColumns = nullptr;
        timeline::TimelineView *timeline = nullptr;
    };

    explicit BoardLayoutSettings(const Panes &panes);

    // Whose layout; none (empty) saves and restores nothing.
    void setUser(const QString &user) { m_user = user; }
    QString filtersGroup() const;

    // oneDayZoom: the timeline's zoom at one day (it is fitted to the width over several).
    void save(double oneDayZoom) const;
    void restore() const;

private:
    QString key(const char *name) const;

    Panes m_panes;
    QString m_user;
};

} // namespace fielddesk::dispatchboard
