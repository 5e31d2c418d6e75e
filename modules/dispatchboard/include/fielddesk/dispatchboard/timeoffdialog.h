// Records, changes or removes one period of a technician's time off or unavailability: the
// kind, from and to (in the board's time zone), a reason, and the technician's assigned jobs
// the period touches on the days shown (listed as the times change, so the dispatcher sees what
// to move, and offers to record the period and re-plan the jobs it collides with on their
// day: "Record and re-plan 3 jobs"). A change is recorded as the new period first and the old one
// removed after, so a refusal loses nothing. Depends on fielddesk_board (the store) and
// fielddesk_client.
#pragma once

#include "fielddesk/board/absencereplan.h"
#include "fielddesk/domain/dispatch.h"

#include <QDateTime>
#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fielddesk::board {
class DispatchStore;
}

namespace fielddesk::client {
class ApiClient;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::forms {
class FieldErrorMarks;
class MessageLabel;
} // namespace fielddesk::forms

namespace fielddesk::dispatchboard {

class TimeOffDialog : public QDialog
{
    Q_OBJECT

public:
    // A new period from start to end, or (existing) the period to change or remove.
    TimeOffDialog(client::ApiClient *api,
                  const board::DispatchStore *store,
                  qint64 technicianId,
                  const QDateTime &start,
                  const QDateTime &end,
                  const std::optional<AvailabilityPeriod> &existing,
                  QWidget *parent = nullptr);
    ~TimeOffDialog() override;

    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *affectedJobs() const { return m_affected; }
    QPushButton *saveButton() const { return m_save; }
    // Shown while the period collides with assigned jobs: records it, then asks for the re-plan.
    QPushButton *saveAndReplanButton() const { return m_saveAndReplan; }
    // The jobs the period collides with on the first day it touches them.
    const board::AbsenceReplan &replan() const { return m_replan; }
    // Only for an existing period.
    QPushButton *deleteButton() const { return m_delete; }
    forms::MessageLabel *messageLabel() const { return m_message; }

signals:
    // The server recorded the change (or the removal).
    void saved();
    // Recorded with "Record and re-plan": the board re-plans these jobs around the absence.
    void replanRequested(const fielddesk::board::AbsenceReplan &replan);

private:
    QDateTime instant(const QDateTimeEdit *edit) const;
    void listAffectedJobs();
    void save();
    // Saved (and the old period removed): tells the board, then closes.
    void finish();
    // Removes the period being changed, then closes.
    void removeExisting();
    void refused(const client::ApiError &error);

    client::ApiClient *m_api;
    const board::DispatchStore *m_store;
    qint64 m_technicianId;
    std::optional<AvailabilityPeriod> m_existing;
    std::unique_ptr<forms::FieldErrorMarks> m_marks;
    forms::MessageLabel *m_message;
    QComboBox *m_kind;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_reason;
    QListWidget *m_affected;
    QPushButton *m_save;
    QPushButton *m_saveAndReplan;
    QPushButton *m_delete = nullptr;
    board::AbsenceReplan m_replan;
    bool m_replanAfterSave = false;
};

} // namespace fielddesk::dispatchboard
