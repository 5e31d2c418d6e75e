#include "fielddesk/mywork/claimspiffdialog.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/money/moneyclient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace fielddesk::mywork {

ClaimSpiffDialog::ClaimSpiffDialog(money::MoneyClient *client,
                                   qint64 employeeId,
                                   const QList<SpiffType> &types,
                                   const QString &tenantCurrency,
                                   QWidget *parent)
    : MoneyEntryDialog(tr("Claim a spiff"), QStringLiteral("claimSpiffDialog"), parent)
    , m_client(client)
    , m_employeeId(employeeId)
    , m_currency(tenantCurrency)
    , m_type(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    for (const SpiffType &type : types) {
        if (type.active)
            m_types.append(type);
    }
    std::sort(m_types.begin(), m_types.end(), [](const SpiffType &a, const SpiffType &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const SpiffType &type : std::as_const(m_types))
        m_type->addItem(type.name, type.id);
    m_amount->setToolTip(
        tr("In %1; the kind's usual amount unless you were promised another").arg(tenantCurrency));
    m_reason->setPlaceholderText(tr("What earned it: the job, the sale, the referral"));
    m_reason->setTabChangesFocus(true);

    forms::FieldErrorMarks &fields = marks();
    fields.addRow(form(), QStringLiteral("spiff_type_id"), tr("&Kind"), m_type);
    fields.addRow(form(), QStringLiteral("amount_minor"), tr("&Amount"), m_amount);
    fields.addRow(form(), QStringLiteral("reason"), tr("&Reason"), m_reason);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ClaimSpiffDialog::takeDefaultAmount);
    takeDefaultAmount();
    m_type->setFocus();
}

void ClaimSpiffDialog::takeDefaultAmount()
{
    const int index = m_type->currentIndex();
    if (index >= 0 && index < m_types.size())
        m_amount->setText(formatMoney(m_types.at(index).defaultAmountMinor, m_currency));
}

QList<client::ApiError::FieldError> ClaimSpiffDialog::problemsBeforeSending()
{
    QList<client::ApiError::FieldError> problems;
    if (m_type->currentIndex() < 0)
        problems.append({QStringLiteral("spiff_type_id"), tr("Choose the kind of spiff.")});
    const std::optional<qint64> amount = parseMoney(m_amount->text(), m_currency);
    if (!amount || *amount <= 0)
        problems.append({QStringLiteral("amount_minor"),
                         tr("Enter the amount, like %1.").arg(formatMoney(5000, m_currency))});
    if (m_reason->toPlainText().trimmed().isEmpty())
        problems.append({QStringLiteral("reason"), tr("Say what earned it.")});
    return problems;
}

void ClaimSpiffDialog::send()
{
    showProgress(tr("Sending the claim…"));
    money::SpiffClaim claim;
    claim.employeeId = m_employeeId;
    claim.spiffTypeId = m_types.at(m_type->currentIndex()).id;
    claim.amountMinor = parseMoney(m_amount->text(), m_currency).value_or(0);
    claim.currency = m_currency;
    claim.reason = m_reason->toPlainText().trimmed();
    m_client->claimSpiff(claim, this, [this](const client::ApiResult<money::LedgerEntry> &r) {
        if (r)
            filed(*r);
        else
            refused(r.error());
    });
}

} // namespace fielddesk::mywork
