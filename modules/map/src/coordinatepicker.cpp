#include "fielddesk/map/coordinatepicker.h"

#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::map {

namespace {

constexpr QSize kMapSize{640, 420};
constexpr int kCloseZoom = 14;
constexpr int kCoordinateDecimals = 5; // about a metre

} // namespace

CoordinatePicker::CoordinatePicker(std::optional<QPointF> chosen, QWidget *parent)
    : QDialog(parent)
    , m_map(new map::MapView(this))
    , m_place(new QLabel(this))
{
    setObjectName(QStringLiteral("coordinatePicker"));
    setWindowTitle(tr("Pick on the map"));
    m_map->setObjectName(QStringLiteral("pickerMap"));
    m_map->setMinimumSize(kMapSize);
    m_map->useConfiguredTiles();
    m_place->setObjectName(QStringLiteral("pickedPlace"));
    auto *hint = new QLabel(tr("Click where it is. Drag to move the map, the wheel zooms."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_map, &map::MapView::pointClicked, this, &CoordinatePicker::choose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_place);
    layout->addWidget(buttons);

    if (chosen) {
        m_map->setZoom(kCloseZoom);
        choose(chosen->y(), chosen->x());
    } else {
        m_place->setText(tr("Nothing chosen yet."));
    }
    buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen.has_value());
    connect(m_map, &map::MapView::pointClicked, buttons,
            [buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(true); });
}

void CoordinatePicker::lookAround(const QPointF &centre, int zoom)
{
    if (m_chosen)
        return;
    m_map->setZoom(zoom);
    m_map->setCenter(centre.y(), centre.x());
}

void CoordinatePicker::choose(double latitude, double longitude)
{
    m_chosen = QPointF(longitude, latitude);
    map::MapMarker mark;
    mark.id = 1;
    mark.kind = map::MapMarker::Kind::HomeBase;
    mark.latitude = latitude;
    mark.longitude = longitude;
    mark.colour = theme::colour(theme::Colour::Accent);
    mark.label = tr("Chosen");
    m_map->setTechnicianMarkers({mark});
    m_map->setCenter(latitude, longitude);
    const QLocale locale;
    m_place->setText(tr("Latitude %1, longitude %2")
                         .arg(locale.toString(latitude, 'f', kCoordinateDecimals),
                              locale.toString(longitude, 'f', kCoordinateDecimals)));
}

} // namespace fielddesk::map
