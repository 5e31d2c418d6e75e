// Creates or edits one job, without leaving the board. New: the customer found as the
// dispatcher types (or a new one typed in place, sent first), the address among the customer's
// or typed, the service (which sets duration, required skills and shows the price), title,
// priority, window, notes, and optionally a technician and start to assign it to at once (the
// board assigns it, undoable, with its warnings). Edit: the same fields, sent as the changes
// only with the version the job had when the form opened; if someone saved the job meanwhile
// the conflict comparison (ConflictDialog) lets the dispatcher keep theirs, reapply mine or
// merge; a visit of a recurring series changes alone or with the visits after it (the series is
// split there). Duplicate: a new job with another job's fields. A new job may repeat
// (RecurrenceEditor): it is then sent as a series whose visits the server makes. Refusals show at
// their field and nothing typed is lost. Part of fielddesk_jobedit.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/jobseries.h"
#include "fielddesk/jobedit/jobeditclient.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointF>
#include <QTimeZone>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace fielddesk::client {
struct ApiError;
}

namespace fielddesk::map {
class CoordinatePicker;
}

namespace fielddesk::customers {
class CustomerClient;
}

namespace fielddesk::forms {
class FieldErrorMarks;
class MessageLabel;
} // namespace fielddesk::forms

namespace fielddesk::jobedit {

class ConflictDialog;
class CustomerPicker;
class RecurrenceEditor;

// What the board knows that the form offers.
struct JobDialogContext
{
    QHash<qint64, QString> locations; // id → name: where a new job may go
    QList<Technician> technicians;    // who a new job may be assigned to at once
    QTimeZone zone;                   // the board's: windows and starts are read and typed in it
    QDate day;                        // the board's day: the default for the window and start
    // Where the board's map looks (x: longitude, y: latitude) and its zoom: where picking a
    // place on the map starts when the address has none.
    std::optional<QPointF> mapCentre;
    int mapZoom = 12;
};

class JobDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Edit };
    // What an edit of a visit of a series changes.
    enum class Scope { ThisVisit, ThisAndFollowing };

    struct Assignment
    {
        qint64 technicianId = 0;
        QDateTime start;
    };

    JobDialog(JobEditClient *client, JobDialogContext context, QWidget *parent = nullptr);
    ~JobDialog() override;

    // An empty new job at a location (0: the first one).
    void startNew(qint64 locationId = 0);
    // The job's fields to change; sent with its version.
    void startEdit(const Job &job);
    // A new job with the job's fields (not its planning or status).
    void startDuplicate(const Job &job);
    // A new job assigned at once (the timeline's "new job here").
    void presetAssignment(qint64 technicianId, const QDateTime &start);

    Mode mode() const { return m_mode; }
    // The job as the form says now (the edited job's other members as they were).
    Job formJob() const;
    // The assignment asked for with a new job.
    std::optional<Assignment> assignment() const;
    // The job the server answered last (created, changed, or theirs kept).
    const std::optional<Job> &savedJob() const { return m_saved; }

    CustomerPicker *customerPicker() const { return m_customer; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *addressBox() const { return m_addressChoice; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *serviceBox() const { return m_service; }
    QLabel *priceLabel() const { return m_price; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *priorityBox() const { return m_priority; }
    QSpinBox *durationBox() const { return m_duration; }
    QLineEdit *skillsEdit() const { return m_skills; }
    QCheckBox *windowCheck() const { return m_hasWindow; }
    QDateEdit *windowDateEdit() const { return m_windowDate; }
    QTimeEdit *windowFromEdit() const { return m_windowFrom; }
    QTimeEdit *windowToEdit() const { return m_windowTo; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QGroupBox *assignBox() const { return m_assignBox; }
    QComboBox *technicianBox() const { return m_technician; }
    QTimeEdit *startEdit() const { return m_start; }
    QPushButton *saveButton() const { return m_save; }
    // Where the work is on the map, and the button that picks it (a typed address has none).
    QLabel *placeLabel() const { return m_place; }
    QPushButton *pickPlaceButton() const { return m_pickPlace; }
    // Opens the map to pick the place of the work (open, not exec).
    map::CoordinatePicker *pickPlace();
    RecurrenceEditor *recurrenceEditor() const { return m_repeat; }
    // Shown when the job edited is a visit of a series.
    QComboBox *scopeBox() const { return m_scope; }
    forms::MessageLabel *messageLabel() const { return m_message; }
    forms::FieldErrorMarks &marks() const { return *m_marks; }
    // The comparison shown after a version conflict, while it is open.
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }
    // Services are in (the service box is filled).
    bool servicesLoaded() const { return m_servicesLoaded; }

signals:
    void jobSaved(const fielddesk::Job &job, bool created);
    // A series was created (or split from a visit on); its visits arrive as jobs.
    void seriesSaved(const fielddesk::JobSeries &series);
    void servicesReady();

private:
    QWidget *buildForm();
    void loadServices();
    void applyService();
    void fillAddresses(const Customer &customer, std::optional<qint64> select);
    void showFreeAddress();
    void fillForm(const Job &job);
    void setBusy(bool busy);
    void submit();
    bool checkForm();
    void sendNewCustomerThenJob();
    void sendNewJob();
    // The form's window as local times of every visit of a series; nullopt: no window.
    std::optional<JobEditClient::WindowTimes> windowTimesOfForm() const;
    void sendNewSeries();
    void sendSeriesChange(const QJsonObject &changes);
    void sendChanges(const Job &base, const QJsonObject &changes);
    void showConflict(const Job &base, const Job &theirs, const client::ApiError &error);
    void showRefusal(const client::ApiError &error, const QString &fieldPrefix = {});
    void finish(const Job &job, bool created);
    std::optional<std::pair<QString, QString>> windowOfForm() const;
    // The place the job will have: picked, else the address's (x: longitude, y: latitude).
    std::optional<QPointF> placeOfForm() const;
    void showPlace();

    JobEditClient *m_client;
    JobDialogContext m_context;
    Mode m_mode = Mode::New;
    Job m_base; // the job as the form began (its version is the one expected)
    std::optional<Job> m_saved;
    std::unique_ptr<forms::FieldErrorMarks> m_marks;
    forms::MessageLabel *m_message;
    QFormLayout *m_form = nullptr;
    QWidget *m_addressRow = nullptr;
    customers::CustomerClient *m_customers;
    CustomerPicker *m_customer;
    QComboBox *m_location;
    QComboBox *m_addressChoice;
    QLineEdit *m_address;
    QComboBox *m_service;
    QLabel *m_price;
    QLineEdit *m_title;
    QComboBox *m_priority;
    QSpinBox *m_duration;
    QLineEdit *m_skills;
    QCheckBox *m_hasWindow;
    QDateEdit *m_windowDate;
    QTimeEdit *m_windowFrom;
    QTimeEdit *m_windowTo;
    QPlainTextEdit *m_notes;
    QGroupBox *m_assignBox;
    QComboBox *m_technician;
    QTimeEdit *m_start;
    QPushButton *m_save;
    QLabel *m_place;
    QPushButton *m_pickPlace;
    RecurrenceEditor *m_repeat;
    QComboBox *m_scope;
    std::optional<QPointF> m_pickedPlace; // x: longitude, y: latitude
    ConflictDialog *m_conflictDialog = nullptr;
    QList<ServiceType> m_services;
    QList<CustomerAddress> m_addresses;       // the chosen customer's
    std::optional<qint64> m_pendingServiceId; // to select once the services are in
    QString m_lastServiceName;                // the title a service filled in
    bool m_servicesLoaded = false;
    bool m_windowTouched = false;
};

} // namespace fielddesk::jobedit
