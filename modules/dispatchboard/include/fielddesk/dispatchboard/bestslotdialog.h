// The best slots for one job, as the routing engine ranks them (GET /routing/slots): the
// technician, the start, the travel it adds. One click or Enter takes a suggestion (the
// board assigns it through its undoable assignment flow).
// Depends on QtWidgets and fielddesk_board.
#pragma once

#include "fielddesk/board/bestslot.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

#include <optional>

class QLabel;
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

    BestSlotDialog(board::RoutingClient *client,
                   qint64 jobId,
                   const QString &jobTitle,
                   QDate day,
                   const QTimeZone &timeZone,
                   QWidget *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    QTreeWidget *suggestionList() const { return m_list; }
    const QList<board::BestSlot> &suggestions() const { return m_suggestions; }
    bool isLoaded() const { return m_loaded; }
    std::optional<board::BestSlot> chosen() const;

signals:
    void suggestionsLoaded();

private:
    void showSuggestions(const QList<board::BestSlot> &suggestions, const QString &error);

    qint64 m_jobId;
    QTimeZone m_timeZone;
    QLabel *m_state;
    QTreeWidget *m_list;
    QList<board::BestSlot> m_suggestions;
    bool m_loaded = false;
};

} // namespace fielddesk::dispatchboard
