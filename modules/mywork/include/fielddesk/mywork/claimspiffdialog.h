// Claims a spiff (a bonus) for the signed-in employee: the kind of spiff, its amount (the
// kind's default, which the employee may change) in the tenant's currency, and the reason.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/money.h"
#include "fielddesk/mywork/moneyentrydialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace fielddesk::money {
class MoneyClient;
}

namespace fielddesk::mywork {

class ClaimSpiffDialog : public MoneyEntryDialog
{
    Q_OBJECT

public:
    ClaimSpiffDialog(money::MoneyClient *client,
                     qint64 employeeId,
                     const QList<SpiffType> &types,
                     const QString &tenantCurrency,
                     QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    QList<client::ApiError::FieldError> problemsBeforeSending() override;
    void send() override;

private:
    void takeDefaultAmount();

    money::MoneyClient *m_client;
    qint64 m_employeeId;
    QList<SpiffType> m_types;
    QString m_currency;
    QComboBox *m_type;
    QLineEdit *m_amount;
    QPlainTextEdit *m_reason;
};

} // namespace fielddesk::mywork
