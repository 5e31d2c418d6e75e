#include "fielddesk/shell/notificationbell.h"

#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/shell/notificationpanel.h"
#include "fielddesk/theme/palette.h"

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace fielddesk::shell {

namespace {

constexpr int kButtonPadding = 6;
constexpr int kBadgePointSizeDelta = -2;
// The bell is drawn on a 24-unit grid and scaled to the icon's size.
constexpr qreal kBellGrid = 24.0;

QString bellStyleSheet()
{
    using theme::Colour;
    return QStringLiteral(
               "QToolButton#notificationBell { border: 1px solid transparent; border-radius: 6px;"
               "  padding: %1px; background: transparent; }"
               "QToolButton#notificationBell:hover, QToolButton#notificationBell:checked {"
               "  background: %2; }"
               "QToolButton#notificationBell:focus { border-color: %3; }")
        .arg(kButtonPadding)
        .arg(theme::css(Colour::HeaderDivider), theme::css(Colour::Accent));
}

QString badgeStyleSheet()
{
    using theme::Colour;
    return QStringLiteral("QLabel#notificationBadge { background: %1; color: %2;"
                          "  border-radius: %3px; padding: 0 %4px; font-weight: 700; }")
        .arg(theme::css(Colour::BadgeBackground), theme::css(Colour::BadgeText))
        .arg(NotificationBell::kBadgeHeight / 2)
        .arg(NotificationBell::kBadgeHorizontalPadding);
}

// A bell: the dome, the flared rim and the clapper, in the header's text colour.
QPixmap bellPixmap(qreal devicePixelRatio)
{
    const int side = NotificationBell::kIconSize;
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(side / kBellGrid, side / kBellGrid);
    QPainterPath bell;
    bell.moveTo(12, 3);
    bell.cubicTo(8.2, 3, 6.2, 5.8, 6.2, 9.4);
    bell.lineTo(6.2, 14);
    bell.lineTo(4, 17.2);
    bell.lineTo(20, 17.2);
    bell.lineTo(17.8, 14);
    bell.lineTo(17.8, 9.4);
    bell.cubicTo(17.8, 5.8, 15.8, 3, 12, 3);
    bell.closeSubpath();
    bell.addEllipse(QPointF(12, 19.6), 2.2, 2.2);
    painter.fillPath(bell, theme::colour(theme::Colour::HeaderText));
    painter.end();
    return pixmap;
}

// Drawn for ordinary and high-density screens alike: the icon picks the sharper one.
QIcon bellIcon()
{
    constexpr qreal kHighDensity = 2.0;
    QIcon icon;
    icon.addPixmap(bellPixmap(1.0));
    icon.addPixmap(bellPixmap(kHighDensity));
    return icon;
}

} // namespace

NotificationBell::NotificationBell(client::NotificationCenter *center, QWidget *parent)
    : QToolButton(parent)
    , m_center(center)
    , m_badge(new QLabel(this))
    , m_panel(new NotificationPanel(center, this))
    , m_openPanel(new QAction(tr("Show Notifications"), this))
{
    setObjectName(QStringLiteral("notificationBell"));
    setStyleSheet(bellStyleSheet());
    setIcon(bellIcon());
    setIconSize(QSize(kIconSize, kIconSize));
    setCheckable(true); // checked while the panel is open
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Notifications"));

    m_badge->setObjectName(QStringLiteral("notificationBadge"));
    m_badge->setStyleSheet(badgeStyleSheet());
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedHeight(kBadgeHeight);
    m_badge->setAttribute(Qt::WA_TransparentForMouseEvents); // a click on it is on the bell
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSize(std::max(1, badgeFont.pointSize() + kBadgePointSizeDelta));
    m_badge->setFont(badgeFont);
    m_badge->hide();

    m_openPanel->setObjectName(QStringLiteral("showNotificationsAction"));
    m_openPanel->setShortcut(shortcut());
    m_openPanel->setShortcutContext(Qt::WindowShortcut);

    // The click toggles; the checked state only mirrors whether the panel is open.
    connect(this, &QToolButton::clicked, this, [this] {
        setChecked(m_panel->isVisible());
        togglePanel();
    });
    connect(m_openPanel, &QAction::triggered, this, &NotificationBell::openPanel);
    connect(m_panel, &NotificationPanel::closed, this, [this] { setChecked(false); });
    connect(m_panel, &NotificationPanel::notificationActivated, this,
            &NotificationBell::notificationActivated);
    connect(m_center, &client::NotificationCenter::unreadCountChanged, this,
            &NotificationBell::showCount);
    showCount(m_center->unreadCount());
}

QKeySequence NotificationBell::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
}

void NotificationBell::openPanel()
{
    if (m_panel->isVisible())
        return;
    setChecked(true);
    m_panel->popUp(this);
}

void NotificationBell::togglePanel()
{
    if (m_panel->isVisible())
        m_panel->hide();
    else
        openPanel();
}

void NotificationBell::showCount(int count)
{
    m_shownCount = count;
    m_badge->setText(count > kMostCountShown ? tr("%1+").arg(kMostCountShown)
                                             : QString::number(count));
    m_badge->setVisible(count > 0);
    const QString keys = shortcut().toString(QKeySequence::NativeText);
    setToolTip(count > 0 ? tr("Notifications: %n unread (%1)", nullptr, count).arg(keys)
                         : tr("Notifications (%1)").arg(keys));
    setAccessibleDescription(tr("%n unread", nullptr, count));
    placeBadge();
}

void NotificationBell::placeBadge()
{
    m_badge->adjustSize();
    const int badgeWidth = std::max(kBadgeHeight, m_badge->sizeHint().width());
    m_badge->resize(badgeWidth, kBadgeHeight);
    m_badge->move(width() - badgeWidth - kBadgeInset, kBadgeInset);
    m_badge->raise();
}

void NotificationBell::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    placeBadge();
}

} // namespace fielddesk::shell
