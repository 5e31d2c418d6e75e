// The dispatch board's toolbar: the day before and after around the day picker, today, how
// many days show, the board's actions (BoardActions), and at the right what the board is doing
// (loading, how many jobs) and the live feed's state. Says which day or day count the user
// chose; shows the ones the board shows without saying so again. Depends on QtWidgets and
// fielddesk_board.
#pragma once

#include "fielddesk/client/liveeventfeed.h"

#include <QDate>
#include <QToolBar>

class QComboBox;
class QDateEdit;
class QLabel;

namespace fielddesk::dispatchboard {

class BoardActions;

class BoardToolBar : public QToolBar
{
    Q_OBJECT

public:
    BoardToolBar(const BoardActions &actions, QWidget *parent);

    QDateEdit *dayEdit() const { return m_dayEdit; }
    QComboBox *daysBox() const { return m_daysBox; }

    void showDay(QDate day);
    void showDayCount(int count);
    void showStatus(const QString &text);
    void showLiveState(client::LiveEventFeed::State state);

signals:
    void dayChosen(QDate day);
    void dayCountChosen(int count);

private:
    QDateEdit *m_dayEdit;
    QComboBox *m_daysBox;
    QLabel *m_status;
    QLabel *m_live;
};

} // namespace fielddesk::dispatchboard
