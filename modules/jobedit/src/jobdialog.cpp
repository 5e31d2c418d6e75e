#include "fielddesk/jobedit/jobdialog.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/jobstatustext.h"
#include "fielddesk/customers/customerclient.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/jobedit/conflictdialog.h"
#include "fielddesk/jobedit/customerpicker.h"
#include "fielddesk/jobedit/editconflict.h"
#include "fielddesk/jobedit/jobeditclient.h"
#include "fielddesk/jobedit/jobfields.h"
#include "fielddesk/jobedit/jobfieldtext.h"
#include "fielddesk/jobedit/recurrenceeditor.h"
#include "fielddesk/map/coordinatepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fielddesk::jobedit {

namespace {

constexpr int kFreeAddress = -1;
const QTime kDefaultWindowFrom(8, 0);
const QTime kDefaultWindowTo(12, 0);
const QTime kDefaultStart(9, 0);
constexpr int kDurationStep = 15;

QStringList skillsOfText(const QString &text)
{
    QStringList skills;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString skill = part.trimmed();
        if (!skill.isEmpty() && !skills.contains(skill))
            skills << skill;
    }
    return skills;
}

QString timestampIn(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    return toTimestamp(QDateTime(day, time, zone));
}

} // namespace

JobDialog::JobDialog(JobEditClient *client, JobDialogContext context, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_context(std::move(context))
    , m_marks(std::make_unique<forms::FieldErrorMarks>())
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("jobDialogMessage"), this))
    , m_customers(new customers::CustomerClient(client->api(), this))
    , m_customer(new CustomerPicker(m_customers, m_marks.get(), this))
    , m_location(new QComboBox(this))
    , m_addressChoice(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_price(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_skills(new QLineEdit(this))
    , m_hasWindow(new QCheckBox(tr("Time window"), this))
    , m_windowDate(new QDateEdit(this))
    , m_windowFrom(new QTimeEdit(this))
    , m_windowTo(new QTimeEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_assignBox(new QGroupBox(tr("Assign now"), this))
    , m_technician(new QComboBox(m_assignBox))
    , m_start(new QTimeEdit(m_assignBox))
    , m_save(new QPushButton(this))
    , m_place(new QLabel(this))
    , m_pickPlace(new QPushButton(tr("Pick on the map…"), this))
    , m_repeat(new RecurrenceEditor(this))
    , m_scope(new QComboBox(this))
{
    setObjectName(QStringLiteral("jobDialog"));
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    if (!m_context.zone.isValid())
        m_context.zone = QTimeZone::systemTimeZone();
    if (!m_context.day.isValid())
        m_context.day = QDateTime::currentDateTimeUtc().toTimeZone(m_context.zone).date();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());

    m_save->setObjectName(QStringLiteral("saveJobButton"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, &JobDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(640, 860);
    loadServices();
}

JobDialog::~JobDialog() = default;

QWidget *JobDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(); // the rows keep their height in a tall dialog
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_location->setObjectName(QStringLiteral("locationBox"));
    QList<qint64> locationIds = m_context.locations.keys();
    std::sort(locationIds.begin(), locationIds.end());
    for (const qint64 id : locationIds)
        m_location->addItem(m_context.locations.value(id), id);
    m_marks->addRow(form, QStringLiteral("location_id"), tr("Location"), m_location);

    m_scope->setObjectName(QStringLiteral("scopeBox"));
    m_scope->addItem(tr("This visit only"), int(Scope::ThisVisit));
    m_scope->addItem(tr("This and the following visits"), int(Scope::ThisAndFollowing));
    form->addRow(tr("Change"), m_scope);
    form->setRowVisible(m_scope, false);

    m_marks->addRow(form, QStringLiteral("customer_id"), tr("Customer"), m_customer);
    connect(m_customer, &CustomerPicker::customerChosen, this,
            [this](const Customer &customer) { fillAddresses(customer, std::nullopt); });
    connect(m_customer, &CustomerPicker::customerCleared, this, [this] {
        fillAddresses(Customer(), std::nullopt); // another customer's addresses are not offered
    });
    connect(m_customer, &CustomerPicker::newCustomerToggled, this, [this](bool typingNew) {
        // A new customer's address is typed with the customer.
        m_form->setRowVisible(m_addressRow, !typingNew);
    });

    m_addressChoice->setObjectName(QStringLiteral("addressChoice"));
    m_addressChoice->setAccessibleName(tr("Service address"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("Street, town"));
    auto *addressBox = new QWidget(page);
    auto *addressLayout = new QVBoxLayout(addressBox);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_addressChoice);
    addressLayout->addWidget(m_address);
    m_marks->addRow(form, QStringLiteral("address"), tr("Address"), addressBox);
    m_addressRow = addressBox->parentWidget(); // the form's cell: the box and its message
    m_marks->add(QStringLiteral("address_id"), m_addressChoice,
                 m_marks->message(QStringLiteral("address")));
    connect(m_addressChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_address->setVisible(m_addressChoice->currentData().toInt() == kFreeAddress);
    });
    m_addressChoice->addItem(tr("Type an address"), kFreeAddress);

    // Where the work is on the map: a typed address has no coordinates until it is picked,
    // and a job without them is neither on the map nor routed.
    m_place->setObjectName(QStringLiteral("placeLabel"));
    m_pickPlace->setObjectName(QStringLiteral("pickPlaceButton"));
    auto *placeRow = new QWidget(page);
    auto *placeLayout = new QHBoxLayout(placeRow);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_place, 1);
    placeLayout->addWidget(m_pickPlace);
    form->addRow(tr("On the map"), placeRow);
    connect(m_pickPlace, &QPushButton::clicked, this, &JobDialog::pickPlace);
    connect(m_addressChoice, &QComboBox::currentIndexChanged, this, &JobDialog::showPlace);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_pickedPlace.reset(); // another address: the place picked was the old one's
        showPlace();
    });

    m_service->setObjectName(QStringLiteral("serviceBox"));
    m_service->addItem(tr("No service"), 0);
    auto *serviceRow = new QWidget(page);
    auto *serviceLayout = new QHBoxLayout(serviceRow);
    serviceLayout->setContentsMargins(0, 0, 0, 0);
    serviceLayout->addWidget(m_service, 1);
    m_price->setObjectName(QStringLiteral("servicePrice"));
    serviceLayout->addWidget(m_price);
    m_marks->addRow(form, QStringLiteral("service_id"), tr("Service"), serviceRow);
    connect(m_service, &QComboBox::activated, this, &JobDialog::applyService);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_marks->addRow(form, QStringLiteral("title"), tr("Title"), m_title);

    m_priority->setObjectName(QStringLiteral("priorityBox"));
    for (int p = 1; p <= 5; ++p)
        m_priority->addItem(JobFieldText::priorityText(p), p);
    m_priority->setCurrentIndex(2);
    m_marks->addRow(form, QStringLiteral("priority"), tr("Priority"), m_priority);

    m_duration->setObjectName(QStringLiteral("durationBox"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(kDurationStep);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_marks->addRow(form, QStringLiteral("duration_min"), tr("Duration"), m_duration);

    m_skills->setObjectName(QStringLiteral("skillsEdit"));
    m_skills->setPlaceholderText(tr("e.g. hvac, ducts"));
    m_marks->addRow(form, QStringLiteral("required_skills"), tr("Required skills"), m_skills);

    m_hasWindow->setObjectName(QStringLiteral("windowCheck"));
    m_windowDate->setObjectName(QStringLiteral("windowDate"));
    m_windowDate->setCalendarPopup(true);
    m_windowDate->setAccessibleName(tr("Window day"));
    m_windowFrom->setObjectName(QStringLiteral("windowFrom"));
    m_windowFrom->setAccessibleName(tr("Window from"));
    m_windowTo->setObjectName(QStringLiteral("windowTo"));
    m_windowTo->setAccessibleName(tr("Window to"));
    m_windowDate->setDate(m_context.day);
    m_windowFrom->setDisplayFormat(client::display::timePattern());
    m_windowTo->setDisplayFormat(client::display::timePattern());
    m_windowFrom->setTime(kDefaultWindowFrom);
    m_windowTo->setTime(kDefaultWindowTo);
    auto *windowRow = new QWidget(page);
    auto *windowLayout = new QHBoxLayout(windowRow);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_hasWindow);
    windowLayout->addWidget(m_windowDate);
    windowLayout->addWidget(m_windowFrom);
    windowLayout->addWidget(new QLabel(QStringLiteral("–"), windowRow));
    windowLayout->addWidget(m_windowTo);
    windowLayout->addStretch();
    m_marks->addRow(form, QStringLiteral("window_start"), tr("Window"), windowRow);
    m_marks->add(QStringLiteral("window_end"), m_windowTo,
                 m_marks->message(QStringLiteral("window_start")));
    const auto windowEnabled = [this](bool on) {
        m_windowDate->setEnabled(on);
        m_windowFrom->setEnabled(on);
        m_windowTo->setEnabled(on);
    };
    windowEnabled(false);
    connect(m_hasWindow, &QCheckBox::toggled, this, windowEnabled);
    for (QWidget *w : {static_cast<QWidget *>(m_hasWindow), static_cast<QWidget *>(m_windowDate),
                       static_cast<QWidget *>(m_windowFrom), static_cast<QWidget *>(m_windowTo)}) {
        if (auto *edit = qobject_cast<QDateTimeEdit *>(w))
            connect(edit, &QDateTimeEdit::dateTimeChanged, this,
                    [this] { m_windowTouched = true; });
    }
    connect(m_hasWindow, &QCheckBox::toggled, this, [this] { m_windowTouched = true; });

    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_marks->addRow(form, QStringLiteral("notes"), tr("Notes"), m_notes);

    // A repeating job is a series: its visits are made by the server, assigned later.
    form->addRow(m_repeat);
    connect(m_windowDate, &QDateEdit::dateChanged, m_repeat, &RecurrenceEditor::setStartDate);
    connect(m_repeat, &QGroupBox::toggled, this, [this](bool repeats) {
        m_assignBox->setEnabled(!repeats);
        if (repeats)
            m_assignBox->setChecked(false);
    });

    m_assignBox->setObjectName(QStringLiteral("assignBox"));
    m_assignBox->setCheckable(true);
    m_assignBox->setChecked(false);
    m_technician->setObjectName(QStringLiteral("technicianBox"));
    m_technician->setAccessibleName(tr("Technician"));
    QList<Technician> technicians = m_context.technicians;
    std::sort(technicians.begin(), technicians.end(), [](const Technician &a, const Technician &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Technician &t : std::as_const(technicians)) {
        if (t.active)
            m_technician->addItem(t.name, t.id);
    }
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setTime(kDefaultStart);
    m_start->setDisplayFormat(client::display::timePattern());
    auto *assignForm = new QFormLayout(m_assignBox);
    assignForm->addRow(tr("Technician"), m_technician);
    assignForm->addRow(tr("Start (on the window's day)"), m_start);
    form->addRow(m_assignBox);
    return page;
}

void JobDialog::loadServices()
{
    m_client->services(this, [this](const client::ApiResult<QList<ServiceType>> &services) {
        if (!services) {
            m_message->showMessage(
                tr("The services could not be loaded: %1").arg(services.error().message()));
            return;
        }
        for (const ServiceType &s : *services) {
            if (!s.active && (!m_pendingServiceId || *m_pendingServiceId != s.id))
                continue;
            m_services.append(s);
            m_service->addItem(s.name, s.id);
        }
        if (m_pendingServiceId)
            m_service->setCurrentIndex(std::max(0, m_service->findData(*m_pendingServiceId)));
        const qint64 id = m_service->currentData().toLongLong();
        for (const ServiceType &s : std::as_const(m_services)) {
            if (s.id == id)
                m_price->setText(QLocale().toString(s.price, 'f', 2));
        }
        m_servicesLoaded = true;
        emit servicesReady();
    });
}

void JobDialog::applyService()
{
    const qint64 id = m_service->currentData().toLongLong();
    m_price->clear();
    for (const ServiceType &s : std::as_const(m_services)) {
        if (s.id != id)
            continue;
        // The service's defaults; a title the dispatcher typed stays.
        m_duration->setValue(s.durationMin);
        m_priority->setCurrentIndex(std::max(0, m_priority->findData(s.priority)));
        m_skills->setText(s.requiredSkill);
        m_price->setText(tr("Price %1").arg(QLocale().toString(s.price, 'f', 2)));
        if (m_title->text().trimmed().isEmpty() || m_title->text() == m_lastServiceName)
            m_title->setText(s.name);
        m_lastServiceName = s.name;
    }
}

void JobDialog::fillAddresses(const Customer &customer, std::optional<qint64> select)
{
    m_addresses = customer.addresses;
    m_addressChoice->clear();
    for (const CustomerAddress &a : customer.addresses) {
        m_addressChoice->addItem(
            a.label.isEmpty() ? a.address : QStringLiteral("%1: %2").arg(a.label, a.address), a.id);
    }
    m_addressChoice->addItem(tr("Another address"), kFreeAddress);
    int index = 0;
    if (select)
        index = std::max(0, m_addressChoice->findData(*select));
    else if (customer.addresses.isEmpty())
        index = m_addressChoice->count() - 1;
    m_addressChoice->setCurrentIndex(index);
    m_address->setVisible(m_addressChoice->currentData().toInt() == kFreeAddress);
}

void JobDialog::showFreeAddress()
{
    m_addressChoice->setCurrentIndex(m_addressChoice->findData(kFreeAddress));
    m_address->setVisible(true);
}

void JobDialog::startNew(qint64 locationId)
{
    m_mode = Mode::New;
    m_base = Job();
    m_base.locationId = locationId ? locationId : m_location->itemData(0).toLongLong();
    m_location->setCurrentIndex(std::max(0, m_location->findData(m_base.locationId)));
    m_location->setEnabled(m_location->count() > 1);
    setWindowTitle(tr("New job"));
    m_save->setText(tr("Create job"));
    m_assignBox->setVisible(m_technician->count() > 0);
    m_repeat->setToday(m_context.day);
    m_repeat->setStartDate(m_windowDate->date());
    showFreeAddress();
    showPlace();
    m_customer->searchEdit()->setFocus();
}

void JobDialog::startDuplicate(const Job &job)
{
    startNew(job.locationId);
    setWindowTitle(tr("Duplicate job #%1").arg(job.id));
    fillForm(job);
    m_windowTouched = true; // a new job: the window is sent as the form says
}

void JobDialog::startEdit(const Job &job)
{
    m_mode = Mode::Edit;
    m_base = job;
    setWindowTitle(tr("Edit job #%1").arg(job.id));
    m_save->setText(tr("Save changes"));
    m_location->setCurrentIndex(std::max(0, m_location->findData(job.locationId)));
    m_location->setEnabled(false);
    m_assignBox->hide();
    m_repeat->hide();
    m_form->setRowVisible(m_scope, job.seriesId.has_value());
    m_customer->newCustomerButton()->hide();
    fillForm(job);
    m_windowTouched = false;
    showPlace();
    if (isTerminal(job.status))
        m_message->showMessage(tr("This job is finished (%1): only its notes can change.")
                                   .arg(client::JobStatusText::title(job.status)));
}

void JobDialog::fillForm(const Job &job)
{
    m_title->setText(job.title);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(job.priority)));
    m_duration->setValue(job.durationMin);
    QStringList skills = job.requiredSkills;
    skills.sort();
    m_skills->setText(skills.join(QStringLiteral(", ")));
    m_notes->setPlainText(job.notes);
    m_pendingServiceId = job.serviceId;
    if (job.serviceId && m_servicesLoaded)
        m_service->setCurrentIndex(std::max(0, m_service->findData(*job.serviceId)));
    const std::optional<QDateTime> start = parseTimestamp(job.windowStart);
    const std::optional<QDateTime> end = parseTimestamp(job.windowEnd);
    m_hasWindow->setChecked(start && end);
    if (start && end) {
        m_windowDate->setDate(start->toTimeZone(m_context.zone).date());
        m_windowFrom->setTime(start->toTimeZone(m_context.zone).time());
        m_windowTo->setTime(end->toTimeZone(m_context.zone).time());
    }
    m_address->setText(job.address);
    if (!job.customerId) {
        showFreeAddress();
        return;
    }
    // The customer as the job names it at once; their addresses when the server answers.
    Customer named;
    named.id = *job.customerId;
    named.name = job.customerName;
    m_customer->choose(named);
    m_addressChoice->clear();
    m_addressChoice->addItem(job.address,
                             job.addressId ? QVariant(*job.addressId) : QVariant(kFreeAddress));
    m_customers->customer(*job.customerId, this,
                          [this, job](const client::ApiResult<Customer> &customer) {
                              if (!customer)
                                  return;
                              m_customer->choose(*customer);
                              fillAddresses(*customer, job.addressId);
                              if (!job.addressId)
                                  showFreeAddress();
                          });
}

std::optional<QPointF> JobDialog::placeOfForm() const
{
    if (m_pickedPlace)
        return m_pickedPlace;
    const Job job = formJob();
    if (job.latitude && job.longitude)
        return QPointF(*job.longitude, *job.latitude);
    return std::nullopt;
}

void JobDialog::showPlace()
{
    const std::optional<QPointF> place = placeOfForm();
    m_place->setText(place ? QStringLiteral("%1, %2").arg(QLocale().toString(place->y(), 'f', 5),
                                                          QLocale().toString(place->x(), 'f', 5))
                           : tr("Not on the map yet: pick the place so that the job shows on "
                                "the map and can be routed."));
}

map::CoordinatePicker *JobDialog::pickPlace()
{
    auto *picker = new map::CoordinatePicker(placeOfForm(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.mapCentre)
        picker->lookAround(*m_context.mapCentre, m_context.mapZoom);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_pickedPlace = picker->chosen();
        showPlace();
    });
    picker->open();
    return picker;
}

void JobDialog::presetAssignment(qint64 technicianId, const QDateTime &start)
{
    m_assignBox->setChecked(true);
    m_technician->setCurrentIndex(std::max(0, m_technician->findData(technicianId)));
    const QDateTime local = start.toTimeZone(m_context.zone);
    m_start->setTime(local.time());
    m_windowDate->setDate(local.date());
}

std::optional<std::pair<QString, QString>> JobDialog::windowOfForm() const
{
    if (!m_hasWindow->isChecked())
        return std::nullopt;
    const QDate day = m_windowDate->date();
    QDate endDay = day;
    // A window that ends at or before it starts ends the next day (an evening to a morning).
    if (m_windowTo->time() <= m_windowFrom->time())
        endDay = day.addDays(1);
    return std::pair(timestampIn(day, m_windowFrom->time(), m_context.zone),
                     timestampIn(endDay, m_windowTo->time(), m_context.zone));
}

Job JobDialog::formJob() const
{
    Job job = m_base;
    if (m_mode == Mode::New)
        job.locationId = m_location->currentData().toLongLong();
    job.title = m_title->text().trimmed();
    if (m_customer->chosen()) {
        job.customerId = m_customer->chosen()->id;
        job.customerName = m_customer->chosen()->name;
    } else {
        job.customerId.reset();
        job.customerName.clear();
    }
    const qint64 addressId = m_addressChoice->currentData().toLongLong();
    if (m_customer->isNewCustomer()) {
        job.addressId.reset(); // set once the customer is created
        job.address = m_customer->newCustomerDraft().addresses.value(0).address;
        job.latitude.reset();
        job.longitude.reset();
    } else if (addressId != kFreeAddress && addressId > 0) {
        if (addressId != m_base.addressId.value_or(0)) {
            job.addressId = addressId;
            job.latitude.reset();
            job.longitude.reset();
            for (const CustomerAddress &a : m_addresses) {
                if (a.id == addressId) {
                    job.address = a.address;
                    job.latitude = a.latitude;
                    job.longitude = a.longitude;
                }
            }
        }
    } else {
        const QString typed = m_address->text().trimmed();
        if (m_base.addressId || typed != m_base.address) {
            job.addressId.reset();
            job.address = typed;
            job.latitude.reset();
            job.longitude.reset();
        }
    }
    if (m_pickedPlace) {
        job.latitude = m_pickedPlace->y();
        job.longitude = m_pickedPlace->x();
    }
    const qint64 serviceId = m_service->currentData().toLongLong();
    if (m_servicesLoaded || m_mode == Mode::New)
        job.serviceId = serviceId > 0 ? std::optional<qint64>(serviceId) : std::nullopt;
    job.requiredSkills = skillsOfText(m_skills->text());
    job.priority = m_priority->currentData().toInt();
    job.durationMin = m_duration->value();
    if (m_windowTouched || m_mode == Mode::New) {
        const auto window = windowOfForm();
        job.windowStart = window ? window->first : QString();
        job.windowEnd = window ? window->second : QString();
    }
    job.notes = m_notes->toPlainText();
    return job;
}

std::optional<JobDialog::Assignment> JobDialog::assignment() const
{
    if (m_mode != Mode::New || !m_assignBox->isVisible() || !m_assignBox->isChecked() ||
        m_technician->currentIndex() < 0)
        return std::nullopt;
    const QDate day = m_hasWindow->isChecked() ? m_windowDate->date() : m_context.day;
    return Assignment{m_technician->currentData().toLongLong(),
                      QDateTime(day, m_start->time(), m_context.zone)};
}

void JobDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

bool JobDialog::checkForm()
{
    m_marks->clear();
    m_message->showMessage({});
    QList<forms::FieldErrorMarks::FieldError> errors;
    if (m_title->text().trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the job a title (or pick a service).")});
    if (!m_customer->isNewCustomer() && m_addressChoice->currentData().toInt() == kFreeAddress &&
        m_address->text().trimmed().isEmpty() && m_mode == Mode::New)
        errors.append({QStringLiteral("address"), tr("Where is the work? Type the address.")});
    m_marks->show(errors);
    if (m_mode == Mode::New && m_repeat->isChecked() && !m_repeat->problem().isEmpty()) {
        m_message->showMessage(m_repeat->problem());
        return false;
    }
    const bool customerOk = !m_customer->isNewCustomer() || m_customer->checkNewCustomer();
    if (!errors.isEmpty() || !customerOk) {
        m_message->showMessage(tr("Correct the marked fields."));
        return false;
    }
    return true;
}

void JobDialog::submit()
{
    if (!checkForm())
        return;
    if (m_mode == Mode::Edit) {
        const QJsonObject changes = changedFields(m_base, formJob());
        if (changes.isEmpty()) {
            accept(); // nothing to save
            return;
        }
        if (m_base.seriesId && Scope(m_scope->currentData().toInt()) == Scope::ThisAndFollowing)
            sendSeriesChange(changes);
        else
            sendChanges(m_base, changes);
    } else if (m_customer->isNewCustomer()) {
        sendNewCustomerThenJob();
    } else if (m_repeat->isChecked()) {
        sendNewSeries();
    } else {
        sendNewJob();
    }
}

void JobDialog::sendNewCustomerThenJob()
{
    setBusy(true);
    Customer draft = m_customer->newCustomerDraft();
    if (m_pickedPlace && !draft.addresses.isEmpty()) {
        draft.addresses.first().latitude = m_pickedPlace->y();
        draft.addresses.first().longitude = m_pickedPlace->x();
    }
    m_customers->create(draft, this, [this](const client::ApiResult<Customer> &created) {
        setBusy(false);
        if (!created) {
            showRefusal(created.error(), QStringLiteral("customer."));
            return;
        }
        // From now on the customer is a known one: a retry of the job never adds it twice.
        m_customer->choose(*created);
        fillAddresses(*created, created->addresses.isEmpty()
                                    ? std::nullopt
                                    : std::optional<qint64>(created->addresses.first().id));
        if (m_repeat->isChecked())
            sendNewSeries();
        else
            sendNewJob();
    });
}

void JobDialog::sendNewJob()
{
    setBusy(true);
    m_client->createJob(formJob(), this, [this](const client::ApiResult<Job> &created) {
        setBusy(false);
        if (!created) {
            showRefusal(created.error());
            return;
        }
        finish(*created, true);
    });
}

std::optional<JobEditClient::WindowTimes> JobDialog::windowTimesOfForm() const
{
    if (!m_hasWindow->isChecked())
        return std::nullopt;
    return JobEditClient::WindowTimes{m_windowFrom->time().toString(QStringLiteral("HH:mm")),
                                      m_windowTo->time().toString(QStringLiteral("HH:mm"))};
}

void JobDialog::sendNewSeries()
{
    setBusy(true);
    m_client->createSeries(formJob(), windowTimesOfForm(), m_repeat->recurrence(), this,
                           [this](const client::ApiResult<JobSeries> &created) {
                               setBusy(false);
                               if (!created) {
                                   showRefusal(created.error());
                                   return;
                               }
                               emit seriesSaved(*created);
                               accept();
                           });
}

void JobDialog::sendSeriesChange(const QJsonObject &jobChanges)
{
    setBusy(true);
    m_client->changeSeriesFromVisit(
        m_base, JobEditClient::seriesChangesOf(jobChanges, windowTimesOfForm()), this,
        [this](const client::ApiResult<JobSeriesChange> &changed) {
            setBusy(false);
            if (!changed) {
                showRefusal(changed.error());
                return;
            }
            emit seriesSaved(changed->series);
            accept();
        });
}

void JobDialog::sendChanges(const Job &base, const QJsonObject &changes)
{
    setBusy(true);
    const Job mine = formJob();
    m_client->updateJob(base.id, changes, base.version, this,
                        [this, base, mine](const client::ApiResult<Job> &changed) {
                            setBusy(false);
                            if (changed) {
                                finish(*changed, false);
                                return;
                            }
                            if (const std::optional<Job> theirs =
                                    JobEditClient::currentJobOfConflict(changed.error())) {
                                showConflict(base, *theirs, changed.error());
                                return;
                            }
                            showRefusal(changed.error());
                        });
}

void JobDialog::showConflict(const Job &base, const Job &theirs, const client::ApiError &error)
{
    QHash<qint64, QString> serviceNames;
    for (const ServiceType &s : std::as_const(m_services))
        serviceNames.insert(s.id, s.name);
    const QString who = JobEditClient::lastChangeOfConflict(error, m_context.zone);
    m_conflictDialog = new ConflictDialog(EditConflict(base, theirs, formJob()),
                                          JobFieldText(m_context.zone, serviceNames), who, this);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictDialog, &QDialog::finished, this, [this, theirs](int) {
        const ConflictDialog *dialog = m_conflictDialog;
        m_conflictDialog = nullptr;
        const QJsonObject changes = dialog->changesToSend();
        if (dialog->decision() == ConflictDialog::Decision::KeepTheirs || changes.isEmpty()) {
            finish(theirs, false);
            return;
        }
        // Mine (or the merge) over theirs: theirs is what the next change must expect.
        m_base = theirs;
        sendChanges(theirs, changes);
    });
    m_conflictDialog->open();
}

void JobDialog::showRefusal(const client::ApiError &error, const QString &fieldPrefix)
{
    forms::FormRefusal::show(
        error,
        [this, &fieldPrefix](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            QList<forms::FieldErrorMarks::FieldError> named = errors;
            for (forms::FieldErrorMarks::FieldError &e : named)
                e.field.prepend(fieldPrefix);
            return m_marks->show(named);
        },
        m_message);
}

void JobDialog::finish(const Job &job, bool created)
{
    m_saved = job;
    emit jobSaved(job, created);
    accept();
}

} // namespace fielddesk::jobedit
