#include "fielddesk/mywork/mymoneypane.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/forms/confirmation.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/periodbutton.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/money/ledgertablemodel.h"
#include "fielddesk/money/ledgertotals.h"
#include "fielddesk/money/moneyclient.h"
#include "fielddesk/money/reporttext.h"
#include "fielddesk/moneyview/ledgerentryview.h"
#include "fielddesk/mywork/claimspiffdialog.h"
#include "fielddesk/mywork/newexpensedialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

using money::Ledger;
using money::LedgerEntry;
using money::LedgerTableModel;

const QString kAwaitingDecision = QStringLiteral("submitted");
constexpr int kEntriesStretch = 3;
constexpr int kEntryStretch = 2;
constexpr int kMoneyToolBarGap = 16;

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

MyMoneyPane::MyMoneyPane(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new money::MoneyClient(api, this))
    , m_model(new LedgerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_month(firstOfMonth(QDate::currentDate()))
{
    setObjectName(QStringLiteral("myMoneyPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LedgerTableModel::SortRole);

    m_notice = new forms::MessageLabel(forms::MessageLabel::Tone::Notice,
                                       QStringLiteral("myMoneyNotice"), this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("myMoneyTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    m_table->setObjectName(QStringLiteral("myMoneyTable"));
    m_table->setAccessibleName(tr("My expenses and spiffs"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LedgerTableModel::DateColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(LedgerTableModel::EmployeeColumn, true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LedgerTableModel::TextColumn,
                                                      QHeaderView::Stretch);
    auto *cancelAction = new QAction(tr("Cancel"), m_table);
    cancelAction->setShortcut(QKeySequence::Delete);
    cancelAction->setShortcutContext(Qt::WidgetShortcut);
    connect(cancelAction, &QAction::triggered, this, &MyMoneyPane::cancelSelectedEntry);
    m_table->addAction(cancelAction);

    auto *detailsPane = new QWidget(this);
    m_details = new moneyview::LedgerEntryView(api, detailsPane);
    m_details->showText(tr("Select an expense or a spiff."));
    m_cancel = new QPushButton(tr("Cancel…"), detailsPane);
    m_cancel->setObjectName(QStringLiteral("cancelEntryButton"));
    m_cancel->setToolTip(
        tr("Withdraw the selected expense or spiff while it awaits a decision (Del in the list)"));
    connect(m_cancel, &QPushButton::clicked, this, &MyMoneyPane::cancelSelectedEntry);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_cancel, 0, Qt::AlignLeft);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("listAndDetails"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(detailsPane);
    split->setStretchFactor(0, kEntriesStretch);
    split->setStretchFactor(1, kEntryStretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_totals);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyMoneyPane::showSelected);
    updateActions();
}

MyMoneyPane::~MyMoneyPane() = default;

QWidget *MyMoneyPane::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_newExpense = new QPushButton(tr("New expense…"), bar);
    m_newExpense->setObjectName(QStringLiteral("newExpenseButton"));
    m_newExpense->setToolTip(tr("File an expense with its receipt (Ctrl+E)"));
    connect(m_newExpense, &QPushButton::clicked, this, &MyMoneyPane::openNewExpenseDialog);
    auto *newExpense = new QAction(tr("New expense"), this);
    newExpense->setObjectName(QStringLiteral("newExpenseAction"));
    newExpense->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    newExpense->setShortcutContext(Qt::WindowShortcut);
    connect(newExpense, &QAction::triggered, this, [this] {
        if (m_newExpense->isEnabled())
            openNewExpenseDialog();
    });
    addAction(newExpense);
    m_claimSpiff = new QPushButton(tr("Claim a spiff…"), bar);
    m_claimSpiff->setObjectName(QStringLiteral("claimSpiffButton"));
    m_claimSpiff->setToolTip(tr("Claim a bonus you earned: a sale, a referral, a review"));
    connect(m_claimSpiff, &QPushButton::clicked, this, &MyMoneyPane::openClaimSpiffDialog);

    QToolButton *previous = forms::periodButton(
        forms::kPeriodBefore, QStringLiteral("previousMonthButton"), tr("The month before"), bar);
    QToolButton *next = forms::periodButton(forms::kPeriodAfter, QStringLiteral("nextMonthButton"),
                                            tr("The month after"), bar);
    QToolButton *thisMonth = forms::periodButton(
        tr("This month"), QStringLiteral("thisMonthButton"), tr("Back to this month"), bar);
    connect(previous, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(thisMonth, &QToolButton::clicked, this, [this] { setMonth(QDate::currentDate()); });
    m_monthLabel = new forms::SectionTitle(QString(), QStringLiteral("myMoneyMonth"), bar);

    layout->addWidget(m_newExpense);
    layout->addWidget(m_claimSpiff);
    layout->addSpacing(kMoneyToolBarGap);
    layout->addStretch(1);
    layout->addWidget(previous);
    layout->addWidget(m_monthLabel);
    layout->addWidget(next);
    layout->addWidget(thisMonth);
    return bar;
}

void MyMoneyPane::start(qint64 userId)
{
    ++m_epoch;
    m_userId = userId;
    m_notice->showMessage({});
    m_month = firstOfMonth(QDate::currentDate());
    loadCatalogs();
    loadEntries();
}

void MyMoneyPane::stop()
{
    ++m_epoch;
    m_loading = false;
    m_userId = 0;
    m_model->setEntries({});
    m_details->showText(tr("Select an expense or a spiff."));
    m_categories.clear();
    m_spiffTypes.clear();
    m_currency.clear();
    m_notice->showMessage({});
    showTotals();
    updateActions();
}

void MyMoneyPane::reload()
{
    if (m_userId == 0)
        return;
    m_notice->showMessage({});
    loadCatalogs();
    loadEntries();
}

void MyMoneyPane::setMonth(QDate anyDayOfIt)
{
    const QDate month = firstOfMonth(anyDayOfIt);
    if (month == m_month)
        return;
    m_month = month;
    if (m_userId != 0)
        loadEntries();
}

void MyMoneyPane::loadCatalogs()
{
    const quint64 epoch = m_epoch;
    m_client->tenant(this, [this, epoch](const client::ApiResult<Tenant> &r) {
        if (epoch == m_epoch && r) {
            m_currency = r->currency;
            updateActions();
        }
    });
    m_client->expenseCategories(this,
                                [this, epoch](const client::ApiResult<QList<ExpenseCategory>> &r) {
                                    if (epoch == m_epoch && r) {
                                        m_categories = *r;
                                        updateActions();
                                    }
                                });
    m_client->spiffTypes(this, [this, epoch](const client::ApiResult<QList<SpiffType>> &r) {
        if (epoch == m_epoch && r) {
            m_spiffTypes = *r;
            updateActions();
        }
    });
}

void MyMoneyPane::loadEntries()
{
    // A later month (or reload) wins over an earlier one still on its way.
    const quint64 epoch = m_epoch;
    const quint64 generation = ++m_entriesGeneration;
    m_loading = true;
    m_monthLabel->setText(QLocale().toString(m_month, QStringLiteral("MMMM yyyy")));
    const std::optional<LedgerEntry> selected = selectedEntry();
    if (selected && !m_toSelect)
        m_toSelect = std::make_pair(selected->ledger, selected->id);
    m_client->entriesOf(m_userId, {m_month, m_month.addMonths(1).addDays(-1)}, this,
                        [this, epoch, generation](const client::ApiResult<QList<LedgerEntry>> &r) {
                            if (epoch != m_epoch || generation != m_entriesGeneration)
                                return;
                            m_loading = false;
                            if (!r) {
                                m_notice->showMessage(
                                    tr("Your expenses and spiffs could not be loaded: %1")
                                        .arg(r.error().message()));
                                return;
                            }
                            m_model->setEntries(*r);
                            if (m_toSelect)
                                selectEntry(m_toSelect->first, m_toSelect->second);
                            m_toSelect.reset();
                            showTotals();
                            showSelected();
                            emit loaded();
                        });
}

void MyMoneyPane::showTotals()
{
    const QLocale locale;
    const QList<money::LedgerTotal> totals = money::ledgerTotals(m_model->entries());
    if (totals.isEmpty()) {
        m_totals->setText(m_userId == 0 ? QString()
                                        : tr("Nothing filed in %1.")
                                              .arg(locale.toString(m_month, QStringLiteral("MMMM")))
                                              .toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const money::LedgerTotal &total : totals) {
        const auto money = [&](qint64 minor) { return formatMoney(minor, total.currency, locale); };
        const bool expenses = total.ledger == Ledger::Expenses;
        const QString parts =
            tr("%1 awaiting approval · %2 approved · %3 %4")
                .arg(money(total.awaitingMinor), money(total.approvedMinor),
                     money(total.settledMinor), expenses ? tr("reimbursed") : tr("paid"));
        lines << QStringLiteral("<b>%1 %2</b> &nbsp; %3")
                     .arg(money::ReportText::ledgerTitle(total.ledger).toHtmlEscaped(),
                          money(total.totalMinor()).toHtmlEscaped(), parts.toHtmlEscaped());
    }
    m_totals->setText(lines.join(QStringLiteral("<br>")));
}

NewExpenseDialog *MyMoneyPane::openNewExpenseDialog()
{
    if (m_userId == 0)
        return nullptr;
    auto *dialog = new NewExpenseDialog(m_client, m_categories, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoneyEntryDialog::entryFiled, this, &MyMoneyPane::takeFiled);
    dialog->open();
    return dialog;
}

ClaimSpiffDialog *MyMoneyPane::openClaimSpiffDialog()
{
    if (m_userId == 0)
        return nullptr;
    auto *dialog = new ClaimSpiffDialog(m_client, m_userId, m_spiffTypes, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoneyEntryDialog::entryFiled, this, &MyMoneyPane::takeFiled);
    dialog->open();
    return dialog;
}

void MyMoneyPane::takeFiled(const LedgerEntry &entry)
{
    emit entryFiled(entry);
    // The new entry is shown in its month, selected.
    m_toSelect = std::make_pair(entry.ledger, entry.id);
    if (entry.date.isValid() && firstOfMonth(entry.date) != m_month) {
        setMonth(entry.date);
        return;
    }
    m_model->upsert(entry);
    selectEntry(entry.ledger, entry.id);
    m_toSelect.reset();
    showTotals();
}

void MyMoneyPane::entryChanged(Ledger ledger, qint64 id)
{
    if (m_userId == 0)
        return;
    const std::optional<LedgerEntry> selected = selectedEntry();
    if (selected && selected->ledger == ledger && selected->id == id)
        m_toSelect = std::make_pair(ledger, id);
    loadEntries();
}

void MyMoneyPane::selectEntry(Ledger ledger, qint64 id)
{
    const int row = m_model->rowOf(ledger, id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<LedgerEntry> MyMoneyPane::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const LedgerEntry *entry = m_model->entryAt(m_proxy->mapToSource(rows.first()).row());
    return entry ? std::optional<LedgerEntry>(*entry) : std::nullopt;
}

void MyMoneyPane::showSelected()
{
    const std::optional<LedgerEntry> entry = selectedEntry();
    if (entry)
        m_details->showEntry(*entry);
    else
        m_details->showText(tr("Select an expense or a spiff."));
    updateActions();
}

void MyMoneyPane::updateActions()
{
    const std::optional<LedgerEntry> entry = selectedEntry();
    m_cancel->setEnabled(entry && entry->status == kAwaitingDecision);
    // Currency and catalogs first: a dialog without them could not file anything.
    const bool ready = m_userId != 0 && !m_currency.isEmpty();
    m_newExpense->setEnabled(ready && !m_categories.isEmpty());
    m_claimSpiff->setEnabled(ready && !m_spiffTypes.isEmpty());
}

void MyMoneyPane::cancelSelectedEntry()
{
    const std::optional<LedgerEntry> entry = selectedEntry();
    if (!entry || entry->status != kAwaitingDecision)
        return;
    const QString what =
        entry->ledger == Ledger::Expenses
            ? tr("Cancel your expense “%1” of %2?")
                  .arg(entry->categoryName, formatMoney(entry->amountMinor, entry->currency))
            : tr("Cancel your spiff claim “%1” of %2?")
                  .arg(entry->categoryName, formatMoney(entry->amountMinor, entry->currency));
    const LedgerEntry asked = *entry;
    forms::askToConfirm(
        this,
        {.title = tr("Cancel"),
         .question = what + QLatin1Char(' ') + tr("Your manager will no longer be asked."),
         .confirmText = tr("Cancel it"),
         .keepText = tr("Keep it"),
         .objectName = QStringLiteral("cancelEntryConfirmation"),
         .confirmObjectName = QStringLiteral("confirmCancelEntryButton")},
        [this, asked] {
            const quint64 epoch = m_epoch;
            m_cancel->setEnabled(false);
            m_client->takeStep(asked, QStringLiteral("cancel"), {}, this,
                               [this, epoch, asked](const client::ApiResult<LedgerEntry> &r) {
                                   if (epoch != m_epoch)
                                       return;
                                   if (!r) {
                                       m_notice->showMessage(
                                           tr("It was not cancelled: %1").arg(r.error().message()));
                                       entryChanged(asked.ledger, asked.id);
                                       return;
                                   }
                                   m_model->update(*r, true);
                                   showTotals();
                                   showSelected();
                                   emit entryCancelled(*r);
                               });
        });
}

} // namespace fielddesk::mywork
