// Where the board's technicians were last seen: everyone's last position, loaded with the day
// (GET /technician-positions) and kept current by technician.position.updated.v1 from the
// board's live feed (no polling); a technician's track of a day for a replay. Part of
// fielddesk_board: QtCore, fielddesk_client, no widgets.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {

class TechnicianPositions : public QObject
{
    Q_OBJECT

public:
    using TrackHandler =
        std::function<void(const QList<TechnicianPosition> &track, const QString &error)>;

    explicit TechnicianPositions(client::ApiClient *api, QObject *parent = nullptr);

    // Everyone's last position, again (a later answer replaces an earlier load's).
    void load();
    void clear();
    // technician.position.updated.v1; false for other events.
    bool applyEvent(const DomainEvent &event);

    const TechnicianPosition *position(qint64 technicianId) const;
    QList<qint64> technicianIds() const { return m_positions.keys(); }
    // When the position was taken, in ms since the epoch.
    static qint64 fixMs(const TechnicianPosition &position);

    // The technician's positions from `fromMs` to `toMs`, oldest first; the handler runs
    // unless `context` is gone first.
    void fetchTrack(
        qint64 technicianId, qint64 fromMs, qint64 toMs, QObject *context, TrackHandler handler);

signals:
    void positionsReset();
    void positionChanged(qint64 technicianId);

private:
    // Keeps the newer of what the board has and `position`; whether it changed.
    bool keep(const TechnicianPosition &position);

    client::ApiClient *m_api;
    QHash<qint64, TechnicianPosition> m_positions;
    quint64 m_generation = 0;
};

} // namespace fielddesk::board
