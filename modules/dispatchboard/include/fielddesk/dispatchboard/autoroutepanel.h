// The auto-route strip above the timeline: while the server plans, a progress bar with the
// time limit counting down and Cancel; then the proposal's summary (travel before and
// after, jobs placed, moved, left out), its changes one per row (the left-out ones with the
// engine's reason), Apply and Discard; after a conflict, what changed and Plan again.
// Hidden while no auto-route is under way. Depends on QtWidgets and fielddesk_board.
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace fielddesk::board {
class AutoRouteSession;
}

namespace fielddesk::dispatchboard {

class AutoRoutePanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kCountdownTickMs = 200;
    static constexpr int kChangesHeight = 150;

    explicit AutoRoutePanel(board::AutoRouteSession *session, QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *replanButton() const { return m_replan; }
    QTableView *changesView() const { return m_changes; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // A change's row was activated: show that job.
    void jobActivated(qint64 jobId);

private:
    void updateState();
    void updateCountdown();

    board::AutoRouteSession *m_session;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_countdown;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_changes;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QPushButton *m_replan;
    QTimer *m_ticker;
};

} // namespace fielddesk::dispatchboard
