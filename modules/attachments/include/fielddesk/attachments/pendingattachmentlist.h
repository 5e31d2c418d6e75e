// The files a new request will carry: each with its name, size and a remove button, and the
// media id the server gave it once uploaded (so that a second try does not upload it again).
// Takes what the server takes (JPEG, PNG, PDF up to 10 MiB, at most 20 files) and says why it
// refused the rest. The file picker and drops both add through addFiles.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/client/apierror.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace fielddesk::attachments {

struct PendingAttachment
{
    QString path;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    qint64 mediaId = 0; // 0 until uploaded
};

class PendingAttachmentList : public QWidget
{
    Q_OBJECT

public:
    // The server's limits: bytes a file, files a request.
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMaxFiles = 20;

    explicit PendingAttachmentList(QWidget *parent = nullptr);

    // Adds each file it can take and says in its message line why it refused the others;
    // returns how many it added.
    int addFiles(const QStringList &paths);
    void remove(int index);
    // Whether the file picker or a drop could add this file (by its name).
    static bool takes(const QString &path);

    const QList<PendingAttachment> &attachments() const { return m_attachments; }
    int count() const { return int(m_attachments.size()); }
    void setMediaId(int index, qint64 mediaId);
    // Says what went wrong (refused files, a failed upload, the server's word on media_ids);
    // an empty text hides the line.
    void showMessage(const QString &text);
    QLabel *messageLabel() const { return m_message; }
    // Shows the server's errors about media_ids here; returns the others.
    QList<client::ApiError::FieldError>
    showErrors(const QList<client::ApiError::FieldError> &errors);

signals:
    void changed();

private:
    void rebuild();

    QList<PendingAttachment> m_attachments;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace fielddesk::attachments
