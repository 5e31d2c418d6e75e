#include "fielddesk/approvals/approvalsworkspace.h"

#include "fielddesk/approvals/inboxfilterbar.h"
#include "fielddesk/approvals/moneyinbox.h"
#include "fielddesk/approvals/rejectdialog.h"
#include "fielddesk/approvals/requestdetailsview.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/forms/tablecolumns.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttablemodel.h"
#include "fielddesk/requests/requesttext.h"
#include "fielddesk/theme/palette.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::approvals {

using requests::RequestStep;
using requests::RequestTableModel;

namespace {

constexpr int kMargin = 12;
constexpr int kListStretch = 3;
constexpr int kDetailsStretch = 2;
constexpr int kTitlePointSizeDelta = 4;
constexpr int kLocationPageSize = 500;

} // namespace

// One approve or reject of one or more requests, while their answers come in.
struct ApprovalsWorkspace::Decision
{
    RequestStep step = RequestStep::Approve;
    int waiting = 0;
    int succeeded = 0;
    QStringList failures;
    QList<requests::TimeOffConflict> conflicts;
};

ApprovalsWorkspace::ApprovalsWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new requests::RequestsClient(api, this))
    , m_model(new RequestTableModel(this))
    , m_proxy(new requests::RequestFilterProxy(this))
    , m_filters(new InboxFilterBar(m_proxy, this))
    , m_count(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_list(new QTableView(this))
    , m_details(new RequestDetailsView(m_client, this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_tabs(new QTabWidget(this))
    , m_money(new MoneyInbox(api, this))
{
    m_list->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("approvalsWorkspace"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    auto *heading = new QHBoxLayout;
    auto *title = new QLabel(ApprovalsWorkspace::title(), this);
    QFont titleFont = title->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeDelta);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Colour::TextSubtle)));
    heading->addWidget(title);
    heading->addWidget(m_count, 1);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    heading->addWidget(m_approve);
    heading->addWidget(m_reject);
    layout->addLayout(heading);
    // Requests on the first tab, expenses and spiffs on the second.
    auto *requestsPage = new QWidget(this);
    auto *requestsLayout = new QVBoxLayout(requestsPage);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    requestsLayout->addWidget(m_filters);
    m_notice->setObjectName(QStringLiteral("inboxNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    requestsLayout->addWidget(m_notice);

    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Requests"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    // The longest waiting first; every row is awaiting a decision, so no status column.
    m_list->sortByColumn(RequestTableModel::SubmittedColumn, Qt::AscendingOrder);
    m_list->setColumnHidden(RequestTableModel::StatusColumn, true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(RequestTableModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("listAndDetails"));
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, kListStretch);
    splitter->setStretchFactor(1, kDetailsStretch);
    requestsLayout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("inboxTabs"));
    m_tabs->addTab(requestsPage, tr("Re&quests"));
    m_tabs->addTab(m_money, tr("E&xpenses and spiffs"));
    layout->addWidget(m_tabs, 1);
    // The heading's buttons decide requests; the money tab has its own.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_approve->setVisible(index == 0);
        m_reject->setVisible(index == 0);
    });

    buildActions();
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsWorkspace::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsWorkspace::rejectSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsWorkspace::showCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ApprovalsWorkspace::showCurrent);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ApprovalsWorkspace::showCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApprovalsWorkspace::showCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApprovalsWorkspace::showCounts);
    connect(m_details, &RequestDetailsView::commented, this, &ApprovalsWorkspace::requestChanged);
    showCurrent();
    showCounts();
}

ApprovalsWorkspace::~ApprovalsWorkspace() = default;

QString ApprovalsWorkspace::title()
{
    return tr("Approvals");
}

QAction *ApprovalsWorkspace::addCommand(const QString &text,
                                        const QString &objectName,
                                        const QKeySequence &listKey,
                                        const QKeySequence &workspaceKey)
{
    // A letter works while the list has the focus (typing in the search box stays typing);
    // the modified key works anywhere in the workspace.
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(workspaceKey);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    if (!listKey.isEmpty()) {
        auto *listAction = new QAction(text, m_list);
        listAction->setObjectName(objectName + QStringLiteral("InList"));
        listAction->setShortcut(listKey);
        listAction->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(listAction);
        connect(listAction, &QAction::triggered, action, &QAction::trigger);
    }
    return action;
}

void ApprovalsWorkspace::fitColumns()
{
    // Once rows and the locations' names are in (whichever comes last): requesters' and
    // locations' names whole, the request takes the rest.
    if (m_model->hasLocationNames())
        forms::fitColumnsOnceAround(m_list, RequestTableModel::SummaryColumn,
                                    m_list->fontMetrics().averageCharWidth() * kWidestColumnChars);
}

void ApprovalsWorkspace::buildActions()
{
    m_approveAction =
        addCommand(tr("Approve the selected requests"), QStringLiteral("approveAction"),
                   QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_approveAction, &QAction::triggered, this, &ApprovalsWorkspace::approveSelected);
    m_rejectAction = addCommand(tr("Reject the selected requests with a comment"),
                                QStringLiteral("rejectAction"), QKeySequence(Qt::Key_R),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_rejectAction, &QAction::triggered, this, &ApprovalsWorkspace::rejectSelected);
    QAction *open = addCommand(tr("Open the first attachment"), QStringLiteral("openAttachment"),
                               QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(open, &QAction::triggered, m_details, &RequestDetailsView::openFirstAttachment);
    QAction *comment = addCommand(tr("Write a comment"), QStringLiteral("commentAction"),
                                  QKeySequence(Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(comment, &QAction::triggered, this, [this] {
        m_details->findChild<QLineEdit *>(QStringLiteral("commentEdit"))->setFocus();
    });
    QAction *search =
        addCommand(tr("Search the inbox"), QStringLiteral("searchAction"), {}, QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        m_filters->search()->setFocus();
        m_filters->search()->selectAll();
    });
    QAction *list = addCommand(tr("Back to the list"), QStringLiteral("listAction"), {},
                               QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(list, &QAction::triggered, this, [this] { m_list->setFocus(); });
    QAction *reload = addCommand(tr("Load the inbox again"), QStringLiteral("reloadAction"), {},
                                 QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &ApprovalsWorkspace::reload);
    QAction *shortcuts = addCommand(tr("Keyboard shortcuts"), QStringLiteral("shortcutsAction"), {},
                                    QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, &ApprovalsWorkspace::showShortcuts);
    m_approve->setToolTip(tr("Approve the selected requests (A in the list, Ctrl+Enter)"));
    m_reject->setToolTip(tr("Reject with a comment (R in the list, Ctrl+Shift+Enter)"));
}

void ApprovalsWorkspace::showShortcuts()
{
    // Written from the actions themselves, so that the list and the keys never disagree.
    QString rows;
    for (const QAction *action : actions()) {
        QStringList keys;
        for (const QAction *listAction : m_list->actions()) {
            if (listAction->objectName() == action->objectName() + QStringLiteral("InList"))
                keys << tr("%1 (list)")
                            .arg(listAction->shortcut().toString(QKeySequence::NativeText));
        }
        keys << action->shortcut().toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(),
                         action->text().toHtmlEscaped());
    }
    rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Up, Down, Shift+Up/Down, Ctrl+A"),
                     tr("Move in the list, select several (for bulk approve)"));
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts: Approvals"),
                    QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("approvalsShortcuts"));
    box.exec();
}

void ApprovalsWorkspace::followEvents(client::LiveEventFeed *feed)
{
    connect(feed, &client::LiveEventFeed::eventReceived, this, [this](const DomainEvent &event) {
        if (event.type != QLatin1String("requests.request.changed.v1"))
            return;
        const QJsonObject change = QJsonDocument::fromJson(event.dataJson).object();
        requestChanged(change.value(QLatin1String("request_id")).toInteger());
    });
    // Expenses and spiffs decided or filed elsewhere: their list is read again.
    connect(feed, &client::LiveEventFeed::eventReceived, this, [this](const DomainEvent &event) {
        if (m_running && (event.type == QLatin1String("expenses.expense.changed.v1") ||
                          event.type == QLatin1String("spiffs.spiff.changed.v1")))
            m_money->reload();
    });
    // Events missed while the feed was away are gone: read the inbox again.
    connect(feed, &client::LiveEventFeed::resyncRequired, this, &ApprovalsWorkspace::reload);
}

void ApprovalsWorkspace::start(qint64 userId)
{
    m_userId = userId;
    m_running = true;
    reload();
    m_money->reload();
    m_client->catalogs(this, [this](const client::ApiResult<requests::Catalogs> &catalogs) {
        if (catalogs)
            m_model->setCatalogs(*catalogs);
        showCurrent();
    });
    m_client->api()->get(QStringLiteral("/api/v1/locations?limit=%1").arg(kLocationPageSize), this,
                         [this](const client::ApiResponse &r) {
                             if (!r.ok())
                                 return;
                             QHash<qint64, QString> names;
                             for (const QJsonValue &value :
                                  r.json.value(QStringLiteral("results")).toArray()) {
                                 const QJsonObject o = value.toObject();
                                 names.insert(o.value(QStringLiteral("id")).toInteger(),
                                              o.value(QStringLiteral("name")).toString());
                             }
                             m_model->setLocationNames(names);
                             m_filters->setLocations(names);
                             fitColumns();
                         });
    m_list->setFocus();
}

void ApprovalsWorkspace::stop()
{
    m_running = false;
    m_model->clear();
    m_details->showRequest(std::nullopt, {});
    m_notice->hide();
}

void ApprovalsWorkspace::reload()
{
    if (!m_running)
        return;
    m_loading = true;
    showCounts();
    requests::RequestQuery query;
    query.awaitingMe = true;
    query.statuses = {QStringLiteral("submitted")};
    m_client->list(query, this, [this](const client::ApiResult<QList<Request>> &result) {
        m_loading = false;
        if (!result) {
            showNotice(tr("The inbox could not be loaded: %1").arg(result.error().message()), true);
            showCounts();
            return;
        }
        const std::optional<qint64> shown = m_details->requestId();
        m_model->setRequests(*result);
        fitColumns();
        refreshRequesters();
        selectRowNear(0);
        if (shown) {
            const int row = m_model->rowOf(*shown);
            if (row >= 0)
                m_list->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        }
        showCounts();
        emit loaded(int(result->size()));
    });
}

bool ApprovalsWorkspace::isAwaitingMe(const Request &request) const
{
    return request.status == QLatin1String("submitted") && request.requesterId != m_userId;
}

void ApprovalsWorkspace::requestChanged(qint64 requestId)
{
    if (!m_running)
        return;
    m_client->request(requestId, this, [this, requestId](const client::ApiResult<Request> &r) {
        if (!r) {
            if (r.error().status == 404 || r.error().status == 403)
                m_model->remove(requestId);
            return;
        }
        if (isAwaitingMe(*r)) {
            m_model->upsert(*r);
            if (m_details->requestId() == requestId)
                m_details->showRequest(*r, m_model->catalogs());
        } else {
            const int proxyRow =
                m_proxy->mapFromSource(m_model->index(m_model->rowOf(requestId), 0)).row();
            const bool wasShown = m_details->requestId() == requestId;
            m_model->remove(requestId);
            if (wasShown)
                selectRowNear(proxyRow);
        }
        refreshRequesters();
    });
}

QList<qint64> ApprovalsWorkspace::selectedRequestIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : rows)
        ids << m_proxy->index(row, 0).data(RequestTableModel::RequestIdRole).toLongLong();
    return ids;
}

void ApprovalsWorkspace::approveSelected()
{
    if (m_tabs->currentWidget() == m_money) {
        m_money->approveSelected();
        return;
    }
    const QList<qint64> ids = selectedRequestIds();
    if (ids.isEmpty() || m_deciding)
        return;
    if (ids.size() > 1) {
        QMessageBox box(QMessageBox::Question, tr("Approve requests"),
                        tr("Approve the %n selected requests?", nullptr, int(ids.size())),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("bulkApproveConfirmation"));
        QPushButton *approve =
            box.addButton(tr("Approve %n", nullptr, int(ids.size())), QMessageBox::AcceptRole);
        box.setDefaultButton(approve);
        box.exec();
        if (box.clickedButton() != approve)
            return;
    }
    decide(RequestStep::Approve, ids, {});
}

void ApprovalsWorkspace::rejectSelected()
{
    if (m_tabs->currentWidget() == m_money) {
        m_money->askToReject();
        return;
    }
    const QList<qint64> ids = selectedRequestIds();
    if (ids.isEmpty() || m_deciding)
        return;
    RejectDialog dialog(int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    decide(RequestStep::Reject, ids, dialog.comment());
}

void ApprovalsWorkspace::decide(RequestStep step, const QList<qint64> &ids, const QString &comment)
{
    auto decision = std::make_shared<Decision>();
    decision->step = step;
    decision->waiting = int(ids.size());
    m_deciding = true;
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    const int firstRow = m_list->selectionModel()->selectedRows().isEmpty()
                             ? 0
                             : m_list->selectionModel()->selectedRows().first().row();
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            --decision->waiting;
            continue;
        }
        const Request request = m_model->requestAt(row);
        m_client->takeStep(
            request, step, comment, this,
            [this, decision, request, firstRow](const client::ApiResult<requests::StepOutcome> &r) {
                if (r) {
                    ++decision->succeeded;
                    decision->conflicts.append(r->conflicts);
                    m_model->remove(request.id);
                } else {
                    decision->failures << tr("%1 from %2: %3")
                                              .arg(requests::RequestText::kindTitle(request.kind),
                                                   request.requesterName, r.error().message());
                    // A request someone else decided meanwhile: show it as it is now.
                    if (r.error().status == 409 || r.error().status == 404)
                        requestChanged(request.id);
                }
                if (--decision->waiting == 0) {
                    selectRowNear(firstRow);
                    finishDecision(decision);
                }
            });
    }
    if (decision->waiting == 0)
        finishDecision(decision);
}

void ApprovalsWorkspace::finishDecision(const std::shared_ptr<Decision> &decision)
{
    m_deciding = false;
    showCurrent();
    refreshRequesters();
    const bool approving = decision->step == RequestStep::Approve;
    QString text = approving ? tr("Approved %n request(s).", nullptr, decision->succeeded)
                             : tr("Rejected %n request(s).", nullptr, decision->succeeded);
    if (!decision->failures.isEmpty())
        text += QLatin1Char(' ') +
                tr("Not decided: %1").arg(decision->failures.join(QStringLiteral("; ")));
    showNotice(text, !decision->failures.isEmpty());
    emit decided(approving ? decision->succeeded : 0, approving ? 0 : decision->succeeded,
                 int(decision->failures.size()));
    if (!decision->conflicts.isEmpty())
        showConflicts(decision->conflicts);
    m_list->setFocus();
}

void ApprovalsWorkspace::showConflicts(const QList<requests::TimeOffConflict> &conflicts)
{
    QString jobs;
    QList<qint64> ids;
    QDateTime first;
    for (const requests::TimeOffConflict &conflict : conflicts) {
        jobs += QStringLiteral("<li>%1 — %2</li>")
                    .arg(conflict.title.toHtmlEscaped(),
                         requests::RequestText::moment(conflict.plannedStart));
        ids << conflict.jobId;
        if (!first.isValid() || conflict.plannedStart < first)
            first = conflict.plannedStart;
    }
    QMessageBox box(QMessageBox::Warning, tr("Jobs inside the time off"),
                    tr("The time off is approved. These jobs are assigned to the technician "
                       "inside it and need another technician:<ul>%1</ul>")
                        .arg(jobs),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("timeOffConflicts"));
    QPushButton *open = box.addButton(tr("Open on the board"), QMessageBox::AcceptRole);
    QPushButton *replan =
        box.addButton(tr("Re-plan %n job(s)…", nullptr, int(ids.size())), QMessageBox::ActionRole);
    replan->setObjectName(QStringLiteral("replanConflictsButton"));
    replan->setToolTip(tr("Propose other technicians for these jobs on the board, to compare "
                          "and apply"));
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        emit jobsToOpen(ids, first);
    else if (box.clickedButton() == replan)
        emit jobsToReplan(ids, first);
}

void ApprovalsWorkspace::showCurrent()
{
    const QList<qint64> ids = selectedRequestIds();
    m_approve->setEnabled(!ids.isEmpty() && !m_deciding);
    m_reject->setEnabled(!ids.isEmpty() && !m_deciding);
    m_approve->setText(ids.size() > 1 ? tr("&Approve %n", nullptr, int(ids.size()))
                                      : tr("&Approve"));
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = ids.size() == 1 ? ids.first()
                      : current.isValid()
                          ? current.data(RequestTableModel::RequestIdRole).toLongLong()
                          : 0;
    const int row = id ? m_model->rowOf(id) : -1;
    m_details->showRequest(row >= 0 ? std::optional<Request>(m_model->requestAt(row))
                                    : std::nullopt,
                           m_model->catalogs());
}

void ApprovalsWorkspace::showCounts()
{
    if (m_loading) {
        m_count->setText(tr("Loading…"));
        return;
    }
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (all == 0)
        m_count->setText(tr("Nothing awaits your decision."));
    else if (shown == all)
        m_count->setText(tr("%n awaiting your decision", nullptr, all));
    else
        m_count->setText(tr("%1 of %n awaiting your decision", nullptr, all).arg(shown));
}

void ApprovalsWorkspace::showNotice(const QString &text, bool isError)
{
    m_notice->setText(text);
    m_notice->setProperty("isError", isError);
    m_notice->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(theme::css(isError ? theme::Colour::DangerText : theme::Colour::Text)));
    m_notice->show();
}

void ApprovalsWorkspace::refreshRequesters()
{
    QHash<qint64, QString> names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Request &request = m_model->requestAt(row);
        names.insert(request.requesterId, request.requesterName);
    }
    m_filters->setRequesters(names);
}

void ApprovalsWorkspace::selectRowNear(int proxyRow)
{
    const int count = m_proxy->rowCount();
    if (count == 0) {
        m_list->clearSelection();
        showCurrent();
        return;
    }
    const int row = qBound(0, proxyRow, count - 1);
    m_list->setCurrentIndex(m_proxy->index(row, 0));
    m_list->selectRow(row);
}

} // namespace fielddesk::approvals
