#include "fielddesk/shell/connectionindicator.h"

#include "fielddesk/theme/palette.h"

#include <QHBoxLayout>
#include <QLabel>

namespace fielddesk::shell {

namespace {

constexpr int kDotSize = 10;
constexpr int kIndicatorSpacing = 6;
constexpr int kRightMargin = 8;

// The same colours as the board's live-feed state: one meaning, one colour.
theme::Colour colourFor(client::ConnectionMonitor::State state)
{
    switch (state) {
    case client::ConnectionMonitor::State::Connected:
        return theme::Colour::Online;
    case client::ConnectionMonitor::State::Reconnecting:
        return theme::Colour::Reconnecting;
    case client::ConnectionMonitor::State::Offline:
        return theme::Colour::Offline;
    }
    return theme::Colour::Offline;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_dot = new QLabel(this);
    m_dot->setObjectName(QStringLiteral("connectionDot"));
    m_dot->setFixedSize(kDotSize, kDotSize);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("connectionLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, kRightMargin, 0);
    layout->setSpacing(kIndicatorSpacing);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    refresh();
}

void ConnectionIndicator::setServer(const QUrl &server)
{
    m_server = server;
    refresh();
}

void ConnectionIndicator::setState(client::ConnectionMonitor::State state, const QString &lastError)
{
    m_state = state;
    m_lastError = lastError;
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::refresh()
{
    const QString server = m_server.adjusted(QUrl::RemoveScheme | QUrl::RemovePath)
                               .toDisplayString()
                               .remove(QLatin1String("//"));
    switch (m_state) {
    case client::ConnectionMonitor::State::Connected:
        m_text->setText(tr("Connected to %1").arg(server));
        break;
    case client::ConnectionMonitor::State::Reconnecting:
        m_text->setText(tr("Reconnecting to %1…").arg(server));
        break;
    case client::ConnectionMonitor::State::Offline:
        m_text->setText(tr("Offline: %1 is not reachable").arg(server));
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background: %1; border-radius: %2px;")
                             .arg(theme::css(colourFor(m_state)))
                             .arg(kDotSize / 2));
    QString tip = tr("Server: %1").arg(m_server.toDisplayString());
    if (!m_lastError.isEmpty())
        tip += QLatin1Char('\n') + m_lastError;
    setToolTip(tip);
}

} // namespace fielddesk::shell
