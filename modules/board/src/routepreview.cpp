#include "fielddesk/board/routepreview.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/theme/palette.h"

#include <QBrush>

#include <cmath>

namespace fielddesk::board {

namespace {

constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kMinutesPerHour = 60;
constexpr int kPreviewPercent = 100;

} // namespace

RoutePreview::RoutePreview(QObject *parent)
    : QAbstractTableModel(parent)
{}

RoutePreview::~RoutePreview() = default;

void RoutePreview::setProposal(const RoutingProposal &proposal, const DispatchStore *store)
{
    beginResetModel();
    m_proposal = proposal;
    m_timeZone = store->timeZone();
    m_names.clear();
    m_bars.clear();
    m_outlines.clear();
    m_breaks.clear();
    m_barOf.clear();
    m_outlineOf.clear();
    m_changes.clear();
    for (int row = 0; row < store->technicianCount(); ++row) {
        const Technician &t = store->technicianAt(row).technician;
        m_names.insert(t.id, t.name);
    }
    const auto addOutline = [this](qint64 technicianId, const Bar &bar) {
        QList<Bar> &list = m_outlines[technicianId];
        m_outlineOf.insert(bar.jobId, {technicianId, int(list.size())});
        list << bar;
    };
    for (const ProposedRoute &route : proposal.routes) {
        m_names.insert(route.technicianId, route.name);
        QList<Bar> &bars = m_bars[route.technicianId];
        m_breaks.insert(route.technicianId, route.breaks);
        for (const ProposedJob &job : route.jobs) {
            m_barOf.insert(job.jobId, {route.technicianId, int(bars.size())});
            bars << Bar{job.jobId, job.title, job.startMs, job.endMs, job.moved, false};
            if (!job.moved)
                continue;
            Change change{job.jobId,
                          job.title,
                          job.wasPlaced() ? ChangeKind::Moved : ChangeKind::Placed,
                          job.previousTechnicianId,
                          job.previousStartMs,
                          route.technicianId,
                          job.startMs,
                          QString()};
            m_changes << change;
            if (job.wasPlaced()) {
                const qint64 duration = job.endMs - job.startMs;
                addOutline(*job.previousTechnicianId,
                           Bar{job.jobId, job.title, job.previousStartMs,
                               job.previousStartMs + duration, true, false});
            }
        }
    }
    for (const LeftOutJob &job : proposal.leftOut) {
        const JobRecord *record = store->job(job.jobId);
        Change change{job.jobId,
                      job.title,
                      job.previousTechnicianId ? ChangeKind::LeftOut : ChangeKind::Unplaced,
                      job.previousTechnicianId,
                      record ? record->plannedStartMs : kNoTime,
                      std::nullopt,
                      kNoTime,
                      job.reason};
        m_changes << change;
        if (job.previousTechnicianId && record && record->isPlanned()) {
            addOutline(*job.previousTechnicianId, Bar{job.jobId, job.title, record->plannedStartMs,
                                                      record->plannedEndMs, true, true});
        }
    }
    endResetModel();
}

void RoutePreview::clear()
{
    if (!isActive())
        return;
    beginResetModel();
    m_proposal = RoutingProposal();
    m_bars.clear();
    m_outlines.clear();
    m_breaks.clear();
    m_barOf.clear();
    m_outlineOf.clear();
    m_changes.clear();
    endResetModel();
}

std::optional<std::pair<qint64, RoutePreview::Bar>> RoutePreview::proposedBar(qint64 jobId) const
{
    const auto it = m_barOf.constFind(jobId);
    if (it == m_barOf.cend())
        return std::nullopt;
    return std::pair{it->first, m_bars.value(it->first).at(it->second)};
}

std::optional<std::pair<qint64, RoutePreview::Bar>> RoutePreview::outline(qint64 jobId) const
{
    const auto it = m_outlineOf.constFind(jobId);
    if (it == m_outlineOf.cend())
        return std::nullopt;
    return std::pair{it->first, m_outlines.value(it->first).at(it->second)};
}

QString RoutePreview::durationText(qint64 seconds)
{
    const qint64 minutes = (seconds + kSecondsPerMinute / 2) / kSecondsPerMinute;
    if (minutes < kMinutesPerHour)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min")
        .arg(minutes / kMinutesPerHour)
        .arg(minutes % kMinutesPerHour, 2, 10, QLatin1Char('0'));
}

QString RoutePreview::summary() const
{
    if (!isActive())
        return {};
    const RoutingProposal::Totals &t = m_proposal.totals;
    QString travel =
        tr("Travel %1 → %2").arg(durationText(t.travelBeforeS), durationText(t.travelAfterS));
    if (t.travelBeforeS > 0) {
        const double change = double(t.travelAfterS - t.travelBeforeS) / double(t.travelBeforeS);
        travel += QStringLiteral(" (%1%2 %)")
                      .arg(change > 0 ? QStringLiteral("+") : QString())
                      .arg(std::lround(change * kPreviewPercent));
    }
    return tr("%1 · %2 of %3 jobs placed (before: %4) · %n moved", nullptr, t.moved)
               .arg(travel)
               .arg(t.served)
               .arg(t.jobs)
               .arg(t.servedBefore) +
           (m_proposal.leftOut.isEmpty()
                ? QString()
                : tr(" · %n left out", nullptr, int(m_proposal.leftOut.size())));
}

QString RoutePreview::placeText(const std::optional<qint64> &technicianId, qint64 startMs) const
{
    if (!technicianId)
        return tr("unassigned");
    const QString name = m_names.value(*technicianId, QString::number(*technicianId));
    if (startMs == kNoTime)
        return name;
    return tr("%1, %2").arg(
        name, client::display::weekdayTime(QDateTime::fromMSecsSinceEpoch(startMs, m_timeZone)));
}

int RoutePreview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int RoutePreview::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutePreview::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Change &change = m_changes.at(index.row());
    if (role == JobIdRole)
        return change.jobId;
    const bool leftOut = change.kind == ChangeKind::LeftOut || change.kind == ChangeKind::Unplaced;
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn)
        return QBrush(
            theme::colour(leftOut ? theme::Colour::DangerText : theme::Colour::ProposedText));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case JobColumn:
        return change.title;
    case FromColumn:
        return placeText(change.fromTechnicianId, change.fromStartMs);
    case ToColumn:
        return leftOut ? tr("left out") : placeText(change.toTechnicianId, change.toStartMs);
    case ChangeColumn:
        switch (change.kind) {
        case ChangeKind::Moved:
            return change.fromTechnicianId == change.toTechnicianId ? tr("new time")
                                                                    : tr("other technician");
        case ChangeKind::Placed:
            return tr("placed");
        case ChangeKind::LeftOut:
        case ChangeKind::Unplaced:
            return change.reason.isEmpty() ? tr("left out") : change.reason;
        }
    }
    return {};
}

QVariant RoutePreview::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case FromColumn:
        return tr("Now");
    case ToColumn:
        return tr("Proposed");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace fielddesk::board
