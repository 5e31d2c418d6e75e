// Files a new request of one kind: the kind's form, the files to attach (AttachmentsBox: file
// picker, drag and drop onto the dialog, a pasted image), and Submit, which uploads the files
// not yet uploaded and then files the request with their media ids. What the server refuses is
// shown where it belongs (a field's error under the field, an upload's at the attachments, the rest
// at the top); the dialog stays open with everything typed until the server has the request. Part
// of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace fielddesk::attachments {
class AttachmentsBox;
class PendingAttachmentList;
} // namespace fielddesk::attachments

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class RequestForm;

class NewRequestDialog : public QDialog
{
    Q_OBJECT

public:
    NewRequestDialog(requests::RequestsClient *requests,
                     const QString &kind,
                     const requests::Catalogs &catalogs,
                     QWidget *parent = nullptr);

    QString kind() const;
    RequestForm *form() const { return m_form; }
    attachments::PendingAttachmentList *attachments() const;
    attachments::AttachmentsBox *attachmentsBox() const { return m_attachments; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *addAttachmentButton() const;
    // What went wrong that belongs to no field.
    forms::MessageLabel *messageLabel() const { return m_message; }
    bool isSubmitting() const { return m_submitting; }

    void submit();

signals:
    // The server has the request; the dialog closes.
    void requestFiled(const fielddesk::Request &request);

private:
    // Files the request once the attachments are uploaded.
    void file(const QList<qint64> &mediaIds);
    void revealWrongFields();
    void setSubmitting(bool submitting);

    requests::RequestsClient *m_requests;
    QScrollArea *m_scroll = nullptr;
    RequestForm *m_form = nullptr;
    attachments::AttachmentsBox *m_attachments = nullptr;
    forms::MessageLabel *m_message = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_submit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_submitting = false;
};

} // namespace fielddesk::mywork
