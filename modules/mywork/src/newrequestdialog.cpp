#include "fielddesk/mywork/newrequestdialog.h"

#include "fielddesk/attachments/attachmentsbox.h"
#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/mywork/requestform.h"
#include "fielddesk/requests/requesttext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

constexpr int kDialogMinimumWidth = 520;

} // namespace

NewRequestDialog::NewRequestDialog(requests::RequestsClient *requests,
                                   const QString &kind,
                                   const requests::Catalogs &catalogs,
                                   QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New request: %1").arg(requests::RequestText::kindTitle(kind)));
    setMinimumWidth(kDialogMinimumWidth);

    m_message = new forms::MessageLabel(forms::MessageLabel::Tone::Error,
                                        QStringLiteral("newRequestMessage"), this);

    auto *heading =
        new forms::SectionTitle(windowTitle(), QStringLiteral("newRequestHeading"), this);

    // A long clothing request scrolls; the buttons stay in sight.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("requestFormScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_form = new RequestForm(kind, catalogs, m_scroll);
    m_scroll->setWidget(m_form);

    m_attachments = new attachments::AttachmentsBox(tr("Attachments"), requests->api(), this);
    m_attachments->takeDropsAndPastesFor(this);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("newRequestProgress"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitRequestButton"));
    m_submit->setToolTip(tr("Send the request to your manager (Ctrl+Return)"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setDefault(true);
    // Accepting is the server's to decide: Submit files, and the dialog closes when it is in.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRequestDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

void NewRequestDialog::revealWrongFields()
{
    // The message lines make the form taller: once the layout has taken them in, the dialog
    // grows (as far as the screen lets it), and once it has, the first wrong field with its
    // message is scrolled into sight.
    QTimer::singleShot(0, this, [this] {
        adjustSize();
        QTimer::singleShot(0, this, [this] {
            const QString first = m_form->firstWrongField();
            if (first.isEmpty())
                return;
            if (QLabel *message = m_form->errorLabel(first))
                m_scroll->ensureWidgetVisible(message);
            if (QWidget *input = m_form->input(first))
                m_scroll->ensureWidgetVisible(input);
        });
    });
}

QString NewRequestDialog::kind() const
{
    return m_form->kind();
}

attachments::PendingAttachmentList *NewRequestDialog::attachments() const
{
    return m_attachments->list();
}

QPushButton *NewRequestDialog::addAttachmentButton() const
{
    return m_attachments->addButton();
}

void NewRequestDialog::submit()
{
    if (m_submitting)
        return;
    m_message->showMessage({});
    m_form->clearFieldErrors();
    setSubmitting(true);
    m_attachments->upload([this](const QString &progress) { m_progress->setText(progress); },
                          [this](const QList<qint64> &mediaIds) { file(mediaIds); },
                          [this] { setSubmitting(false); });
}

void NewRequestDialog::file(const QList<qint64> &mediaIds)
{
    m_progress->setText(tr("Sending the request…"));
    m_requests->file(m_form->kind(), m_form->details(), mediaIds, this,
                     [this](const client::ApiResult<Request> &r) {
                         setSubmitting(false);
                         if (r) {
                             emit requestFiled(*r);
                             accept();
                             return;
                         }
                         using forms::FormRefusal;
                         FormRefusal::show(
                             r.error(),
                             [this](const QList<FormRefusal::FieldError> &errors) {
                                 return attachments()->showErrors(m_form->showFieldErrors(errors));
                             },
                             m_message);
                         revealWrongFields();
                     });
}

void NewRequestDialog::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_progress->setVisible(submitting);
    m_form->setEnabled(!submitting);
    m_attachments->setBusy(submitting);
    m_submit->setEnabled(!submitting);
}

} // namespace fielddesk::mywork
