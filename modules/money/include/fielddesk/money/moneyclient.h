// The money API for the console: reports (JSON, and the server's CSV), the entries behind a
// report's row, and what reports are filtered by (locations, employees, categories, spiff
// types). Answers come as typed values (client::ApiResult). Part of fielddesk_money: QtNetwork
// and fielddesk_client; no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/money.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/money/ledgerentry.h"
#include "fielddesk/money/report.h"

#include <QObject>

#include <functional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::money {

// A choice in a filter: an id and what it is called.
struct NamedId
{
    qint64 id = 0;
    QString name;
};

// What reports may be filtered by, as far as the caller may see it.
struct ReportChoices
{
    QList<NamedId> locations;
    QList<NamedId> employees;
    QList<NamedId> categories; // expense categories
    QList<NamedId> spiffTypes;
};

// An expense as its employee files it (POST /expenses).
struct ExpenseDraft
{
    QDate date;
    qint64 categoryId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString merchant;
    QString description;
    std::optional<qint64> jobId;
    QList<qint64> mediaIds; // receipts uploaded before (POST /media)

    QJsonObject toJson() const;
};

// A spiff claimed by its employee, or filed for them by a manager (POST /spiffs).
struct SpiffClaim
{
    qint64 employeeId = 0;
    qint64 spiffTypeId = 0;
    qint64 amountMinor = 0;
    QString currency;
    std::optional<qint64> jobId;
    QString reason;

    QJsonObject toJson() const;
};

class MoneyClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    static constexpr int kPageSize = 500;

    explicit MoneyClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }

    void report(const ReportQuery &query, QObject *context, Callback<Report> callback);
    // The same report as the server writes it in CSV (RFC 4180, UTF-8).
    void reportCsv(const ReportQuery &query, QObject *context, Callback<QByteArray> callback);
    void entries(const EntryQuery &query, QObject *context, Callback<QList<LedgerEntry>> callback);
    // The expenses and spiffs awaiting the caller's decision (awaiting_me), oldest first; with
    // `toSettle`, the approved ones at the caller's locations that wait to be reimbursed or
    // paid instead.
    void inbox(bool toSettle, QObject *context, Callback<QList<LedgerEntry>> callback);
    // approve, reject (comment required by the server), reimburse (expenses) or pay (spiffs),
    // cancel: the entry as the step left it.
    void takeStep(const LedgerEntry &entry,
                  const QString &step,
                  const QString &comment,
                  QObject *context,
                  Callback<LedgerEntry> callback);
    // One employee's expenses and spiffs of those days, in every status, oldest first.
    void entriesOf(qint64 employeeId,
                   const DateRange &range,
                   QObject *context,
                   Callback<QList<LedgerEntry>> callback);
    // The entry as the server has it now.
    void entry(Ledger ledger, qint64 id, QObject *context, Callback<LedgerEntry> callback);
    void fileExpense(const ExpenseDraft &draft, QObject *context, Callback<LedgerEntry> callback);
    void claimSpiff(const SpiffClaim &claim, QObject *context, Callback<LedgerEntry> callback);

    // What expenses are filed in (every category, the inactive ones too: old entries name
    // them) and the kinds of spiff.
    void expenseCategories(QObject *context, Callback<QList<ExpenseCategory>> callback);
    void spiffTypes(QObject *context, Callback<QList<SpiffType>> callback);
    // The caller's tenant: its currency is what money is in unless an entry says otherwise.
    void tenant(QObject *context, Callback<Tenant> callback);

    // The step that settles an approved entry: reimburse an expense, pay a spiff.
    static QString settleStep(Ledger ledger);

    // Every list a filter needs; one that the caller may not read is left empty.
    void choices(QObject *context, Callback<ReportChoices> callback);

    // "/api/v1/expenses" or "/api/v1/spiffs".
    static QString resourcePath(Ledger ledger);

private:
    using PathOfPage = std::function<QString(int limit, int offset)>;
    // Both ledgers' lists in one answer, oldest submission first.
    void bothLedgers(const std::function<PathOfPage(Ledger)> &pathOf,
                     QObject *context,
                     Callback<QList<LedgerEntry>> callback);
    void create(Ledger ledger,
                const QJsonObject &body,
                QObject *context,
                Callback<LedgerEntry> callback);

    client::ApiClient *m_api;
};

} // namespace fielddesk::money
