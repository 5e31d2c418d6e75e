// "Replay day…": a technician's track of a day on the board's map. Loads the positions of the
// day (TechnicianPositions::fetchTrack), then a slider scrubs through them with the time
// shown and Play/Pause steps through on its own; the map (MapPresenter) draws the path and the
// technician where they were at the chosen moment, until the dialog closes. Part of
// fielddesk_dispatchboard.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QDate>
#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QSlider;

namespace fielddesk::board {
class BoardSession;
}

namespace fielddesk::dispatchboard {

class MapPresenter;

class DayReplayDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPlayStepMs = 400; // one recorded point per step while playing

    DayReplayDialog(board::BoardSession *session,
                    MapPresenter *map,
                    qint64 technicianId,
                    QDate day,
                    QWidget *parent = nullptr);
    ~DayReplayDialog() override;

    QSlider *slider() const { return m_slider; }
    QPushButton *playButton() const { return m_play; }
    QLabel *timeLabel() const { return m_time; }
    // What the dialog says about the track (loading, how many points, none, a failure).
    QLabel *stateLabel() const { return m_state; }
    const QList<TechnicianPosition> &track() const { return m_track; }
    bool isPlaying() const { return m_player.isActive(); }
    void setPlaying(bool playing);

signals:
    // The track is in (or failed: empty).
    void trackLoaded();

protected:
    void done(int result) override;

private:
    void showTrack(const QList<TechnicianPosition> &track, const QString &error);
    void showPoint(int index);

    board::BoardSession *m_session;
    MapPresenter *m_map;
    qint64 m_technicianId;
    QList<TechnicianPosition> m_track;
    QLabel *m_state;
    QSlider *m_slider;
    QLabel *m_time;
    QPushButton *m_play;
    QTimer m_player;
};

} // namespace fielddesk::dispatchboard
