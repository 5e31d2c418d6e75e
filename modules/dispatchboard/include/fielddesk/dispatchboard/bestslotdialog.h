// The best slots for one job, as the routing engine ranks them (GET /routing/slots) over a
// range of days (the job's day unless widened): the day, the technician, the start, the
// travel it adds; the days left out for bad weather (a weather-sensitive job) are named.
// One click or Enter takes a suggestion (the board assigns it through its undoable
// assignment flow).
// Depends on QtWidgets and fielddesk_board.
#pragma once

#include "fielddesk/board/bestslot.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fielddesk::board {
class RoutingClient;
}

namespace fielddesk::dispatchboard {

class BestSlotDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kSuggestions = 10;
    static constexpr int kMaxDays = 14; // the server's longest range

    BestSlotDialog(board::RoutingClient *client,
                   qint64 jobId,
                   const QString &jobTitle,
                   QDate day,
                   const QTimeZone &timeZone,
                   QWidget *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    QTreeWidget *suggestionList() const { return m_list; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *skippedLabel() const { return m_skipped; }
    const QList<board::BestSlot> &suggestions() const { return m_suggestions; }
    const QList<board::SkippedDay> &skippedDays() const { return m_skippedDays; }
    // Asks again for the days now chosen (the Find button).
    void findSlots();
    bool isLoaded() const { return m_loaded; }
    std::optional<board::BestSlot> chosen() const;

signals:
    void suggestionsLoaded();

private:
    void showSuggestions(const QList<board::BestSlot> &suggestions,
                         const QList<board::SkippedDay> &skipped,
                         const QString &error);

    board::RoutingClient *m_client;
    qint64 m_jobId;
    QTimeZone m_timeZone;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_find;
    QLabel *m_state;
    QLabel *m_skipped;
    QTreeWidget *m_list;
    QPushButton *m_assign = nullptr;
    QList<board::BestSlot> m_suggestions;
    QList<board::SkippedDay> m_skippedDays;
    int m_asked = 0; // the latest question: older answers are dropped
    bool m_loaded = false;
};

} // namespace fielddesk::dispatchboard
