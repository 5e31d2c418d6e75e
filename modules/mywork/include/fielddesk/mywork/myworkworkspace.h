// "My work": every user's own page, an employee's only one. Two tabs: my requests (status
// filter: open, decided, all) with the selected one in full (RequestDetailsView) and Cancel
// while it awaits a decision, New request (Ctrl+N) with a menu of the kinds, each opening its
// NewRequestDialog; and my expenses and spiffs (MyMoneyPane). Under them, for a technician,
// today's jobs with the steps they report (MyJobsPane).
// Depends on QtWidgets, fielddesk_requests, fielddesk_client, fielddesk_domain and
// fielddesk_theme; the shell shows it as a workspace, it knows nothing of the shell.
#pragma once

#include "fielddesk/client/userprofile.h"
#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QTimeZone>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::requests {
class RequestFilterProxy;
class RequestTableModel;
} // namespace fielddesk::requests

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class MyJobsPane;
class MyMoneyPane;
class NewRequestDialog;
class RequestDetailsView;

class MyWorkWorkspace : public QWidget
{
    Q_OBJECT

public:
    // What the status filter offers.
    enum class StatusFilter { Open, Decided, All };
    Q_ENUM(StatusFilter)

    explicit MyWorkWorkspace(client::ApiClient *api, QWidget *parent = nullptr);
    ~MyWorkWorkspace() override;

    // "My work": the workspace's title in the navigation.
    static QString title();

    // Starts for a signed-in user: their requests, the catalogs, and their jobs of today on
    // that clock if they are a technician.
    void start(const client::UserProfile &user, const QTimeZone &timeZone);
    void stop();
    bool isLoading() const { return m_loading; }
    qint64 userId() const { return m_userId; }

    // The kind's dialog, open (window-modal) until the request is filed or the user gives up.
    NewRequestDialog *openNewRequestDialog(const QString &kind);
    void setStatusFilter(StatusFilter filter);
    void selectRequest(qint64 requestId);
    std::optional<Request> selectedRequest() const;

    requests::RequestsClient *requestsClient() const { return m_requests; }
    QPushButton *newRequestButton() const { return m_newRequestButton; }
    QMenu *newRequestMenu() const { return m_newRequestMenu; }
    QAction *newRequestAction(const QString &kind) const;
    QComboBox *statusFilterBox() const { return m_statusFilter; }
    QTableView *requestTable() const { return m_table; }
    requests::RequestTableModel *requestModel() const { return m_model; }
    requests::RequestFilterProxy *requestProxy() const { return m_proxy; }
    RequestDetailsView *details() const { return m_details; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    MyJobsPane *jobs() const { return m_jobs; }
    MyMoneyPane *money() const { return m_money; }
    QTabWidget *tabs() const { return m_tabs; }
    forms::MessageLabel *notice() const { return m_notice; }

    // The status sets behind the filter's choices.
    static QSet<QString> statusesOf(StatusFilter filter);

public slots:
    // Something happened to one of the user's requests (a decision, a comment): reload its
    // row, and the details when it is the one shown.
    void requestChanged(qint64 requestId);
    // Everything again from the server.
    void reload();
    // Asks first, then cancels the selected request (only one awaiting a decision).
    void cancelSelectedRequest();
    // Pops up the kinds of request under the New request button.
    void showNewRequestMenu();
    // Brings the expenses and spiffs tab, or the requests tab, to the front.
    void showMoney();
    void showRequests();

signals:
    void requestsLoaded();
    // The server has a new request of the user's, filed from a dialog here.
    void requestFiled(const fielddesk::Request &request);
    // A request the user cancelled (the server's answer).
    void requestCancelled(const fielddesk::Request &request);

private:
    QWidget *buildToolBar();
    QWidget *buildRequestsPane();
    void loadRequests();
    void loadCatalogs();
    void showSelected();
    void updateActions();
    void takeRequest(const Request &request);
    void cancel(const Request &request);

    requests::RequestsClient *m_requests;
    requests::RequestTableModel *m_model;
    requests::RequestFilterProxy *m_proxy;
    requests::Catalogs m_catalogs;
    qint64 m_userId = 0;
    quint64 m_epoch = 0;
    bool m_loading = false;

    QPushButton *m_newRequestButton = nullptr;
    QMenu *m_newRequestMenu = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    RequestDetailsView *m_details = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_cancelAction = nullptr;
    MyJobsPane *m_jobs = nullptr;
    MyMoneyPane *m_money = nullptr;
    QTabWidget *m_tabs = nullptr;
    forms::MessageLabel *m_notice = nullptr;
};

} // namespace fielddesk::mywork
