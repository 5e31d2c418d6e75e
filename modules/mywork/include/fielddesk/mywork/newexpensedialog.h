// Files an expense: the day, the category with its rules shown as soon as it is picked
// (whether it needs a receipt, its limit), the amount in the user's locale and its currency
// (the tenant's by default), merchant and description, and the receipts (AttachmentsBox: file
// picker, drops, a pasted image). Before sending it says what the category's rules refuse (no
// receipt where one is needed) and warns while the amount is over the limit (allowed, but the
// approver sees it flagged). Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/money.h"
#include "fielddesk/mywork/moneyentrydialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace fielddesk::attachments {
class AttachmentsBox;
class PendingAttachmentList;
} // namespace fielddesk::attachments

namespace fielddesk::money {
class MoneyClient;
}

namespace fielddesk::mywork {

class NewExpenseDialog : public MoneyEntryDialog
{
    Q_OBJECT

public:
    NewExpenseDialog(money::MoneyClient *client,
                     const QList<ExpenseCategory> &categories,
                     const QString &tenantCurrency,
                     QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QLineEdit *merchantEdit() const { return m_merchant; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    attachments::AttachmentsBox *receipts() const { return m_receipts; }
    // The selected category's rules, and the warning while the amount is over its limit.
    QLabel *rulesLabel() const { return m_rules; }
    QLabel *overLimitLabel() const { return m_overLimit; }

    std::optional<ExpenseCategory> category() const;
    // What the amount field holds in minor units of the chosen currency; nullopt: no amount.
    std::optional<qint64> amountMinor() const;
    QString currency() const;

protected:
    QList<client::ApiError::FieldError> problemsBeforeSending() override;
    void send() override;
    attachments::PendingAttachmentList *attachments() const override;
    void setInputsEnabled(bool enabled) override;

private:
    void showRules();
    void file(const QList<qint64> &mediaIds);

    money::MoneyClient *m_client;
    QList<ExpenseCategory> m_categories;
    QString m_tenantCurrency;
    QDateEdit *m_date;
    QComboBox *m_category;
    QLabel *m_rules;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLabel *m_overLimit;
    QLineEdit *m_merchant;
    QPlainTextEdit *m_description;
    attachments::AttachmentsBox *m_receipts;
};

} // namespace fielddesk::mywork
