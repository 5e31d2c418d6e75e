// One request in full: what is asked (RequestText's lines), who asked and when, its
// attachments as thumbnails that open in the AttachmentViewer, its history with every comment,
// and a box to add a comment. Loads history and attachments itself through the
// RequestsClient. Part of fielddesk_approvals.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace fielddesk::approvals {

class RequestDetailsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 72;

    explicit RequestDetailsView(requests::RequestsClient *client, QWidget *parent = nullptr);

    // Shows this request (nullopt: nothing selected) and loads its history and attachments.
    void showRequest(const std::optional<Request> &request, const requests::Catalogs &catalogs);
    std::optional<qint64> requestId() const;

    QListWidget *history() const { return m_history; }
    QList<QToolButton *> attachmentButtons() const { return m_attachmentButtons; }
    // Opens the first attachment (Space in the inbox).
    void openFirstAttachment();
    void openAttachment(qint64 mediaId);

signals:
    // A comment was added: the request's history (and the requester's inbox) changed.
    void commented(qint64 requestId);

private:
    void showLines(const Request &request, const requests::Catalogs &catalogs);
    void showAttachments(const Request &request);
    void loadHistory(qint64 requestId);
    void addComment();
    void setThumbnail(QToolButton *button, const requests::MediaContent &content);

    requests::RequestsClient *m_client;
    std::optional<Request> m_request;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QWidget *m_linesHost;
    QFormLayout *m_lines;
    QLabel *m_attachmentsCaption;
    QHBoxLayout *m_attachments;
    QList<QToolButton *> m_attachmentButtons;
    QListWidget *m_history;
    QLineEdit *m_comment;
    QPushButton *m_addComment;
    QLabel *m_error;
    QHash<qint64, requests::MediaContent> m_media; // downloaded attachments by id
};

} // namespace fielddesk::approvals
