#include "fielddesk/shell/notificationdelegate.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/shell/notificationlistmodel.h"
#include "fielddesk/theme/palette.h"

#include <QLocale>
#include <QPainter>

namespace fielddesk::shell {

namespace {

constexpr int kRowPadding = 10;
constexpr int kMarkerSize = 8;
constexpr int kMarkerGap = 10;
constexpr int kLineGap = 3;
constexpr int kTimeGap = 12;
constexpr int kSeparatorWidth = 1;
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 60 * kSecondsPerMinute;
constexpr qint64 kSecondsPerDay = 24 * kSecondsPerHour;
constexpr qint64 kDaysInWords = 7; // older than this: the date

QFont titleFont(const QFont &base, bool unread)
{
    QFont font = base;
    font.setBold(unread);
    return font;
}

// Where each part of a row goes: one computation for painting and for the row's height.
struct RowLayout
{
    QRect marker;
    QRect title;
    QRect time;
    QRect body;

    // A notification without a body is one line tall.
    static int height(const QFont &base, bool withBody)
    {
        const QFontMetrics title(titleFont(base, true));
        const QFontMetrics body(base);
        const int bodyHeight = withBody ? kLineGap + body.height() : 0;
        return kRowPadding + title.height() + bodyHeight + kRowPadding + kSeparatorWidth;
    }

    static RowLayout of(const QRect &row, const QFont &base, const QString &timeText)
    {
        const QFontMetrics title(titleFont(base, true));
        const QFontMetrics body(base);
        const QRect inner =
            row.adjusted(kRowPadding, kRowPadding, -kRowPadding, -kRowPadding - kSeparatorWidth);
        RowLayout layout;
        layout.marker = QRect(inner.left(), inner.top() + (title.height() - kMarkerSize) / 2,
                              kMarkerSize, kMarkerSize);
        const int textLeft = layout.marker.right() + 1 + kMarkerGap;
        const int timeWidth = body.horizontalAdvance(timeText);
        layout.time = QRect(inner.right() + 1 - timeWidth, inner.top(), timeWidth, title.height());
        layout.title =
            QRect(textLeft, inner.top(), layout.time.left() - kTimeGap - textLeft, title.height());
        layout.body = QRect(textLeft, layout.title.bottom() + 1 + kLineGap,
                            inner.right() + 1 - textLeft, body.height());
        return layout;
    }
};

// The body as one line.
QString bodyOf(const QModelIndex &index)
{
    return index.data(NotificationListModel::BodyRole).toString().simplified();
}

} // namespace

NotificationDelegate::NotificationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString NotificationDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(when.secsTo(now), 0);
    if (seconds < kSecondsPerMinute)
        return tr("just now");
    if (seconds < kSecondsPerHour)
        return tr("%n min ago", nullptr, int(seconds / kSecondsPerMinute));
    if (seconds < kSecondsPerDay)
        return tr("%n h ago", nullptr, int(seconds / kSecondsPerHour));
    if (seconds < kDaysInWords * kSecondsPerDay)
        return tr("%n d ago", nullptr, int(seconds / kSecondsPerDay));
    return QLocale().toString(client::display::inTimeZone(when).date(), QLocale::ShortFormat);
}

void NotificationDelegate::paint(QPainter *painter,
                                 const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    using theme::Colour;
    const bool unread = index.data(NotificationListModel::UnreadRole).toBool();
    const QString timeText =
        relativeTime(index.data(NotificationListModel::CreatedAtRole).toDateTime(),
                     QDateTime::currentDateTimeUtc());
    const RowLayout layout = RowLayout::of(option.rect, option.font, timeText);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The keyboard's current row shows by its frame (below), so that it keeps its unread tint.
    if (option.state & QStyle::State_MouseOver)
        painter->fillRect(option.rect, theme::colour(Colour::HoverBackground));
    else if (unread)
        painter->fillRect(option.rect, theme::colour(Colour::UnreadBackground));
    painter->fillRect(
        QRect(option.rect.left(), option.rect.bottom(), option.rect.width(), kSeparatorWidth),
        theme::colour(Colour::Rule));
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::colour(Colour::UnreadMarker));
        painter->drawEllipse(layout.marker);
    }

    const QFont title = titleFont(option.font, unread);
    painter->setFont(title);
    painter->setPen(theme::colour(Colour::Text));
    painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(),
                                                     Qt::ElideRight, layout.title.width()));
    painter->setFont(option.font);
    painter->setPen(theme::colour(Colour::TextCaption));
    painter->drawText(layout.time, Qt::AlignRight | Qt::AlignVCenter, timeText);
    const QString body = bodyOf(index);
    if (!body.isEmpty()) {
        painter->setPen(theme::colour(Colour::TextSubtle));
        painter->drawText(layout.body, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(body, Qt::ElideRight, layout.body.width()));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(theme::colour(Colour::Selection));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1 - kSeparatorWidth));
    }
    painter->restore();
}

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The width is the list's: rows span it.
    return {0, RowLayout::height(option.font, !bodyOf(index).isEmpty())};
}

} // namespace fielddesk::shell
