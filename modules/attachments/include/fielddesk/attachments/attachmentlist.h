// A request's attachments, one line each, fetched from the server only when the user opens
// one (double-click or Enter): the bytes go to a private temporary folder and open in the
// system's viewer. Part of fielddesk_mywork; it has one job so that the approvals inbox can
// take it as it is.
#pragma once

#include "fielddesk/requests/requestsclient.h"

#include <QListWidget>
#include <QTemporaryDir>

#include <functional>

namespace fielddesk::attachments {

class AttachmentList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int kMediaIdRole = Qt::UserRole + 1;
    static constexpr int kNameRole = Qt::UserRole + 2; // "Attachment 2", without what happened

    explicit AttachmentList(requests::RequestsClient *requests, QWidget *parent = nullptr);

    void setMediaIds(const QList<qint64> &mediaIds);
    QList<qint64> mediaIds() const;

    // Downloads the attachment and opens the copy; the line says what happened.
    void openAttachment(qint64 mediaId);
    // Where an attachment's copy is opened; the default asks the desktop (tests look instead).
    void setOpener(std::function<void(const QString &path)> opener)
    {
        m_opener = std::move(opener);
    }

signals:
    // The attachment's bytes are in a file at path.
    void attachmentFetched(qint64 mediaId, const QString &path);

private:
    QListWidgetItem *itemOf(qint64 mediaId) const;

    requests::RequestsClient *m_requests;
    QTemporaryDir m_copies;
    std::function<void(const QString &)> m_opener;
};

} // namespace fielddesk::attachments
