#include "fielddesk/dispatchboard/boardlayoutsettings.h"

#include "fielddesk/timeline/timelineview.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>

namespace fielddesk::dispatchboard {

namespace {

// Bumped when the docks change so much that an old state would restore nonsense.
constexpr int kLayoutVersion = 1;

} // namespace

BoardLayoutSettings::BoardLayoutSettings(const Panes &panes)
    : m_panes(panes)
{}

QString BoardLayoutSettings::key(const char *name) const
{
    return QStringLiteral("Board/%1/%2").arg(m_user, QLatin1String(name));
}

QString BoardLayoutSettings::filtersGroup() const
{
    return key("filters");
}

void BoardLayoutSettings::save(double oneDayZoom) const
{
    if (m_user.isEmpty())
        return;
    QSettings settings;
    settings.setValue(key("state"), m_panes.window->saveState(kLayoutVersion));
    settings.setValue(key("jobColumns"), m_panes.jobColumns->saveState());
    settings.setValue(key("technicianColumns"), m_panes.technicianColumns->saveState());
    settings.setValue(key("timelineZoom"), oneDayZoom);
}

void BoardLayoutSettings::restore() const
{
    if (m_user.isEmpty())
        return;
    const QSettings settings;
    m_panes.window->restoreState(settings.value(key("state")).toByteArray(), kLayoutVersion);
    m_panes.jobColumns->restoreState(settings.value(key("jobColumns")).toByteArray());
    m_panes.technicianColumns->restoreState(settings.value(key("technicianColumns")).toByteArray());
    const double zoom = settings.value(key("timelineZoom")).toDouble();
    if (zoom > 0)
        m_panes.timeline->setPixelsPerHour(zoom);
}

} // namespace fielddesk::dispatchboard
