#include "fielddesk/admin/areapicker.h"

#include "fielddesk/map/mapview.h"
#include "fielddesk/theme/palette.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::admin {

namespace {

constexpr QSize kAreaMapSize{720, 480};
constexpr int kPlaceZoom = 12;  // a town around the location
constexpr int kAreaMargin = 40; // pixels kept free around an area shown whole

} // namespace

AreaPicker::AreaPicker(const QList<GeoPoint> &corners,
                       std::optional<QPointF> place,
                       QWidget *parent)
    : QDialog(parent)
    , m_map(new map::MapView(this))
    , m_problem(new QLabel(this))
    , m_removeLast(new QPushButton(tr("&Remove last corner"), this))
    , m_clear(new QPushButton(tr("&Clear"), this))
    , m_corners(corners)
{
    setObjectName(QStringLiteral("areaPicker"));
    setWindowTitle(tr("Draw the service area"));
    m_map->setObjectName(QStringLiteral("areaMap"));
    m_map->setMinimumSize(kAreaMapSize);
    m_map->useConfiguredTiles();
    m_problem->setObjectName(QStringLiteral("areaProblem"));
    m_problem->setWordWrap(true);
    m_removeLast->setObjectName(QStringLiteral("removeLastCorner"));
    m_clear->setObjectName(QStringLiteral("clearArea"));
    auto *hint = new QLabel(tr("Click to add a corner; drag a corner to move it. Drag the map "
                               "to move it, the wheel zooms. Backspace removes the last corner."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_map, &map::MapView::pointClicked, this, &AreaPicker::addCorner);
    connect(m_map, &map::MapView::areaCornerDragged, this,
            [this](int, int corner, double latitude, double longitude) {
                moveCorner(corner, latitude, longitude);
            });
    connect(m_removeLast, &QPushButton::clicked, this, &AreaPicker::removeLastCorner);
    connect(m_clear, &QPushButton::clicked, this, &AreaPicker::clearCorners);

    auto *edits = new QHBoxLayout;
    edits->addWidget(m_removeLast);
    edits->addWidget(m_clear);
    edits->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_problem);
    layout->addLayout(edits);
    layout->addWidget(buttons);
    // The map knows its size once laid out: only then can the area be fitted into it.
    m_map->resize(kAreaMapSize);
    centreOnArea(place);
    showCorners();
}

void AreaPicker::centreOnArea(std::optional<QPointF> place)
{
    if (place) {
        // The location itself, for reference.
        map::MapMarker mark;
        mark.id = 1;
        mark.kind = map::MapMarker::Kind::HomeBase;
        mark.latitude = place->y();
        mark.longitude = place->x();
        mark.label = tr("The location");
        m_map->setTechnicianMarkers({mark});
    }
    if (m_corners.isEmpty()) {
        if (place) {
            m_map->setZoom(kPlaceZoom);
            m_map->setCenter(place->y(), place->x());
        }
        return;
    }
    const auto [south, north] = std::minmax_element(
        m_corners.begin(), m_corners.end(),
        [](const GeoPoint &a, const GeoPoint &b) { return a.latitude < b.latitude; });
    const auto [west, east] = std::minmax_element(
        m_corners.begin(), m_corners.end(),
        [](const GeoPoint &a, const GeoPoint &b) { return a.longitude < b.longitude; });
    m_map->setCenter((south->latitude + north->latitude) / 2,
                     (west->longitude + east->longitude) / 2);
    // The closest zoom that shows every corner.
    const QRect room = QRect(QPoint(0, 0), m_map->size())
                           .adjusted(kAreaMargin, kAreaMargin, -kAreaMargin, -kAreaMargin);
    for (int zoom = map::MapView::kMaxZoom; zoom >= map::MapView::kMinZoom; --zoom) {
        m_map->setZoom(zoom);
        const bool fits = std::all_of(m_corners.begin(), m_corners.end(), [&](const GeoPoint &p) {
            return room.contains(m_map->screenPoint(p.latitude, p.longitude).toPoint());
        });
        if (fits)
            break;
    }
}

void AreaPicker::keyPressEvent(QKeyEvent *event)
{
    // Reaches here from the map and the buttons, which leave Backspace alone.
    if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier) {
        removeLastCorner();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AreaPicker::addCorner(double latitude, double longitude)
{
    m_corners.append({latitude, longitude});
    showCorners();
}

void AreaPicker::moveCorner(int corner, double latitude, double longitude)
{
    if (corner < 0 || corner >= m_corners.size())
        return;
    m_corners[corner] = {latitude, longitude};
    showCorners();
}

void AreaPicker::removeLastCorner()
{
    if (m_corners.isEmpty())
        return;
    m_corners.removeLast();
    showCorners();
}

void AreaPicker::clearCorners()
{
    m_corners.clear();
    showCorners();
}

QString AreaPicker::problemText(const AreaProblem &problem)
{
    using ProblemKind = AreaProblem::Kind;
    switch (problem.kind) {
    case ProblemKind::TooFewCorners:
        return tr("An area needs at least %n corners.", nullptr, AreaProblem::kMinCorners);
    case ProblemKind::TooManyCorners:
        return tr("An area may have at most %n corners.", nullptr, AreaProblem::kMaxCorners);
    case ProblemKind::LatitudeOutOfRange:
    case ProblemKind::LongitudeOutOfRange:
        return tr("Corner %1 is off the map.").arg(problem.corner + 1);
    case ProblemKind::RepeatedCorner:
        return tr("Corner %1 is where the corner before it is.").arg(problem.corner + 1);
    case ProblemKind::EdgesCross:
        return tr("The edges cross: the edge from corner %1 meets the edge from corner %2. Drag "
                  "a corner to untangle them.")
            .arg(problem.corner + 1)
            .arg(problem.otherCorner + 1);
    }
    return {};
}

void AreaPicker::showCorners()
{
    const std::optional<AreaProblem> problem =
        m_corners.isEmpty() ? std::nullopt : polygonProblem(m_corners);
    map::MapArea area;
    for (const GeoPoint &corner : std::as_const(m_corners))
        area.corners.append(QPointF(corner.longitude, corner.latitude));
    area.colour = theme::colour(problem ? theme::Colour::Danger : theme::Colour::Accent);
    area.style = map::MapArea::Style::Editing;
    m_map->setAreas({area});
    if (m_corners.isEmpty())
        m_problem->setText(tr("No area: click the map to add its first corner."));
    else if (problem)
        m_problem->setText(problemText(*problem));
    else
        m_problem->setText(tr("An area of %n corners.", nullptr, int(m_corners.size())));
    m_problem->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(theme::css(theme::Colour::ErrorText))
                : QString());
    m_ok->setEnabled(!problem);
    m_removeLast->setEnabled(!m_corners.isEmpty());
    m_clear->setEnabled(!m_corners.isEmpty());
}

} // namespace fielddesk::admin
