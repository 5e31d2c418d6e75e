#include "fielddesk/dispatchboard/dayreplaydialog.h"

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/technicianpositions.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/dispatchboard/mappresenter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace fielddesk::dispatchboard {

namespace {
constexpr int kReplayMinimumWidth = 420;
} // namespace

DayReplayDialog::DayReplayDialog(board::BoardSession *session,
                                 MapPresenter *map,
                                 qint64 technicianId,
                                 QDate day,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_map(map)
    , m_technicianId(technicianId)
    , m_state(new QLabel(tr("Loading the positions…"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_play(new QPushButton(tr("&Play"), this))
{
    setObjectName(QStringLiteral("dayReplayDialog"));
    const board::DispatchStore *store = session->store();
    const board::TechnicianRecord *technician = store->technician(technicianId);
    const QString name = technician ? technician->technician.name : QString::number(technicianId);
    setWindowTitle(tr("Replay of %1's day").arg(name));
    setMinimumWidth(kReplayMinimumWidth);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setAccessibleName(tr("Moment of the day"));
    m_slider->setEnabled(false);
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_play->setObjectName(QStringLiteral("replayPlayButton"));
    m_play->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1 on %2").arg(name, client::display::weekdayDayMonth(day)), this));
    layout->addWidget(m_state);
    layout->addLayout(controls);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slider, &QSlider::valueChanged, this, &DayReplayDialog::showPoint);
    connect(m_play, &QPushButton::clicked, this, [this] { setPlaying(!isPlaying()); });
    m_player.setInterval(kPlayStepMs);
    connect(&m_player, &QTimer::timeout, this, [this] {
        if (m_slider->value() >= m_slider->maximum())
            setPlaying(false);
        else
            m_slider->setValue(m_slider->value() + 1);
    });

    const QTimeZone zone = store->timeZone();
    const qint64 fromMs = day.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 toMs = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    session->positions()->fetchTrack(technicianId, fromMs, toMs, this,
                                     [this](const QList<TechnicianPosition> &track,
                                            const QString &error) { showTrack(track, error); });
}

DayReplayDialog::~DayReplayDialog() = default;

void DayReplayDialog::showTrack(const QList<TechnicianPosition> &track, const QString &error)
{
    m_track = track;
    if (!error.isEmpty())
        m_state->setText(tr("The positions could not be loaded: %1").arg(error));
    else if (track.isEmpty())
        m_state->setText(tr("No positions that day."));
    else
        m_state->setText(tr("%n position(s) recorded.", nullptr, int(track.size())));
    m_map->showReplay(m_technicianId, track);
    const bool any = !track.isEmpty();
    m_slider->setEnabled(any);
    m_play->setEnabled(any);
    m_slider->setRange(0, any ? int(track.size()) - 1 : 0);
    m_slider->setValue(0);
    showPoint(0);
    emit trackLoaded();
}

void DayReplayDialog::showPoint(int index)
{
    if (index < 0 || index >= m_track.size()) {
        m_time->clear();
        return;
    }
    const qint64 atMs = board::TechnicianPositions::fixMs(m_track.at(index));
    m_time->setText(client::display::time(
        QDateTime::fromMSecsSinceEpoch(atMs, m_session->store()->timeZone())));
    m_map->showReplayAt(atMs);
}

void DayReplayDialog::setPlaying(bool playing)
{
    if (playing && m_slider->value() >= m_slider->maximum())
        m_slider->setValue(0); // from the start again
    if (playing)
        m_player.start();
    else
        m_player.stop();
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
}

void DayReplayDialog::done(int result)
{
    m_player.stop();
    m_map->endReplay();
    QDialog::done(result);
}

} // namespace fielddesk::dispatchboard
