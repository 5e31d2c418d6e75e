#include "fielddesk/reports/reportentriesdialog.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fielddesk::reports {

namespace {

constexpr QSize kSize(820, 480);

enum Column { DateColumn, EmployeeColumn, CategoryColumn, TextColumn, StatusColumn, AmountColumn };

} // namespace

ReportEntriesDialog::ReportEntriesDialog(money::MoneyClient *client,
                                         const money::ReportQuery &report,
                                         const money::ReportRow &row,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ledger(report.ledger)
    , m_row(row)
    , m_state(new QLabel(tr("Loading the entries…"), this))
    , m_table(new QTableWidget(0, 6, this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("reportEntriesDialog"));
    QStringList keys;
    for (const money::ReportKey &key : row.keys)
        keys << money::ReportText::keyLabel(key);
    setWindowTitle(tr("Entries: %1").arg(keys.join(QStringLiteral(" · "))));
    resize(kSize);
    m_table->setObjectName(QStringLiteral("reportEntries"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Employee"),
         money::ReportText::dimensionTitle(money::Dimension::Category, m_ledger), tr("For"),
         tr("Status"), tr("Amount")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_state->setObjectName(QStringLiteral("reportEntriesState"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // Only the row's currency: a row is one group in one currency.
    const QString currency = row.currency;
    client->entries(
        money::EntryQuery::forRow(report, row), this,
        [this, currency](const client::ApiResult<QList<money::LedgerEntry>> &result) {
            if (!result) {
                m_state->setText(
                    tr("The entries could not be loaded: %1").arg(result.error().message()));
                return;
            }
            QList<money::LedgerEntry> inCurrency;
            for (const money::LedgerEntry &entry : *result) {
                if (entry.currency == currency)
                    inCurrency << entry;
            }
            show(inCurrency);
        });
}

void ReportEntriesDialog::show(const QList<money::LedgerEntry> &entries)
{
    const QLocale locale;
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    qint64 sum = 0;
    for (int r = 0; r < entries.size(); ++r) {
        const money::LedgerEntry &entry = entries.at(r);
        sum += entry.amountMinor;
        const auto set = [this, r](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        set(DateColumn, locale.toString(entry.date, QLocale::ShortFormat));
        set(EmployeeColumn, entry.employeeName);
        set(CategoryColumn, entry.categoryName);
        set(TextColumn, entry.correctsId
                            ? tr("Correction of #%1: %2").arg(*entry.correctsId).arg(entry.text)
                            : entry.text);
        set(StatusColumn, money::ReportText::statusText(entry.status));
        set(AmountColumn, formatMoney(entry.amountMinor, entry.currency, locale));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    // The entries must add up to the row; say so when they do not (changed meanwhile).
    m_state->setText(
        sum == m_row.totalMinor
            ? tr("%n entries, %1", nullptr, int(entries.size()))
                  .arg(formatMoney(sum, m_row.currency, locale))
            : tr("%n entries, %1 — the report said %2: entries changed since it was made", nullptr,
                 int(entries.size()))
                  .arg(formatMoney(sum, m_row.currency, locale),
                       formatMoney(m_row.totalMinor, m_row.currency, locale)));
    m_loaded = true;
}

} // namespace fielddesk::reports
