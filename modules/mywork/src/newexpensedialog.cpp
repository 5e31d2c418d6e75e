#include "fielddesk/mywork/newexpensedialog.h"

#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/money/moneyclient.h"
#include "fielddesk/theme/palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::mywork {

namespace {

// Offered besides the tenant's; any other ISO 4217 code may be typed.
const QStringList kCommonCurrencies{QStringLiteral("EUR"), QStringLiteral("USD"),
                                    QStringLiteral("GBP"), QStringLiteral("CHF"),
                                    QStringLiteral("CAD"), QStringLiteral("MXN")};
constexpr int kDescriptionLines = 3;

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

NewExpenseDialog::NewExpenseDialog(money::MoneyClient *client,
                                   const QList<ExpenseCategory> &categories,
                                   const QString &tenantCurrency,
                                   QWidget *parent)
    : MoneyEntryDialog(tr("New expense"), QStringLiteral("newExpenseDialog"), parent)
    , m_client(client)
    , m_tenantCurrency(tenantCurrency)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_category(new QComboBox(this))
    , m_rules(noteLabel(QStringLiteral("categoryRules"), this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_overLimit(noteLabel(QStringLiteral("overLimitWarning"), this))
    , m_merchant(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_receipts(new attachments::AttachmentsBox(tr("Receipts"), client->api(), this))
{
    // Only the categories one may file in, by name.
    for (const ExpenseCategory &category : categories) {
        if (category.active)
            m_categories.append(category);
    }
    std::sort(m_categories.begin(), m_categories.end(),
              [](const ExpenseCategory &a, const ExpenseCategory &b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });

    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setToolTip(tr("The day the money was spent"));
    for (const ExpenseCategory &category : std::as_const(m_categories))
        m_category->addItem(category.name, category.id);
    m_amount->setPlaceholderText(formatMoney(0, tenantCurrency));
    m_amount->setToolTip(tr("What you paid, as on the receipt"));
    m_currency->setEditable(true);
    m_currency->addItem(tenantCurrency);
    for (const QString &code : kCommonCurrencies) {
        if (code != tenantCurrency)
            m_currency->addItem(code);
    }
    m_currency->setToolTip(tr("ISO 4217 code; your company's currency unless you paid in "
                              "another"));
    m_merchant->setPlaceholderText(tr("Where you paid (optional)"));
    m_description->setPlaceholderText(tr("What it was for"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * kDescriptionLines +
                                  2 * m_description->frameWidth() +
                                  int(2 * m_description->document()->documentMargin()));
    m_overLimit->setStyleSheet(
        QStringLiteral("color: %1").arg(theme::css(theme::Colour::DangerText)));
    m_overLimit->hide();

    forms::FieldErrorMarks &fields = marks();
    fields.addRow(form(), QStringLiteral("date"), tr("&Date"), m_date);
    fields.addRow(form(), QStringLiteral("category_id"), tr("&Category"), m_category);
    form()->addRow(QString(), m_rules);
    fields.addRow(form(), QStringLiteral("amount_minor"), tr("&Amount"), m_amount);
    fields.addRow(form(), QStringLiteral("currency"), tr("C&urrency"), m_currency);
    form()->addRow(QString(), m_overLimit);
    fields.addRow(form(), QStringLiteral("merchant"), tr("&Merchant"), m_merchant);
    fields.addRow(form(), QStringLiteral("description"), tr("D&escription"), m_description);
    body()->addWidget(m_receipts);
    m_receipts->takeDropsAndPastesFor(this);

    connect(m_category, &QComboBox::currentIndexChanged, this, &NewExpenseDialog::showRules);
    connect(m_amount, &QLineEdit::textChanged, this, &NewExpenseDialog::showRules);
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewExpenseDialog::showRules);
    connect(m_receipts->list(), &attachments::PendingAttachmentList::changed, this,
            &NewExpenseDialog::showRules);
    showRules();
    m_category->setFocus();
}

std::optional<ExpenseCategory> NewExpenseDialog::category() const
{
    const int index = m_category->currentIndex();
    if (index < 0 || index >= m_categories.size())
        return std::nullopt;
    return m_categories.at(index);
}

QString NewExpenseDialog::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

std::optional<qint64> NewExpenseDialog::amountMinor() const
{
    if (!isCurrencyCode(currency()))
        return std::nullopt;
    return parseMoney(m_amount->text(), currency());
}

attachments::PendingAttachmentList *NewExpenseDialog::attachments() const
{
    return m_receipts->list();
}

void NewExpenseDialog::showRules()
{
    const std::optional<ExpenseCategory> chosen = category();
    if (!chosen) {
        m_rules->setText(tr("There is no category to file an expense in; ask your manager."));
        m_overLimit->hide();
        return;
    }
    QStringList rules;
    if (chosen->requiresReceipt)
        rules << (m_receipts->list()->count() == 0
                      ? tr("Needs a receipt: add a photo or PDF of it below.")
                      : tr("Needs a receipt: attached."));
    else
        rules << tr("No receipt needed, but one helps your approver.");
    if (chosen->limitMinor)
        rules << tr("Limit: %1 an expense; more is flagged to your approver.")
                     .arg(formatMoney(*chosen->limitMinor, m_tenantCurrency));
    m_rules->setText(rules.join(QLatin1Char(' ')));

    // The limit is in the tenant's currency; another currency is the approver's to judge.
    const std::optional<qint64> amount = amountMinor();
    const bool over = chosen->limitMinor && amount && currency() == m_tenantCurrency &&
                      *amount > *chosen->limitMinor;
    m_overLimit->setVisible(over);
    if (over)
        m_overLimit->setText(tr("%1 is over the %2 limit for %3: you may send it, and your "
                                "approver will see it flagged.")
                                 .arg(formatMoney(*amount, m_tenantCurrency),
                                      formatMoney(*chosen->limitMinor, m_tenantCurrency),
                                      chosen->name));
}

QList<client::ApiError::FieldError> NewExpenseDialog::problemsBeforeSending()
{
    QList<client::ApiError::FieldError> problems;
    const std::optional<ExpenseCategory> chosen = category();
    if (!chosen)
        problems.append({QStringLiteral("category_id"), tr("Choose a category.")});
    if (!isCurrencyCode(currency())) {
        problems.append({QStringLiteral("currency"),
                         tr("“%1” is no currency code (like EUR or USD).").arg(currency())});
    } else if (const std::optional<qint64> amount = amountMinor(); !amount) {
        problems.append({QStringLiteral("amount_minor"),
                         tr("Enter the amount, like %1.").arg(formatMoney(1250, currency()))});
    } else if (*amount <= 0) {
        problems.append({QStringLiteral("amount_minor"), tr("An expense is more than zero.")});
    }
    if (m_description->toPlainText().trimmed().isEmpty())
        problems.append({QStringLiteral("description"), tr("Say what it was for.")});
    if (chosen && chosen->requiresReceipt && m_receipts->list()->count() == 0)
        problems.append({QStringLiteral("media_ids"),
                         tr("%1 needs a receipt: add a photo or PDF of it.").arg(chosen->name)});
    return problems;
}

void NewExpenseDialog::send()
{
    m_receipts->upload([this](const QString &progress) { showProgress(progress); },
                       [this](const QList<qint64> &mediaIds) { file(mediaIds); },
                       [this] { stopSending(); }); // the receipts say why
}

void NewExpenseDialog::file(const QList<qint64> &mediaIds)
{
    showProgress(tr("Sending the expense…"));
    money::ExpenseDraft draft;
    draft.date = m_date->date();
    draft.categoryId = category()->id;
    draft.amountMinor = amountMinor().value_or(0);
    draft.currency = currency();
    draft.merchant = m_merchant->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.mediaIds = mediaIds;
    m_client->fileExpense(draft, this, [this](const client::ApiResult<money::LedgerEntry> &r) {
        if (r)
            filed(*r);
        else
            refused(r.error());
    });
}

void NewExpenseDialog::setInputsEnabled(bool enabled)
{
    MoneyEntryDialog::setInputsEnabled(enabled);
    m_receipts->setBusy(!enabled);
}

} // namespace fielddesk::mywork
