#include "fielddesk/domain/money.h"

#include "jsonform.h"

#include <QHash>
#include <QSet>

namespace fielddesk {

namespace {

// ISO 4217 codes in use (funds and precious metals left out: nobody is reimbursed in gold).
const char kCurrencyCodes[] =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD "
    "BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP "
    "DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR "
    "IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD "
    "MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB "
    "PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD "
    "SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS "
    "VED VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

// The one table of minor units that are not hundredths (ISO 4217's exponents).
const QHash<QString, int> &unusualMinorDigits()
{
    static const QHash<QString, int> digits{// none
                                            {QStringLiteral("BIF"), 0},
                                            {QStringLiteral("CLP"), 0},
                                            {QStringLiteral("DJF"), 0},
                                            {QStringLiteral("GNF"), 0},
                                            {QStringLiteral("ISK"), 0},
                                            {QStringLiteral("JPY"), 0},
                                            {QStringLiteral("KMF"), 0},
                                            {QStringLiteral("KRW"), 0},
                                            {QStringLiteral("PYG"), 0},
                                            {QStringLiteral("RWF"), 0},
                                            {QStringLiteral("UGX"), 0},
                                            {QStringLiteral("UYI"), 0},
                                            {QStringLiteral("VND"), 0},
                                            {QStringLiteral("VUV"), 0},
                                            {QStringLiteral("XAF"), 0},
                                            {QStringLiteral("XOF"), 0},
                                            {QStringLiteral("XPF"), 0},
                                            // thousandths
                                            {QStringLiteral("BHD"), 3},
                                            {QStringLiteral("IQD"), 3},
                                            {QStringLiteral("JOD"), 3},
                                            {QStringLiteral("KWD"), 3},
                                            {QStringLiteral("LYD"), 3},
                                            {QStringLiteral("OMR"), 3},
                                            {QStringLiteral("TND"), 3},
                                            // ten-thousandths
                                            {QStringLiteral("CLF"), 4},
                                            {QStringLiteral("UYW"), 4}};
    return digits;
}

} // namespace

bool isCurrencyCode(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> all;
        for (const QString &c : QString::fromLatin1(kCurrencyCodes).split(QLatin1Char(' ')))
            all.insert(c);
        return all;
    }();
    return codes.contains(code);
}

int currencyMinorDigits(const QString &code)
{
    return unusualMinorDigits().value(code, 2);
}

QString minorToDecimal(qint64 minor, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    const bool negative = minor < 0;
    // Unsigned, so that the most negative amount has a magnitude too.
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude);
    if (digits > 0) {
        if (text.size() <= digits)
            text = QString(digits + 1 - text.size(), QLatin1Char('0')) + text;
        text.insert(text.size() - digits, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

QStringList allExpenseStatuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
            QStringLiteral("reimbursed"), QStringLiteral("cancelled")};
}

QStringList allSpiffStatuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
            QStringLiteral("paid"), QStringLiteral("cancelled")};
}

constexpr jsonform::Form kExpenseCategoryForm{
    field<"id", &ExpenseCategory::id>,
    field<"name", &ExpenseCategory::name>,
    field<"code", &ExpenseCategory::code>,
    field<"requires_receipt", &ExpenseCategory::requiresReceipt>,
    field<"limit_minor", &ExpenseCategory::limitMinor>,
    field<"active", &ExpenseCategory::active>,
    field<"created_at", &ExpenseCategory::createdAt>,
    field<"updated_at", &ExpenseCategory::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(ExpenseCategory, kExpenseCategoryForm)

constexpr jsonform::Form kExpenseForm{
    field<"id", &Expense::id>,
    field<"date", &Expense::date>,
    field<"category_id", &Expense::categoryId>,
    field<"category_name", &Expense::categoryName>,
    field<"amount_minor", &Expense::amountMinor>,
    field<"currency", &Expense::currency>,
    field<"merchant", &Expense::merchant>,
    field<"description", &Expense::description>,
    field<"job_id", &Expense::jobId>,
    field<"media_ids", &Expense::mediaIds>,
    field<"corrects_id", &Expense::correctsId>,
    field<"status", &Expense::status>,
    field<"employee_id", &Expense::employeeId>,
    object<"employee">(field<"id", &Expense::employeeId>, field<"name", &Expense::employeeName>),
    field<"location_id", &Expense::locationId>,
    field<"over_limit", &Expense::overLimit>,
    objectOrNull<"decided_by", &Expense::decidedBy>(field<"id", &Expense::decidedBy>,
                                                    field<"name", &Expense::decidedByName>),
    textOrNull<"decided_at", &Expense::decidedAt>,
    textOrNull<"decision_comment", &Expense::decisionComment>,
    textOrNull<"reimbursed_at", &Expense::reimbursedAt>,
    field<"submitted_at", &Expense::submittedAt>,
    field<"version", &Expense::version>,
    field<"updated_at", &Expense::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Expense, kExpenseForm)

constexpr jsonform::Form kSpiffTypeForm{
    field<"id", &SpiffType::id>,
    field<"name", &SpiffType::name>,
    field<"default_amount_minor", &SpiffType::defaultAmountMinor>,
    field<"service_id", &SpiffType::serviceId>,
    field<"auto_on_completion", &SpiffType::autoOnCompletion>,
    field<"active", &SpiffType::active>,
    field<"created_at", &SpiffType::createdAt>,
    field<"updated_at", &SpiffType::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(SpiffType, kSpiffTypeForm)

constexpr jsonform::Form kSpiffForm{
    field<"id", &Spiff::id>,
    field<"employee_id", &Spiff::employeeId>,
    object<"employee">(field<"id", &Spiff::employeeId>, field<"name", &Spiff::employeeName>),
    field<"spiff_type_id", &Spiff::spiffTypeId>,
    field<"spiff_type_name", &Spiff::spiffTypeName>,
    field<"amount_minor", &Spiff::amountMinor>,
    field<"currency", &Spiff::currency>,
    field<"job_id", &Spiff::jobId>,
    field<"reason", &Spiff::reason>,
    field<"status", &Spiff::status>,
    field<"location_id", &Spiff::locationId>,
    field<"earned_on", &Spiff::earnedOn>,
    field<"auto", &Spiff::automatic>,
    objectOrNull<"created_by", &Spiff::createdBy>(field<"id", &Spiff::createdBy>,
                                                  field<"name", &Spiff::createdByName>),
    objectOrNull<"decided_by", &Spiff::decidedBy>(field<"id", &Spiff::decidedBy>,
                                                  field<"name", &Spiff::decidedByName>),
    textOrNull<"decided_at", &Spiff::decidedAt>,
    textOrNull<"decision_comment", &Spiff::decisionComment>,
    textOrNull<"paid_at", &Spiff::paidAt>,
    field<"submitted_at", &Spiff::submittedAt>,
    field<"version", &Spiff::version>,
    field<"updated_at", &Spiff::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Spiff, kSpiffForm)

} // namespace fielddesk
