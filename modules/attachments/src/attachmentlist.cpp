#include "fielddesk/attachments/attachmentlist.h"

#include <QDesktopServices>
#include <QFile>
#include <QUrl>

namespace fielddesk::attachments {

AttachmentList::AttachmentList(requests::RequestsClient *requests, QWidget *parent)
    : QListWidget(parent)
    , m_requests(requests)
    , m_opener([](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setObjectName(QStringLiteral("attachmentList"));
    setAccessibleName(tr("Attachments"));
    setToolTip(tr("Double-click or press Enter to open an attachment"));
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openAttachment(item->data(kMediaIdRole).toLongLong());
    });
}

void AttachmentList::setMediaIds(const QList<qint64> &mediaIds)
{
    clear();
    for (int i = 0; i < mediaIds.size(); ++i) {
        const QString name = tr("Attachment %1").arg(i + 1);
        auto *item = new QListWidgetItem(name, this);
        item->setData(kMediaIdRole, mediaIds.at(i));
        item->setData(kNameRole, name);
    }
}

QList<qint64> AttachmentList::mediaIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < count(); ++row)
        ids << item(row)->data(kMediaIdRole).toLongLong();
    return ids;
}

QListWidgetItem *AttachmentList::itemOf(qint64 mediaId) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kMediaIdRole).toLongLong() == mediaId)
            return item(row);
    }
    return nullptr;
}

void AttachmentList::openAttachment(qint64 mediaId)
{
    QListWidgetItem *line = itemOf(mediaId);
    if (!line)
        return;
    const QString name = line->data(kNameRole).toString();
    line->setText(tr("%1 — downloading…").arg(name));
    m_requests->download(
        mediaId, this, [this, mediaId, name](const client::ApiResult<requests::MediaContent> &r) {
            QListWidgetItem *done = itemOf(mediaId);
            if (!done)
                return; // another request is shown now
            if (!r) {
                done->setText(tr("%1 — not available: %2").arg(name, r.error().message()));
                return;
            }
            const QString path = m_copies.filePath(
                QStringLiteral("attachment-%1%2")
                    .arg(mediaId)
                    .arg(requests::RequestsClient::attachmentSuffix(r->contentType)));
            QFile copy(path);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(r->bytes) != r->bytes.size()) {
                done->setText(tr("%1 — cannot be saved: %2").arg(name, copy.errorString()));
                return;
            }
            copy.close();
            done->setText(name);
            done->setToolTip(path);
            emit attachmentFetched(mediaId, path);
            m_opener(path);
        });
}

} // namespace fielddesk::attachments
