#include "fielddesk/mywork/newrequestdialog.h"

#include "fielddesk/mywork/fielderrormarks.h"
#include "fielddesk/mywork/messagelabel.h"
#include "fielddesk/mywork/pendingattachmentlist.h"
#include "fielddesk/mywork/requestform.h"
#include "fielddesk/mywork/sectiontitle.h"
#include "fielddesk/requests/requesttext.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
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
    setAcceptDrops(true);

    m_message =
        new MessageLabel(MessageLabel::Tone::Error, QStringLiteral("newRequestMessage"), this);

    auto *heading = new SectionTitle(windowTitle(), QStringLiteral("newRequestHeading"), this);

    // A long clothing request scrolls; the buttons stay in sight.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("requestFormScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_form = new RequestForm(kind, catalogs, m_scroll);
    m_scroll->setWidget(m_form);

    auto *attachmentsBox = new QGroupBox(tr("Attachments"), this);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsBox);
    m_attachments = new PendingAttachmentList(attachmentsBox);
    m_addAttachment = new QPushButton(tr("Add files…"), attachmentsBox);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_addAttachment->setToolTip(tr("Attach photos or PDF files (Ctrl+O); you can also drop them "
                                   "onto this dialog"));
    m_addAttachment->setShortcut(QKeySequence::Open);
    connect(m_addAttachment, &QPushButton::clicked, this, &NewRequestDialog::chooseAttachments);
    attachmentsLayout->addWidget(m_attachments);
    attachmentsLayout->addWidget(m_addAttachment, 0, Qt::AlignLeft);

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
    layout->addWidget(attachmentsBox);
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

void NewRequestDialog::addAttachments(const QStringList &paths)
{
    m_attachments->addFiles(paths);
}

void NewRequestDialog::chooseAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and PDF files (*.jpg *.jpeg *.png *.pdf)"));
    addAttachments(paths);
}

QStringList NewRequestDialog::droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void NewRequestDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_submitting && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewRequestDialog::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_submitting && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewRequestDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (m_submitting || paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Every dropped file goes to the list, which says why it refuses the ones it cannot take.
    addAttachments(paths);
}

void NewRequestDialog::submit()
{
    if (m_submitting)
        return;
    m_message->showMessage({});
    m_form->clearFieldErrors();
    m_attachments->showMessage({});
    setSubmitting(true);
    uploadFrom(0);
}

void NewRequestDialog::uploadFrom(int index)
{
    const QList<PendingAttachment> &pending = m_attachments->attachments();
    while (index < pending.size() && pending.at(index).mediaId != 0)
        ++index;
    if (index >= pending.size()) {
        file();
        return;
    }
    const PendingAttachment attachment = pending.at(index);
    m_progress->setText(
        tr("Uploading %1 (%2 of %3)…").arg(attachment.fileName).arg(index + 1).arg(pending.size()));
    QFile source(attachment.path);
    if (!source.open(QIODevice::ReadOnly)) {
        m_attachments->showMessage(
            tr("%1 cannot be read: %2").arg(attachment.fileName, source.errorString()));
        setSubmitting(false);
        return;
    }
    m_requests->upload(
        source.readAll(), attachment.contentType, this,
        [this, index, attachment](const client::ApiResult<requests::MediaInfo> &r) {
            if (!r) {
                m_attachments->showMessage(
                    tr("%1 was not uploaded: %2").arg(attachment.fileName, r.error().message()));
                setSubmitting(false);
                return;
            }
            m_attachments->setMediaId(index, r->id);
            uploadFrom(index + 1);
        });
}

void NewRequestDialog::file()
{
    m_progress->setText(tr("Sending the request…"));
    QList<qint64> mediaIds;
    for (const PendingAttachment &attachment : m_attachments->attachments())
        mediaIds << attachment.mediaId;
    m_requests->file(m_form->kind(), m_form->details(), mediaIds, this,
                     [this](const client::ApiResult<Request> &r) {
                         setSubmitting(false);
                         if (r) {
                             emit requestFiled(*r);
                             accept();
                             return;
                         }
                         const client::ApiError &error = r.error();
                         QStringList elsewhere;
                         for (const client::ApiError::FieldError &e :
                              m_form->showFieldErrors(error.fieldErrors)) {
                             if (e.field.startsWith(QLatin1String("media_ids")))
                                 m_attachments->showMessage(e.message);
                             else
                                 elsewhere
                                     << (e.field.isEmpty() ? e.message
                                                           : tr("%1: %2").arg(e.field, e.message));
                         }
                         revealWrongFields();
                         if (error.fieldErrors.isEmpty())
                             m_message->showMessage(error.message());
                         else if (!elsewhere.isEmpty())
                             m_message->showMessage(elsewhere.join(QLatin1Char('\n')));
                         else
                             m_message->showMessage(tr("Please correct the marked fields."));
                     });
}

void NewRequestDialog::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_progress->setVisible(submitting);
    m_form->setEnabled(!submitting);
    m_attachments->setEnabled(!submitting);
    m_addAttachment->setEnabled(!submitting);
    m_submit->setEnabled(!submitting);
}

} // namespace fielddesk::mywork
