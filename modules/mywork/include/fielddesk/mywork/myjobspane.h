// "My jobs today": a technician's jobs of the day in planned order, the chosen one's window,
// skills and notes under them, with the steps a technician reports on it (on my way,
// arrived, completed) as the workflow allows them from where the job stands. The days before
// and after can be read (Alt+Left, Alt+Right, Ctrl+T for today, as on the board); steps are
// reported on today's jobs only, once they are loaded. Today's view moves on at midnight.
// Hidden for a user who is no technician.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class JobDayModel;
class TechnicianDay;

class MyJobsPane : public QWidget
{
    Q_OBJECT

public:
    explicit MyJobsPane(client::ApiClient *api, QWidget *parent = nullptr);

    // Looks for the user's technician record; shows itself with today's jobs (today on that
    // clock) when there is one.
    void start(qint64 userId, const QTimeZone &timeZone);
    void stop();
    // Reads the day shown again; today's date again when the pane shows today.
    void reload();
    // Shows that day's jobs; today's follows the clock past midnight.
    void showDay(QDate day);
    QDate today() const;
    // The moment it is now, for tests of midnight: the machine's clock unless set (an empty
    // function sets the machine's again).
    void setClock(std::function<QDateTime()> now);

    // Reports the step on the selected job.
    void takeStep(JobStatus to);
    void selectJob(qint64 jobId);
    std::optional<Job> selectedJob() const;

    std::optional<qint64> technicianId() const { return m_technicianId; }
    bool isLoading() const { return m_loading; }
    QDate day() const { return m_day; }
    JobDayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *stepButton(JobStatus to) const { return m_stepButtons.value(int(to)); }
    forms::MessageLabel *messageLabel() const { return m_message; }
    // The selected job's window, skills and notes; hidden with no job selected.
    QLabel *detailsLabel() const { return m_details; }
    QToolButton *previousDayButton() const { return m_previousDay; }
    QToolButton *todayButton() const { return m_today; }
    QToolButton *nextDayButton() const { return m_nextDay; }

    // What the button for a step says ("On my way" for en route).
    static QString stepTitle(JobStatus to);

signals:
    // Whether the user has a technician record (the pane shows only then).
    void technicianFound(bool found);
    void jobsLoaded();
    void jobChanged(const fielddesk::Job &job);

private:
    void updateSteps();
    void updateDetails();
    // While today is shown, a reload just after the next midnight.
    void scheduleMidnight();

    static constexpr int kAfterMidnightMs = 1000;

    TechnicianDay *m_client;
    JobDayModel *m_model;
    QTimer *m_midnight;
    std::function<QDateTime()> m_now;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_previousDay = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_nextDay = nullptr;
    forms::MessageLabel *m_message = nullptr;
    QHash<int, QPushButton *> m_stepButtons;
    std::optional<qint64> m_technicianId;
    QTimeZone m_timeZone;
    QDate m_day;     // the day asked for
    QDate m_rowsDay; // the day whose jobs the rows are; none while another loads
    bool m_followsToday = true;
    quint64 m_epoch = 0;
    bool m_loading = false;
    bool m_stepping = false;
};

} // namespace fielddesk::mywork
