// One request in full: what it asks for (RequestText's lines), who asked and who decided, its
// history with every comment (fetched when shown), its attachments (AttachmentList) and a box
// to add a comment; a comment the server refuses stays in the box. Part of fielddesk_mywork;
// it has one job and knows nothing of "my work", so that the approvals inbox can take it as
// it is.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace fielddesk::attachments {
class AttachmentList;
} // namespace fielddesk::attachments

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class RequestDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailsView(requests::RequestsClient *requests, QWidget *parent = nullptr);

    // Names of tools and clothing items in the lines.
    void setCatalogs(const requests::Catalogs &catalogs);

    // Shows the request and fetches its history; showing the same request again (after a
    // change) keeps what is typed in the comment box.
    void showRequest(const Request &request);
    void clear();
    const std::optional<Request> &request() const { return m_request; }
    const QList<RequestHistoryEntry> &history() const { return m_history; }

    // Sends the comment typed in the box.
    void addComment();

    QTextBrowser *text() const { return m_text; }
    attachments::AttachmentList *attachments() const { return m_attachments; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *commentButton() const { return m_commentButton; }
    forms::MessageLabel *messageLabel() const { return m_message; }

signals:
    void historyLoaded(qint64 requestId);
    void commentAdded(qint64 requestId);

private:
    void loadHistory();
    void render();
    QString requestHtml() const;
    QString historyHtml() const;
    void updateCommentButton();

    requests::RequestsClient *m_requests;
    requests::Catalogs m_catalogs;
    std::optional<Request> m_request;
    QList<RequestHistoryEntry> m_history;
    // What was typed for other requests, kept while another is shown.
    QHash<qint64, QString> m_drafts;
    quint64 m_historyCall = 0;
    bool m_sending = false;

    QTextBrowser *m_text = nullptr;
    QLabel *m_attachmentsTitle = nullptr;
    attachments::AttachmentList *m_attachments = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_commentButton = nullptr;
    forms::MessageLabel *m_message = nullptr;
};

} // namespace fielddesk::mywork
