// The approvals inbox, for managers and admins: every request awaiting the signed-in user's
// decision, filtered (InboxFilterBar) and sorted in a list, the selected one in full beside it
// (RequestDetailsView), approve, reject with a comment, and bulk approve of a multi-selection
// with one confirmation; every command has a key (F1 lists them). Decisions made elsewhere
// reach the list through requestChanged(). Approving a time off that collides with assigned
// jobs names them and offers to open them on the board (jobsToOpen) or to re-plan them there
// (jobsToReplan).
// Depends on QtWidgets, fielddesk_requests, fielddesk_client and fielddesk_theme.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace fielddesk::client {
class ApiClient;
class LiveEventFeed;
} // namespace fielddesk::client

namespace fielddesk::requests {
class RequestFilterProxy;
class RequestTableModel;
} // namespace fielddesk::requests

namespace fielddesk::approvals {

class InboxFilterBar;
class MoneyInbox;
class RequestDetailsView;

class ApprovalsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsWorkspace(client::ApiClient *api, QWidget *parent = nullptr);
    ~ApprovalsWorkspace() override;

    static QString title();

    // Where decisions and requests made elsewhere come from (the session's live events); the
    // inbox follows its requests.request.changed.v1 events.
    void followEvents(client::LiveEventFeed *feed);

    // Loads the inbox of this user (their own requests are never theirs to decide).
    void start(qint64 userId);
    void stop();
    void reload();

    bool isLoading() const { return m_loading; }
    requests::RequestTableModel *model() const { return m_model; }
    requests::RequestFilterProxy *proxy() const { return m_proxy; }
    QTableView *list() const { return m_list; }
    RequestDetailsView *details() const { return m_details; }
    MoneyInbox *moneyInbox() const { return m_money; }
    QTabWidget *tabs() const { return m_tabs; }
    InboxFilterBar *filters() const { return m_filters; }
    QList<qint64> selectedRequestIds() const;

public slots:
    // A request changed on the server (a live event or a notification): show it as it is now.
    void requestChanged(qint64 requestId);
    void approveSelected();
    void rejectSelected();
    void showShortcuts();

signals:
    // Open these jobs on the dispatch board (an approved time off collides with them).
    void jobsToOpen(const QList<qint64> &jobIds, const QDateTime &firstStart);
    // The same jobs, to be re-planned on the board around the approved time off.
    void jobsToReplan(const QList<qint64> &jobIds, const QDateTime &firstStart);
    // The inbox finished loading or a decision went through (tests, the status bar).
    void loaded(int count);
    void decided(int approved, int rejected, int failed);

private:
    // No column but the request grows wider than this many average characters.
    static constexpr int kWidestColumnChars = 24;

    void fitColumns();
    struct Decision;

    void buildActions();
    QAction *addCommand(const QString &text,
                        const QString &objectName,
                        const QKeySequence &listKey,
                        const QKeySequence &workspaceKey);
    void decide(requests::RequestStep step, const QList<qint64> &ids, const QString &comment);
    void finishDecision(const std::shared_ptr<Decision> &decision);
    void showConflicts(const QList<requests::TimeOffConflict> &conflicts);
    void showCurrent();
    void showCounts();
    void showNotice(const QString &text, bool isError);
    void refreshRequesters();
    void selectRowNear(int proxyRow);
    bool isAwaitingMe(const Request &request) const;

    requests::RequestsClient *m_client;
    requests::RequestTableModel *m_model;
    requests::RequestFilterProxy *m_proxy;
    InboxFilterBar *m_filters;
    QLabel *m_count;
    QLabel *m_notice;
    QTableView *m_list;
    RequestDetailsView *m_details;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QTabWidget *m_tabs;
    MoneyInbox *m_money;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    qint64 m_userId = 0;
    bool m_running = false;
    bool m_loading = false;
    bool m_deciding = false;
};

} // namespace fielddesk::approvals
