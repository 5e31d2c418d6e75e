#include "fielddesk/attachments/pendingattachmentlist.h"

#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/requests/requestsclient.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fielddesk::attachments {

PendingAttachmentList::PendingAttachmentList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pendingAttachments"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No attachments. Drop photos or PDF files here, paste an image, or "
                            "add files with the button."),
                         this);
    m_empty->setObjectName(QStringLiteral("noAttachmentsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_message = forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("media_ids"), this);
    m_message->setStyleSheet(forms::FieldErrorMarks::styleSheet());
    layout->addWidget(m_empty);
    layout->addLayout(m_rows);
    layout->addWidget(m_message);
}

bool PendingAttachmentList::takes(const QString &path)
{
    return !requests::RequestsClient::attachmentContentType(path).isEmpty();
}

int PendingAttachmentList::addFiles(const QStringList &paths)
{
    QStringList refused;
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        const QString contentType = requests::RequestsClient::attachmentContentType(path);
        if (contentType.isEmpty())
            refused << tr("%1: only JPEG, PNG and PDF files can be attached.").arg(file.fileName());
        else if (!file.isFile() || !file.isReadable())
            refused << tr("%1: the file cannot be read.").arg(file.fileName());
        else if (file.size() > kMaxBytes)
            refused << tr("%1: larger than %2.")
                           .arg(file.fileName(), QLocale().formattedDataSize(kMaxBytes));
        else if (m_attachments.size() >= kMaxFiles)
            refused << tr("%1: a request carries at most %n file(s).", nullptr, kMaxFiles)
                           .arg(file.fileName());
        else {
            m_attachments.append(
                {file.absoluteFilePath(), file.fileName(), contentType, file.size(), 0});
            ++added;
        }
    }
    showMessage(refused.join(QLatin1Char('\n')));
    if (added > 0) {
        rebuild();
        emit changed();
    }
    return added;
}

void PendingAttachmentList::remove(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    showMessage({});
    rebuild();
    emit changed();
}

void PendingAttachmentList::setMediaId(int index, qint64 mediaId)
{
    m_attachments[index].mediaId = mediaId;
}

void PendingAttachmentList::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QList<client::ApiError::FieldError>
PendingAttachmentList::showErrors(const QList<client::ApiError::FieldError> &errors)
{
    QList<client::ApiError::FieldError> others;
    QStringList here;
    for (const client::ApiError::FieldError &error : errors) {
        if (error.field.startsWith(QLatin1String("media_ids")))
            here << error.message;
        else
            others << error;
    }
    if (!here.isEmpty())
        showMessage(here.join(QLatin1Char('\n')));
    return others;
}

void PendingAttachmentList::rebuild()
{
    // A row's own remove button may be the caller: rows go once its click is over.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->setParent(nullptr); // out of findChild's sight at once
            row->deleteLater();
        }
        delete item;
    }
    m_empty->setVisible(m_attachments.isEmpty());
    for (int i = 0; i < m_attachments.size(); ++i) {
        const PendingAttachment &attachment = m_attachments.at(i);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(
            tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.size)),
            row);
        name->setObjectName(QStringLiteral("attachmentName_%1").arg(i));
        name->setToolTip(attachment.path);
        auto *removeButton = new QToolButton(row);
        removeButton->setObjectName(QStringLiteral("removeAttachment_%1").arg(i));
        removeButton->setText(tr("Remove"));
        removeButton->setToolTip(tr("Do not send %1 with the request").arg(attachment.fileName));
        connect(removeButton, &QToolButton::clicked, this, [this, i] { remove(i); });
        rowLayout->addWidget(name, 1);
        rowLayout->addWidget(removeButton);
        m_rows->addWidget(row);
    }
}

} // namespace fielddesk::attachments
