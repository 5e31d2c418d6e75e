// A routing proposal made ready to show: per technician the proposed bars (which moved) and
// the outlines of where moved jobs were before (for the timeline's compare mode), and, as a
// table model, one row per change the proposal would make (moved, newly placed, left out
// with the engine's reason). Part of fielddesk_board: no widgets.
#pragma once

#include "fielddesk/board/routingproposal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace fielddesk::board {

class DispatchStore;

class RoutePreview : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { JobColumn, FromColumn, ToColumn, ChangeColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1 };
    enum class ChangeKind { Moved, Placed, LeftOut, Unplaced };

    // A proposed bar, or the outline of where a job was before.
    struct Bar
    {
        qint64 jobId = 0;
        QString title;
        qint64 startMs = kNoTime;
        qint64 endMs = kNoTime;
        bool moved = false;   // proposed bars: a change; outlines: always
        bool leftOut = false; // outlines of jobs the proposal unassigns
    };
    struct Change
    {
        qint64 jobId = 0;
        QString title;
        ChangeKind kind = ChangeKind::Moved;
        std::optional<qint64> fromTechnicianId;
        qint64 fromStartMs = kNoTime;
        std::optional<qint64> toTechnicianId;
        qint64 toStartMs = kNoTime;
        QString reason; // left out: the engine's reason
    };

    explicit RoutePreview(QObject *parent = nullptr);
    ~RoutePreview() override;

    // The store gives where jobs are now (outlines of left-out jobs, durations, names).
    void setProposal(const RoutingProposal &proposal, const DispatchStore *store);
    void clear();
    bool isActive() const { return m_proposal.isValid(); }
    const RoutingProposal &proposal() const { return m_proposal; }

    // The compare mode: technicians the proposal plans get its bars instead of the store's.
    bool coversTechnician(qint64 technicianId) const { return m_bars.contains(technicianId); }
    QList<Bar> bars(qint64 technicianId) const { return m_bars.value(technicianId); }
    QList<Bar> outlines(qint64 technicianId) const { return m_outlines.value(technicianId); }
    QList<TimeSpan> breaks(qint64 technicianId) const { return m_breaks.value(technicianId); }
    const QList<Change> &changes() const { return m_changes; }
    // The proposed bar of a job (nullopt: not placed by the proposal).
    std::optional<std::pair<qint64, Bar>> proposedBar(qint64 jobId) const;
    // The outline of where a moved job was (nullopt: it was not placed, or did not move).
    std::optional<std::pair<qint64, Bar>> outline(qint64 jobId) const;

    // "Travel 5 h 10 min → 4 h 02 min (−22 %), 38 of 40 jobs placed, 12 moved"
    QString summary() const;
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString placeText(const std::optional<qint64> &technicianId, qint64 startMs) const;

    RoutingProposal m_proposal;
    QTimeZone m_timeZone;
    QHash<qint64, QString> m_names;
    QHash<qint64, QList<Bar>> m_bars;
    QHash<qint64, QList<Bar>> m_outlines;
    QHash<qint64, QList<TimeSpan>> m_breaks;
    QHash<qint64, std::pair<qint64, int>> m_barOf;     // job → technician, index in m_bars
    QHash<qint64, std::pair<qint64, int>> m_outlineOf; // job → technician, index in m_outlines
    QList<Change> m_changes;
};

} // namespace fielddesk::board
