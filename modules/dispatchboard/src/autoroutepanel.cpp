#include "fielddesk/dispatchboard/autoroutepanel.h"

#include "fielddesk/board/autoroutesession.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/theme/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kProgressSteps = 100;
constexpr int kProgressWidth = 220;
constexpr double kMsPerSecond = 1000.0;

} // namespace

AutoRoutePanel::AutoRoutePanel(board::AutoRouteSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_countdown(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_changes(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_replan(new QPushButton(tr("Plan &again"), this))
    , m_ticker(new QTimer(this))
{
    m_changes->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("autoRoutePanel"));
    setStyleSheet(
        QStringLiteral("QFrame#autoRoutePanel { background: %1; border-bottom: 1px solid %2; }")
            .arg(theme::css(theme::Colour::ProposalBackground),
                 theme::css(theme::Colour::ProposalBorder)));
    m_title->setObjectName(QStringLiteral("autoRouteTitle"));
    m_progress->setObjectName(QStringLiteral("autoRouteProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setMaximumWidth(kProgressWidth);
    m_countdown->setObjectName(QStringLiteral("autoRouteCountdown"));
    m_summary->setObjectName(QStringLiteral("autoRouteSummary"));
    // Long summaries wrap instead of widening the board.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setObjectName(QStringLiteral("autoRouteMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme::css(theme::Colour::DangerText)));
    m_cancel->setObjectName(QStringLiteral("autoRouteCancel"));
    m_apply->setObjectName(QStringLiteral("autoRouteApply"));
    m_discard->setObjectName(QStringLiteral("autoRouteDiscard"));
    m_replan->setObjectName(QStringLiteral("autoRouteReplan"));
    m_changes->setObjectName(QStringLiteral("autoRouteChanges"));
    m_changes->setAccessibleName(tr("Proposed changes"));
    m_changes->setModel(session->preview());
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->setMaximumHeight(kChangesHeight);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_progress);
    top->addWidget(m_countdown);
    top->addWidget(m_summary, 1);
    top->addWidget(m_replan);
    top->addWidget(m_cancel);
    top->addWidget(m_apply);
    top->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_changes);

    connect(m_cancel, &QPushButton::clicked, session, &board::AutoRouteSession::cancel);
    connect(m_apply, &QPushButton::clicked, session, &board::AutoRouteSession::apply);
    connect(m_discard, &QPushButton::clicked, session, &board::AutoRouteSession::discard);
    connect(m_replan, &QPushButton::clicked, session, &board::AutoRouteSession::replan);
    connect(session, &board::AutoRouteSession::stateChanged, this, &AutoRoutePanel::updateState);
    connect(session, &board::AutoRouteSession::progressChanged, this,
            &AutoRoutePanel::updateCountdown);
    connect(session, &board::AutoRouteSession::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty() && isVisible());
    });
    connect(m_ticker, &QTimer::timeout, this, &AutoRoutePanel::updateCountdown);
    connect(m_changes, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit jobActivated(index.data(board::RoutePreview::JobIdRole).toLongLong());
    });
    updateState();
}

void AutoRoutePanel::updateState()
{
    using State = board::AutoRouteSession::State;
    const State state = m_session->state();
    setVisible(state != State::Idle);
    const bool planning = state == State::Planning;
    const bool previewing = state == State::Previewing || state == State::Applying;
    m_progress->setVisible(planning);
    m_countdown->setVisible(planning);
    m_cancel->setVisible(planning);
    m_apply->setVisible(previewing);
    m_apply->setEnabled(state == State::Previewing);
    m_discard->setVisible(previewing || state == State::Conflict);
    m_replan->setVisible(state == State::Conflict);
    m_changes->setVisible(previewing || state == State::Conflict);
    m_summary->setVisible(previewing || state == State::Conflict);
    if (state != State::Conflict && state != State::Previewing)
        m_message->hide();
    else
        m_message->setVisible(!m_message->text().isEmpty() && state == State::Conflict);
    const board::RoutingClient::PlanRequest &request = m_session->request();
    const QString day = client::display::weekdayDayMonth(request.date);
    switch (state) {
    case State::Idle:
        m_ticker->stop();
        m_message->clear();
        break;
    case State::Planning:
        m_title->setText(request.unavailable ? tr("Re-plan while %1 is away, %2: planning…")
                                                   .arg(request.unavailable->technicianName, day)
                                             : tr("Auto-route %1: planning…").arg(day));
        m_message->clear();
        m_ticker->start(kCountdownTickMs);
        updateCountdown();
        break;
    case State::Previewing:
    case State::Applying: {
        m_ticker->stop();
        const board::RoutePreview *preview = m_session->preview();
        if (state == State::Applying)
            m_title->setText(tr("Applying the route…"));
        else if (request.unavailable)
            m_title->setText(tr("Proposed re-plan while %1 is away, %2:")
                                 .arg(request.unavailable->technicianName, day));
        else
            m_title->setText(tr("Proposed route %1:").arg(day));
        m_summary->setText(preview->summary());
        const int changes = int(preview->proposal().changedJobIds().size());
        m_apply->setText(changes > 0 ? tr("&Apply %n change(s)", nullptr, changes)
                                     : tr("Nothing to apply"));
        m_apply->setEnabled(state == State::Previewing && changes > 0);
        m_changes->resizeColumnsToContents();
        if (state == State::Previewing)
            m_apply->setFocus();
        break;
    }
    case State::Conflict:
        m_ticker->stop();
        m_title->setText(tr("The route was not applied:"));
        m_message->setText(m_session->message());
        m_message->show();
        break;
    }
}

void AutoRoutePanel::updateCountdown()
{
    if (m_session->state() != board::AutoRouteSession::State::Planning)
        return;
    const double limit = m_session->request().timeLimitS;
    const double elapsed = m_session->planningElapsedMs() / kMsPerSecond;
    // The server's progress when it reports some, else the share of the time limit spent.
    const double fraction =
        m_session->fraction() > 0 ? m_session->fraction() : std::min(1.0, elapsed / limit);
    m_progress->setValue(int(std::lround(fraction * kProgressSteps)));
    const int remaining = int(std::ceil(std::max(0.0, limit - elapsed)));
    m_countdown->setText(remaining > 0 ? tr("%n s left", nullptr, remaining) : tr("finishing…"));
}

} // namespace fielddesk::dispatchboard
