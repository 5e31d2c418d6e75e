#include "fielddesk/shell/workspacenavigation.h"

#include "fielddesk/theme/palette.h"

#include "fielddesk/theme/icons.h"

#include <QHBoxLayout>
#include <QTabBar>

namespace fielddesk::shell {

namespace {

constexpr int kNavigationMargin = 12;

QString navigationStyleSheet()
{
    using theme::Colour;
    return QStringLiteral(
               "QFrame#workspaceNavigation { background: %1; border-bottom: 1px solid %2; }"
               "QTabBar#workspaceTabs::tab { background: transparent; color: %3; border: none;"
               "  border-bottom: 2px solid transparent; padding: 6px 16px; }"
               "QTabBar#workspaceTabs::tab:selected { color: %4; border-bottom-color: %5; }"
               "QTabBar#workspaceTabs::tab:hover:!selected { color: %4; }")
        .arg(theme::css(Colour::NavigationBackground), theme::css(Colour::Border),
             theme::css(Colour::NavigationText), theme::css(Colour::Text),
             theme::css(Colour::Accent));
}

} // namespace

WorkspaceNavigation::WorkspaceNavigation(QWidget *parent)
    : QFrame(parent)
    , m_tabs(new QTabBar(this))
{
    setObjectName(QStringLiteral("workspaceNavigation"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(navigationStyleSheet());
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kNavigationMargin, 0, kNavigationMargin, 0);
    layout->addWidget(m_tabs);
    layout->addStretch(1);
    // Clicks and the keyboard alike; the tabs the window sets up itself say nothing.
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            emit workspaceChosen(m_tabs->tabData(index).toString());
    });
    hide();
}

void WorkspaceNavigation::showWorkspaces(const QList<const WorkspaceSpec *> &workspaces,
                                         const QString &currentId)
{
    clear();
    const QSignalBlocker blocker(m_tabs);
    for (const WorkspaceSpec *workspace : workspaces) {
        const int index = m_tabs->addTab(theme::icon(workspace->icon), workspace->title);
        m_tabs->setTabData(index, workspace->id);
        if (workspace->id == currentId)
            m_tabs->setCurrentIndex(index);
    }
    setVisible(!workspaces.isEmpty());
}

bool WorkspaceNavigation::choose(const QString &id)
{
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (m_tabs->tabData(index).toString() != id)
            continue;
        if (m_tabs->currentIndex() == index)
            emit workspaceChosen(id); // shown already: say it again so that it opens
        else
            m_tabs->setCurrentIndex(index);
        return true;
    }
    return false;
}

void WorkspaceNavigation::clear()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    hide();
}

QString WorkspaceNavigation::currentWorkspaceId() const
{
    return m_tabs->tabData(m_tabs->currentIndex()).toString();
}

} // namespace fielddesk::shell
