#include "fielddesk/shell/notificationpanel.h"

#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/shell/notificationdelegate.h"
#include "fielddesk/shell/notificationlistmodel.h"
#include "fielddesk/theme/palette.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace fielddesk::shell {

namespace {

constexpr int kPanelOffset = 4; // between the anchor and the panel

QString panelStyleSheet()
{
    using theme::Colour;
    return QStringLiteral("QFrame#notificationPanel { background: %1; border: 1px solid %2;"
                          "  border-radius: 6px; }"
                          "QFrame#notificationPanel QLabel { color: %3; background: transparent; }"
                          "QFrame#notificationPanel QLabel#notificationPanelStatus { color: %4; }"
                          "QListView#notificationList { background: %1; border: none;"
                          "  border-top: 1px solid %5; }"
                          "QPushButton#markAllReadButton { color: %6; background: transparent;"
                          "  border: none; padding: 2px 4px; }"
                          "QPushButton#markAllReadButton:hover { text-decoration: underline; }"
                          "QPushButton#markAllReadButton:disabled { color: %7; }")
        .arg(theme::css(Colour::Surface), theme::css(Colour::Border), theme::css(Colour::Text),
             theme::css(Colour::TextSubtle), theme::css(Colour::Rule), theme::css(Colour::Link),
             theme::css(Colour::TextDisabled));
}

} // namespace

NotificationPanel::NotificationPanel(client::NotificationCenter *center, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_center(center)
    , m_model(new NotificationListModel(this))
    , m_delegate(new NotificationDelegate(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_markAll(new QPushButton(tr("Mark all read"), this))
{
    setObjectName(QStringLiteral("notificationPanel"));
    setAttribute(Qt::WA_StyledBackground);
    // A click on the bell while the panel is open only closes it (no reopening at once).
    setAttribute(Qt::WA_NoMouseReplay);
    setStyleSheet(panelStyleSheet());
    setFixedWidth(kWidth);

    auto *title = new QLabel(tr("Notifications"), this);
    title->setObjectName(QStringLiteral("notificationPanelTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeDelta);
    title->setFont(titleFont);

    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    m_markAll->setCursor(Qt::PointingHandCursor);
    m_markAll->setAutoDefault(false);

    m_status->setObjectName(QStringLiteral("notificationPanelStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setMouseTracking(true); // the row under the mouse is highlighted
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(tr("Notifications"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(kMargin, kMargin, kMargin, kSpacing);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_markAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    m_status->setContentsMargins(kMargin, kMargin, kMargin, kMargin);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationPanel::fitListToRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotificationPanel::fitListToRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationPanel::fitListToRows);
    fitListToRows();
    connect(m_list, &QListView::clicked, this, &NotificationPanel::activate);
    connect(m_list, &QListView::activated, this, &NotificationPanel::activate);
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        m_center->markAllRead();
        markAllReadHere();
    });
    connect(m_center, &client::NotificationCenter::stopped, this,
            &NotificationPanel::forgetSession);
    connect(m_center, &client::NotificationCenter::notificationArrived, this,
            [this](const Notification &notification) {
                if (m_loading)
                    m_arrivedWhileLoading.append(notification);
                m_model->prepend(notification, kRecentLimit);
                showStatus({});
                refreshMarkAll();
            });
    connect(m_center, &client::NotificationCenter::notificationRead, this,
            &NotificationPanel::markReadHere);
    connect(m_center, &client::NotificationCenter::allNotificationsRead, this,
            &NotificationPanel::markAllReadHere);
    connect(m_center, &client::NotificationCenter::unreadCountChanged, this,
            &NotificationPanel::refreshMarkAll);
    connect(m_center, &client::NotificationCenter::markFailed, this,
            [this](const client::ApiError &error) { showStatus(error.message()); });
    refreshMarkAll();
}

void NotificationPanel::popUp(QWidget *anchor)
{
    placeBelow(anchor);
    show();
    raise();
    activateWindow();
    m_list->setFocus(Qt::PopupFocusReason);
    load();
}

void NotificationPanel::placeBelow(QWidget *anchor)
{
    adjustSize();
    const QPoint anchorCorner = anchor->mapToGlobal(QPoint(anchor->width(), anchor->height()));
    QRect frame(QPoint(anchorCorner.x() - width(), anchorCorner.y() + kPanelOffset), size());
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        frame.moveLeft(std::clamp(frame.left(), available.left(),
                                  std::max(available.left(), available.right() + 1 - width())));
        frame.moveTop(std::clamp(frame.top(), available.top(),
                                 std::max(available.top(), available.bottom() + 1 - height())));
    }
    move(frame.topLeft());
}

void NotificationPanel::fitListToRows()
{
    // As tall as its rows, up to kListHeight (then it scrolls); hidden while there are none.
    int height = 2 * m_list->frameWidth();
    for (int row = 0; row < m_model->rowCount() && height < kListHeight; ++row)
        height += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(std::min(height, kListHeight));
    m_list->setVisible(m_model->rowCount() > 0);
    if (isVisible())
        adjustSize();
}

void NotificationPanel::markReadHere(qint64 id)
{
    if (m_loading)
        m_readWhileLoading.insert(id);
    m_model->markRead(id);
    refreshMarkAll();
}

void NotificationPanel::markAllReadHere()
{
    if (m_loading)
        m_allReadWhileLoading = true;
    m_model->markAllRead();
    refreshMarkAll();
}

void NotificationPanel::load()
{
    m_loading = true;
    m_arrivedWhileLoading.clear();
    m_readWhileLoading.clear();
    m_allReadWhileLoading = false;
    if (m_model->rowCount() == 0)
        showStatus(tr("Loading…"));
    const quint64 generation = m_generation;
    m_center->recent(
        kRecentLimit, this, [this, generation](const client::RecentNotifications &answer) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!answer.ok()) {
                showStatus(
                    tr("Notifications could not be loaded: %1").arg(answer.error->message()));
                return;
            }
            m_model->setNotifications(answer.notifications);
            for (const Notification &notification : std::as_const(m_arrivedWhileLoading))
                m_model->prepend(notification, kRecentLimit);
            m_arrivedWhileLoading.clear();
            // The answer may have been read before a mark made meanwhile: keep the mark.
            if (m_allReadWhileLoading)
                m_model->markAllRead();
            for (const qint64 id : std::as_const(m_readWhileLoading))
                m_model->markRead(id);
            m_readWhileLoading.clear();
            m_allReadWhileLoading = false;
            showStatus(m_model->rowCount() == 0 ? tr("No notifications yet.") : QString());
            if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0));
            refreshMarkAll();
        });
}

void NotificationPanel::forgetSession()
{
    // The panel is a window of its own: hiding the main window leaves it open.
    hide();
    ++m_generation;
    m_loading = false;
    m_arrivedWhileLoading.clear();
    m_readWhileLoading.clear();
    m_allReadWhileLoading = false;
    m_model->setNotifications({});
    showStatus({});
    refreshMarkAll();
}

void NotificationPanel::activate(const QModelIndex &index)
{
    // A click can also activate (single-click styles): the first of the two is the one.
    if (!isVisible() || !index.isValid())
        return;
    const Notification notification = m_model->notificationAt(index.row());
    if (notification.readAt.isEmpty()) {
        m_center->markRead(notification.id);
        markReadHere(notification.id);
    }
    hide();
    emit notificationActivated(notification);
}

QString NotificationPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void NotificationPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void NotificationPanel::refreshMarkAll()
{
    m_markAll->setEnabled(m_center->unreadCount() > 0 || m_model->unreadRows() > 0);
}

void NotificationPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool NotificationPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the list chooses the current notification on every platform (some styles
    // only activate on a double click).
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_list->currentIndex());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void NotificationPanel::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    emit closed();
}

} // namespace fielddesk::shell
