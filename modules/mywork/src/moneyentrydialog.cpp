#include "fielddesk/mywork/moneyentrydialog.h"

#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

constexpr int kEntryDialogMinimumWidth = 520;

} // namespace

MoneyEntryDialog::MoneyEntryDialog(const QString &title, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_body(new QVBoxLayout)
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, objectName + QStringLiteral("Message"), this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    setMinimumWidth(kEntryDialogMinimumWidth);
    setStyleSheet(forms::FieldErrorMarks::styleSheet());

    m_progress->setObjectName(objectName + QStringLiteral("Progress"));
    m_progress->hide();
    m_submit = m_buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitEntryButton"));
    m_submit->setToolTip(tr("Send it to your manager for approval (Ctrl+Return)"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setDefault(true);
    // Accepting is the server's to decide: the dialog closes once the entry is in.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoneyEntryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new forms::SectionTitle(title, objectName + QStringLiteral("Heading"), this));
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

void MoneyEntryDialog::submit()
{
    if (m_submitting)
        return;
    m_message->showMessage({});
    m_marks.clear();
    if (attachments::PendingAttachmentList *files = attachments())
        files->showMessage({});
    client::ApiError problems;
    problems.fieldErrors = problemsBeforeSending();
    if (!problems.fieldErrors.isEmpty()) {
        showRefusal(problems);
        return;
    }
    setSubmitting(true);
    send();
}

void MoneyEntryDialog::showProgress(const QString &text)
{
    m_progress->setText(text);
}

void MoneyEntryDialog::filed(const money::LedgerEntry &entry)
{
    setSubmitting(false);
    emit entryFiled(entry);
    accept();
}

void MoneyEntryDialog::refused(const client::ApiError &refusal)
{
    setSubmitting(false);
    showRefusal(refusal);
}

void MoneyEntryDialog::stopSending()
{
    setSubmitting(false);
}

void MoneyEntryDialog::showRefusal(const client::ApiError &refusal)
{
    using forms::FormRefusal;
    FormRefusal::show(
        refusal,
        [this](const QList<FormRefusal::FieldError> &errors) {
            QList<FormRefusal::FieldError> elsewhere = m_marks.show(errors);
            if (attachments::PendingAttachmentList *files = attachments())
                elsewhere = files->showErrors(elsewhere);
            // The first wrong field, in the order the errors come, takes the focus.
            for (const FormRefusal::FieldError &error : errors) {
                if (QWidget *input = m_marks.input(error.field)) {
                    input->setFocus();
                    break;
                }
            }
            return elsewhere;
        },
        m_message);
}

void MoneyEntryDialog::setInputsEnabled(bool enabled)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
            field && field->widget())
            field->widget()->setEnabled(enabled);
    }
}

void MoneyEntryDialog::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_progress->setVisible(submitting);
    m_submit->setEnabled(!submitting);
    setInputsEnabled(!submitting);
}

} // namespace fielddesk::mywork
