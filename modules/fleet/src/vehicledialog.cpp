#include "fielddesk/fleet/vehicledialog.h"

#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/fleet/vehicletablemodel.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fielddesk::fleet {

namespace {

constexpr int kFirstVehicleYear = 1950;
constexpr int kVehicleNameLength = 100;
constexpr int kPlateLength = 20;
constexpr int kVinLength = 17;
constexpr int kVehicleDialogWidth = 480;
constexpr int kNotesLines = 3;

} // namespace

VehicleDialog::VehicleDialog(FleetClient *client,
                             const Vehicle &vehicle,
                             const QList<Location> &locations,
                             QWidget *parent)
    : FleetFormDialog(QStringLiteral("vehicleDialog"),
                      vehicle.id ? tr("Change vehicle") : tr("New vehicle"),
                      parent)
    , m_client(client)
    , m_original(vehicle)
    , m_name(new QLineEdit(vehicle.name, this))
    , m_plate(new QLineEdit(vehicle.plate, this))
    , m_vin(new QLineEdit(vehicle.vin, this))
    , m_make(new QLineEdit(vehicle.make, this))
    , m_model(new QLineEdit(vehicle.model, this))
    , m_year(new QSpinBox(this))
    , m_fuel(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_notes(new QPlainTextEdit(vehicle.notes, this))
{
    m_name->setMaxLength(kVehicleNameLength);
    m_plate->setMaxLength(kPlateLength);
    m_vin->setMaxLength(kVinLength);
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(kFirstVehicleYear, thisYear + 1);
    m_year->setValue(vehicle.year.value_or(thisYear));
    for (const char *fuel : {"petrol", "diesel", "electric", "hybrid", "other"})
        m_fuel->addItem(VehicleTableModel::fuelText(QLatin1String(fuel)), QLatin1String(fuel));
    m_fuel->setCurrentIndex(std::max(0, m_fuel->findData(vehicle.fuel)));
    for (const char *status : {"active", "in_service", "retired"})
        m_status->addItem(VehicleTableModel::statusText(QLatin1String(status)),
                          QLatin1String(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(vehicle.status)));
    for (const Location &location : locations)
        m_location->addItem(location.name, location.id);
    m_location->setCurrentIndex(std::max(0, m_location->findData(vehicle.locationId)));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_name->sizeHint().height() * kNotesLines);

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("plate"), tr("&Plate"), m_plate);
    addField(QStringLiteral("vin"), tr("&VIN"), m_vin);
    addField(QStringLiteral("make"), tr("&Make"), m_make);
    addField(QStringLiteral("model"), tr("M&odel"), m_model);
    addField(QStringLiteral("year"), tr("&Year"), m_year);
    addField(QStringLiteral("fuel"), tr("&Fuel"), m_fuel);
    addField(QStringLiteral("location_id"), tr("&Location"), m_location);
    addField(QStringLiteral("status"), tr("&Status"), m_status);
    addField(QStringLiteral("notes"), tr("No&tes"), m_notes);
    resize(kVehicleDialogWidth, sizeHint().height());
}

Vehicle VehicleDialog::vehicle() const
{
    Vehicle v = m_original;
    v.name = m_name->text().trimmed();
    v.plate = m_plate->text().trimmed();
    v.vin = m_vin->text().trimmed();
    v.make = m_make->text().trimmed();
    v.model = m_model->text().trimmed();
    v.year = m_year->value();
    v.fuel = m_fuel->currentData().toString();
    v.status = m_status->currentData().toString();
    v.locationId = m_location->currentData().toLongLong();
    v.notes = m_notes->toPlainText().trimmed();
    return v;
}

void VehicleDialog::send()
{
    auto answered = answering<Vehicle>([this](const Vehicle &saved) { emit vehicleSaved(saved); });
    const Vehicle wanted = vehicle();
    if (wanted.id == 0)
        m_client->createVehicle(wanted, this, answered);
    else
        m_client->updateVehicle(wanted, this, answered);
}

} // namespace fielddesk::fleet
