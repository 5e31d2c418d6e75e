#include "fielddesk/approvals/moneyinbox.h"

#include "fielddesk/approvals/rejectdialog.h"
#include "fielddesk/money/ledgertablemodel.h"
#include "fielddesk/money/moneyclient.h"
#include "fielddesk/moneyview/ledgerentryview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fielddesk::approvals {

using money::LedgerEntry;
using money::LedgerTableModel;

namespace {

constexpr int kMoneyListStretch = 3;
constexpr int kMoneyDetailsStretch = 2;

} // namespace

MoneyInbox::MoneyInbox(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new money::MoneyClient(api, this))
    , m_model(new LedgerTableModel(this))
    , m_view(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_list(new QTableView(this))
    , m_details(new moneyview::LedgerEntryView(api, this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_settle(new QPushButton(tr("Reimburse or &pay"), this))
{
    m_list->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("moneyInbox"));
    m_view->setObjectName(QStringLiteral("moneyInboxView"));
    m_view->addItem(tr("Awaiting my decision"));
    m_view->addItem(tr("Approved, to reimburse or pay"));
    m_notice->setObjectName(QStringLiteral("moneyInboxNotice"));
    m_notice->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("moneyApproveButton"));
    m_reject->setObjectName(QStringLiteral("moneyRejectButton"));
    m_settle->setObjectName(QStringLiteral("moneySettleButton"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(LedgerTableModel::SortRole);
    m_list->setObjectName(QStringLiteral("moneyInboxList"));
    m_list->setAccessibleName(tr("Expenses and spiffs"));
    m_list->setModel(proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(LedgerTableModel::DateColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(LedgerTableModel::TextColumn,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_view);
    bar->addStretch(1);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    bar->addWidget(m_settle);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("listAndDetails"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, kMoneyListStretch);
    splitter->setStretchFactor(1, kMoneyDetailsStretch);
    layout->addWidget(splitter, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this,
            [this](int index) { showToSettle(index == 1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    connect(m_approve, &QPushButton::clicked, this, &MoneyInbox::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &MoneyInbox::askToReject);
    connect(m_settle, &QPushButton::clicked, this, &MoneyInbox::settleSelected);
    // As in the requests' list: A approves, R rejects while the list has the focus.
    const auto listKey = [this](const QKeySequence &key, void (MoneyInbox::*slot)()) {
        auto *action = new QAction(m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    listKey(QKeySequence(Qt::Key_A), &MoneyInbox::approveSelected);
    listKey(QKeySequence(Qt::Key_R), &MoneyInbox::askToReject);
    updateButtons();
}

MoneyInbox::~MoneyInbox() = default;

void MoneyInbox::showToSettle(bool toSettle)
{
    if (m_toSettle == toSettle)
        return;
    m_toSettle = toSettle;
    const QSignalBlocker blocker(m_view);
    m_view->setCurrentIndex(toSettle ? 1 : 0);
    reload();
}

void MoneyInbox::reload()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_client->inbox(
        m_toSettle, this, [this, generation](const client::ApiResult<QList<LedgerEntry>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                m_notice->setText(
                    tr("The list could not be loaded: %1").arg(result.error().message()));
                m_notice->show();
                return;
            }
            m_model->setEntries(*result);
            showCurrent();
            updateButtons();
            emit loaded(int(result->size()));
        });
}

QList<LedgerEntry> MoneyInbox::selectedEntries() const
{
    QList<LedgerEntry> entries;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_list->model());
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        if (const LedgerEntry *entry = m_model->entryAt(proxy->mapToSource(index).row()))
            entries << *entry;
    }
    return entries;
}

void MoneyInbox::updateButtons()
{
    const bool any = !selectedEntries().isEmpty();
    m_approve->setVisible(!m_toSettle);
    m_reject->setVisible(!m_toSettle);
    m_settle->setVisible(m_toSettle);
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
    m_settle->setEnabled(any);
}

void MoneyInbox::showCurrent()
{
    const QList<LedgerEntry> selected = selectedEntries();
    if (selected.size() == 1)
        m_details->showEntry(selected.first());
    else
        m_details->showText(selected.isEmpty() ? tr("Select an expense or a spiff.")
                                               : tr("%n selected", nullptr, int(selected.size())));
}

void MoneyInbox::askToReject()
{
    const QList<LedgerEntry> entries = selectedEntries();
    if (entries.isEmpty() || m_toSettle)
        return;
    RejectDialog dialog(int(entries.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        rejectSelected(dialog.comment());
}

void MoneyInbox::approveSelected()
{
    const QList<LedgerEntry> entries = selectedEntries();
    if (entries.isEmpty() || m_toSettle)
        return;
    if (entries.size() > 1 && QMessageBox::question(this, tr("Approve"),
                                                    tr("Approve %n entries?", nullptr,
                                                       int(entries.size()))) != QMessageBox::Yes)
        return;
    step(entries, [](const LedgerEntry &) { return QStringLiteral("approve"); }, {});
}

void MoneyInbox::rejectSelected(const QString &comment)
{
    const QList<LedgerEntry> entries = selectedEntries();
    if (entries.isEmpty() || m_toSettle)
        return;
    step(
        entries, [](const LedgerEntry &) { return QStringLiteral("reject"); }, comment);
}

void MoneyInbox::settleSelected()
{
    const QList<LedgerEntry> entries = selectedEntries();
    if (entries.isEmpty() || !m_toSettle)
        return;
    step(entries,
         [](const LedgerEntry &entry) { return money::MoneyClient::settleStep(entry.ledger); }, {});
}

void MoneyInbox::step(const QList<LedgerEntry> &entries,
                      const std::function<QString(const LedgerEntry &)> &stepOf,
                      const QString &comment)
{
    struct Outcome
    {
        int waiting = 0;
        int succeeded = 0;
        QStringList failures;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->waiting = int(entries.size());
    m_notice->hide();
    for (const LedgerEntry &entry : entries) {
        m_client->takeStep(
            entry, stepOf(entry), comment, this,
            [this, outcome, entry](const client::ApiResult<LedgerEntry> &result) {
                if (result) {
                    ++outcome->succeeded;
                    m_model->update(*result, false); // decided or settled: no longer listed
                } else {
                    outcome->failures << tr("#%1 %2: %3")
                                             .arg(entry.id)
                                             .arg(entry.employeeName, result.error().message());
                }
                if (--outcome->waiting > 0)
                    return;
                if (!outcome->failures.isEmpty()) {
                    m_notice->setText(outcome->failures.join(QLatin1Char('\n')));
                    m_notice->show();
                    reload(); // what changed meanwhile shows as it is now
                }
                showCurrent();
                updateButtons();
                emit stepsTaken(outcome->succeeded, int(outcome->failures.size()));
            });
    }
}

} // namespace fielddesk::approvals
