#include "fielddesk/mywork/myworkworkspace.h"

#include "fielddesk/forms/confirmation.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/mywork/myjobspane.h"
#include "fielddesk/mywork/mymoneypane.h"
#include "fielddesk/mywork/newrequestdialog.h"
#include "fielddesk/mywork/requestdetailsview.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttablemodel.h"
#include "fielddesk/requests/requesttext.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

using requests::RequestTableModel;
using requests::RequestText;

const QString kSubmitted = QStringLiteral("submitted");
// How the requests and the jobs share the height, and the list and the details the width.
constexpr int kRequestsStretch = 3;
constexpr int kJobsStretch = 2;
constexpr int kListStretch = 3;
constexpr int kDetailsStretch = 2;
constexpr int kToolBarGap = 16;

// The user's own requests: their age is how long ago they were submitted, whatever became of
// them (an inbox calls it "waiting").
class OwnRequestsProxy : public requests::RequestFilterProxy
{
public:
    OwnRequestsProxy(QString submittedTitle, QObject *parent)
        : RequestFilterProxy(parent)
        , m_submittedTitle(std::move(submittedTitle))
    {}

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole &&
            section == RequestTableModel::SubmittedColumn)
            return m_submittedTitle;
        return RequestFilterProxy::headerData(section, orientation, role);
    }

private:
    QString m_submittedTitle;
};

} // namespace

MyWorkWorkspace::MyWorkWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_requests(new requests::RequestsClient(api, this))
    , m_model(new RequestTableModel(this))
    , m_proxy(new OwnRequestsProxy(tr("Submitted"), this))
{
    setObjectName(QStringLiteral("myWorkWorkspace"));
    m_proxy->setSourceModel(m_model);

    m_notice = new forms::MessageLabel(forms::MessageLabel::Tone::Notice,
                                       QStringLiteral("myWorkNotice"), this);

    m_jobs = new MyJobsPane(api, this);

    m_money = new MyMoneyPane(api, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("myWorkTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildRequestsPane(), tr("&Requests"));
    m_tabs->addTab(m_money, tr("E&xpenses and spiffs"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("requestsAndJobs"));
    split->setObjectName(QStringLiteral("myWorkSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(m_jobs);
    split->setStretchFactor(0, kRequestsStretch);
    split->setStretchFactor(1, kJobsStretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyWorkWorkspace::showSelected);
    connect(m_details, &RequestDetailsView::commentAdded, this, &MyWorkWorkspace::requestChanged);
    updateActions();
}

MyWorkWorkspace::~MyWorkWorkspace() = default;

QString MyWorkWorkspace::title()
{
    return tr("My work");
}

QWidget *MyWorkWorkspace::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_newRequestButton = new QPushButton(tr("New request ▾"), bar);
    m_newRequestButton->setObjectName(QStringLiteral("newRequestButton"));
    m_newRequestButton->setToolTip(tr("Ask for a tool, clothing, time off, a repair, or make a "
                                      "suggestion or a referral (Ctrl+N)"));
    m_newRequestMenu = new QMenu(m_newRequestButton);
    m_newRequestMenu->setObjectName(QStringLiteral("newRequestMenu"));
    for (const QString &kind : allRequestKinds()) {
        QAction *action = m_newRequestMenu->addAction(tr("%1…").arg(RequestText::kindTitle(kind)));
        action->setObjectName(QStringLiteral("newRequest_") + kind);
        action->setData(kind);
        connect(action, &QAction::triggered, this, [this, kind] { openNewRequestDialog(kind); });
    }
    connect(m_newRequestButton, &QPushButton::clicked, this, &MyWorkWorkspace::showNewRequestMenu);
    auto *newRequest = new QAction(tr("New request"), this);
    newRequest->setObjectName(QStringLiteral("newRequestAction"));
    newRequest->setShortcut(QKeySequence::New);
    newRequest->setShortcutContext(Qt::WindowShortcut);
    connect(newRequest, &QAction::triggered, this, &MyWorkWorkspace::showNewRequestMenu);
    addAction(newRequest);

    auto *filterLabel = new QLabel(tr("&Show:"), bar);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("requestStatusFilter"));
    m_statusFilter->setToolTip(tr("Open: awaiting a decision. Decided: approved, rejected, "
                                  "fulfilled or revoked."));
    m_statusFilter->addItem(tr("All requests"), int(StatusFilter::All));
    m_statusFilter->addItem(tr("Open"), int(StatusFilter::Open));
    m_statusFilter->addItem(tr("Decided"), int(StatusFilter::Decided));
    filterLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatuses(statusesOf(StatusFilter(m_statusFilter->currentData().toInt())));
    });

    auto *refresh = new QPushButton(tr("Refresh"), m_tabs);
    refresh->setObjectName(QStringLiteral("refreshMyWorkButton"));
    refresh->setToolTip(tr("Load your requests, expenses, spiffs and jobs again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &MyWorkWorkspace::reload);
    auto *reloadAction = new QAction(tr("Refresh"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WindowShortcut);
    connect(reloadAction, &QAction::triggered, this, &MyWorkWorkspace::reload);
    addAction(reloadAction);

    layout->addWidget(m_newRequestButton);
    layout->addSpacing(kToolBarGap);
    layout->addWidget(filterLabel);
    layout->addWidget(m_statusFilter);
    layout->addStretch(1);
    // Refresh reloads every tab: it sits in the tabs' corner.
    m_tabs->setCornerWidget(refresh, Qt::TopRightCorner);
    return bar;
}

QWidget *MyWorkWorkspace::buildRequestsPane()
{
    auto *pane = new QWidget(this);
    auto *split = new QSplitter(Qt::Horizontal, pane);
    split->setObjectName(QStringLiteral("listAndDetails"));
    split->setChildrenCollapsible(false);

    auto *listPane = new QWidget(split);
    m_table = new QTableView(listPane);
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    m_table->setObjectName(QStringLiteral("myRequestsTable"));
    m_table->setAccessibleName(tr("My requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::SubmittedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(RequestTableModel::RequesterColumn, true);
    m_table->setColumnHidden(RequestTableModel::LocationColumn, true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestTableModel::SummaryColumn,
                                                      QHeaderView::Stretch);
    auto *listTitle =
        new forms::SectionTitle(tr("My requests"), QStringLiteral("myRequestsTitle"), listPane);
    listTitle->setBuddy(m_table);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_table, 1);

    m_cancelAction = new QAction(tr("Cancel request"), m_table);
    m_cancelAction->setObjectName(QStringLiteral("cancelRequestAction"));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &MyWorkWorkspace::cancelSelectedRequest);
    m_table->addAction(m_cancelAction);

    auto *detailsPane = new QWidget(split);
    m_details = new RequestDetailsView(m_requests, detailsPane);
    m_cancelButton = new QPushButton(tr("Cancel request…"), detailsPane);
    m_cancelButton->setObjectName(QStringLiteral("cancelRequestButton"));
    m_cancelButton->setToolTip(
        tr("Withdraw the selected request while it awaits a decision (Del in the list)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MyWorkWorkspace::cancelSelectedRequest);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(
        new forms::SectionTitle(tr("Details"), QStringLiteral("requestDetailsTitle"), detailsPane));
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_cancelButton, 0, Qt::AlignLeft);

    split->addWidget(listPane);
    split->addWidget(detailsPane);
    split->setStretchFactor(0, kListStretch);
    split->setStretchFactor(1, kDetailsStretch);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolBar());
    layout->addWidget(split, 1); // the bar keeps its height
    return pane;
}

QSet<QString> MyWorkWorkspace::statusesOf(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::Open:
        return {kSubmitted};
    case StatusFilter::Decided:
        return {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("fulfilled"),
                QStringLiteral("revoked")};
    case StatusFilter::All:
        return {};
    }
    return {};
}

void MyWorkWorkspace::setStatusFilter(StatusFilter filter)
{
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(int(filter)));
}

void MyWorkWorkspace::start(const client::UserProfile &user, const QTimeZone &timeZone)
{
    ++m_epoch;
    m_userId = user.id.toLongLong();
    m_notice->showMessage({});
    loadCatalogs();
    loadRequests();
    m_money->start(m_userId);
    m_jobs->start(m_userId, timeZone);
}

void MyWorkWorkspace::stop()
{
    ++m_epoch;
    m_loading = false;
    // What was open for the last user goes with them.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_model->clear();
    m_details->clear();
    m_money->stop();
    m_jobs->stop();
    m_userId = 0;
    m_notice->showMessage({});
    updateActions();
}

void MyWorkWorkspace::reload()
{
    if (m_userId == 0)
        return;
    m_notice->showMessage({});
    loadCatalogs();
    loadRequests();
    m_money->reload();
    m_jobs->reload();
}

void MyWorkWorkspace::loadCatalogs()
{
    const quint64 epoch = m_epoch;
    m_requests->catalogs(this, [this, epoch](const client::ApiResult<requests::Catalogs> &r) {
        if (epoch != m_epoch || !r)
            return; // requests still show, with ids for names
        m_catalogs = *r;
        m_model->setCatalogs(m_catalogs);
        m_details->setCatalogs(m_catalogs);
    });
}

void MyWorkWorkspace::loadRequests()
{
    const quint64 epoch = m_epoch;
    m_loading = true;
    requests::RequestQuery query;
    query.requesterId = m_userId;
    const std::optional<Request> selected = selectedRequest();
    m_requests->list(
        query, this, [this, epoch, selected](const client::ApiResult<QList<Request>> &r) {
            if (epoch != m_epoch)
                return;
            m_loading = false;
            if (!r) {
                m_notice->showMessage(
                    tr("Your requests could not be loaded: %1").arg(r.error().message()));
                return;
            }
            m_model->setRequests(*r);
            if (selected)
                selectRequest(selected->id);
            // Something to read at once: the newest request.
            if (!selectedRequest() && m_proxy->rowCount() > 0)
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                           QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            updateActions();
            emit requestsLoaded();
        });
}

void MyWorkWorkspace::showNewRequestMenu()
{
    if (m_userId == 0)
        return;
    const QList<QAction *> kinds = m_newRequestMenu->actions();
    m_newRequestMenu->popup(
        m_newRequestButton->mapToGlobal(QPoint(0, m_newRequestButton->height())), kinds.value(0));
}

QAction *MyWorkWorkspace::newRequestAction(const QString &kind) const
{
    return m_newRequestMenu->findChild<QAction *>(QStringLiteral("newRequest_") + kind);
}

NewRequestDialog *MyWorkWorkspace::openNewRequestDialog(const QString &kind)
{
    auto *dialog = new NewRequestDialog(m_requests, kind, m_catalogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRequestDialog::requestFiled, this, [this](const Request &request) {
        takeRequest(request);
        // The new request is shown, whatever the filter hid.
        if (m_proxy->mapFromSource(m_model->index(m_model->rowOf(request.id), 0)).row() < 0)
            setStatusFilter(StatusFilter::All);
        selectRequest(request.id);
        emit requestFiled(request);
    });
    dialog->open();
    return dialog;
}

void MyWorkWorkspace::takeRequest(const Request &request)
{
    if (request.requesterId != m_userId)
        return;
    m_model->upsert(request);
    const std::optional<Request> selected = selectedRequest();
    if (selected && selected->id == request.id)
        m_details->showRequest(request);
    updateActions();
}

void MyWorkWorkspace::requestChanged(qint64 requestId)
{
    if (m_userId == 0)
        return;
    const quint64 epoch = m_epoch;
    m_requests->request(requestId, this,
                        [this, epoch, requestId](const client::ApiResult<Request> &r) {
                            if (epoch != m_epoch)
                                return;
                            if (r) {
                                takeRequest(*r);
                            } else if (r.error().status == 404) {
                                m_model->remove(requestId);
                                updateActions();
                            }
                        });
}

void MyWorkWorkspace::showMoney()
{
    m_tabs->setCurrentWidget(m_money);
}

void MyWorkWorkspace::showRequests()
{
    m_tabs->setCurrentIndex(0);
}

void MyWorkWorkspace::selectRequest(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<Request> MyWorkWorkspace::selectedRequest() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->requestAt(m_proxy->mapToSource(rows.first()).row());
}

void MyWorkWorkspace::showSelected()
{
    const std::optional<Request> request = selectedRequest();
    if (request)
        m_details->showRequest(*request);
    else
        m_details->clear();
    updateActions();
}

void MyWorkWorkspace::updateActions()
{
    const std::optional<Request> request = selectedRequest();
    const bool cancellable = request && request->status == kSubmitted;
    m_cancelButton->setEnabled(cancellable);
    m_cancelAction->setEnabled(cancellable);
    m_newRequestButton->setEnabled(m_userId != 0);
}

void MyWorkWorkspace::cancelSelectedRequest()
{
    const std::optional<Request> request = selectedRequest();
    if (!request || request->status != kSubmitted)
        return;
    const Request asked = *request;
    forms::askToConfirm(
        this,
        {.title = tr("Cancel request"),
         .question =
             tr("Cancel your request “%1”? Your manager will no longer be asked to decide it.")
                 .arg(RequestText::summary(asked, m_catalogs)),
         .confirmText = tr("Cancel request"),
         .keepText = tr("Keep it"),
         .objectName = QStringLiteral("cancelRequestConfirmation"),
         .confirmObjectName = QStringLiteral("confirmCancelButton"),
         .keepObjectName = QStringLiteral("keepRequestButton")},
        [this, asked] { cancel(asked); });
}

void MyWorkWorkspace::cancel(const Request &request)
{
    m_notice->showMessage({});
    const quint64 epoch = m_epoch;
    m_cancelButton->setEnabled(false);
    m_requests->takeStep(
        request, requests::RequestStep::Cancel, {}, this,
        [this, epoch, id = request.id](const client::ApiResult<requests::StepOutcome> &r) {
            if (epoch != m_epoch)
                return;
            if (!r) {
                m_notice->showMessage(
                    tr("The request was not cancelled: %1").arg(r.error().message()));
                // Decided or changed meanwhile: show it as it is now.
                requestChanged(id);
                updateActions();
                return;
            }
            takeRequest(r->request);
            emit requestCancelled(r->request);
        });
}

} // namespace fielddesk::mywork
