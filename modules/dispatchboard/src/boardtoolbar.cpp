#include "fielddesk/dispatchboard/boardtoolbar.h"

#include "fielddesk/dispatchboard/boardactions.h"
#include "fielddesk/theme/palette.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QToolButton>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kLiveLeftMargin = 12;
constexpr int kLiveRightMargin = 6;

} // namespace

BoardToolBar::BoardToolBar(const BoardActions &actions, QWidget *parent)
    : QToolBar(tr("Board"), parent)
    , m_dayEdit(new QDateEdit(this))
    , m_daysBox(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_live(new QLabel(this))
{
    setObjectName(QStringLiteral("boardToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_dayEdit->setObjectName(QStringLiteral("dayEdit"));
    m_dayEdit->setAccessibleName(tr("Day"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &BoardToolBar::dayChosen);
    m_daysBox->setObjectName(QStringLiteral("daysBox"));
    m_daysBox->setToolTip(tr("How many days the timeline shows (Ctrl+1, 3, 5, 7)"));
    for (const QAction *action : actions.dayCounts()) {
        const int count = action->data().toInt();
        m_daysBox->addItem(tr("%n day(s)", nullptr, count), count);
    }
    connect(m_daysBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit dayCountChosen(m_daysBox->itemData(index).toInt()); });

    addAction(actions.previousDay());
    addWidget(m_dayEdit);
    addAction(actions.nextDay());
    addAction(actions.today());
    addWidget(m_daysBox);
    addSeparator();
    addAction(actions.newJob());
    addSeparator();
    addActions({actions.undo(), actions.redo(), actions.unassign(), actions.assign(),
                actions.bestSlot(), actions.autoRoute(), actions.sendPlans()});
    addSeparator();
    addActions({actions.zoomIn(), actions.zoomOut(), actions.shortcuts()});
    // Arrows and magnifiers say it all; their words stay in the tooltip and accessible name.
    // Undo and redo name the change in their tooltip: as words they would grow with it.
    for (QAction *iconOnly :
         {actions.previousDay(), actions.nextDay(), actions.undo(), actions.redo(),
          actions.zoomIn(), actions.zoomOut(), actions.shortcuts()}) {
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(iconOnly)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    // A toolbar's buttons take no focus; this one has no shortcut to stand in for Tab.
    if (QWidget *sendPlans = widgetForAction(actions.sendPlans()))
        sendPlans->setFocusPolicy(Qt::TabFocus);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    addWidget(m_status);
    m_live->setObjectName(QStringLiteral("liveState"));
    m_live->setContentsMargins(kLiveLeftMargin, 0, kLiveRightMargin, 0);
    addWidget(m_live);
}

void BoardToolBar::showDay(QDate day)
{
    const QSignalBlocker blocker(m_dayEdit);
    m_dayEdit->setDate(day);
}

void BoardToolBar::showDayCount(int count)
{
    const QSignalBlocker blocker(m_daysBox);
    m_daysBox->setCurrentIndex(std::max(0, m_daysBox->findData(count)));
}

void BoardToolBar::showStatus(const QString &text)
{
    m_status->setText(text);
}

void BoardToolBar::showLiveState(client::LiveEventFeed::State state)
{
    using State = client::LiveEventFeed::State;
    const auto show = [this](const QString &text, theme::Colour colour) {
        m_live->setText(text);
        m_live->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(colour)));
    };
    switch (state) {
    case State::Connected:
        show(tr("● Live"), theme::Colour::Online);
        break;
    case State::Connecting:
        show(tr("● Reconnecting…"), theme::Colour::Reconnecting);
        break;
    case State::Disconnected:
        show(tr("● Offline"), theme::Colour::Offline);
        break;
    }
}

} // namespace fielddesk::dispatchboard
