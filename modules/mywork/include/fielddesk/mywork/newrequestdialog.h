// Files a new request of one kind: the kind's form, the files to attach (file picker or drag and
// drop onto the dialog), and Submit, which uploads the files not yet uploaded and then files
// the request with their media ids. What the server refuses is shown where it belongs (a
// field's error under the field, an upload's at the attachments, the rest at the top); the
// dialog stays open with everything typed until the server has the request.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QMimeData;
class QPushButton;
class QScrollArea;

namespace fielddesk::mywork {

class MessageLabel;
class PendingAttachmentList;
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
    PendingAttachmentList *attachments() const { return m_attachments; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *addAttachmentButton() const { return m_addAttachment; }
    // What went wrong that belongs to no field.
    MessageLabel *messageLabel() const { return m_message; }
    bool isSubmitting() const { return m_submitting; }

    // The file picker's and the drops' way in.
    void addAttachments(const QStringList &paths);
    void chooseAttachments();
    void submit();

signals:
    // The server has the request; the dialog closes.
    void requestFiled(const fielddesk::Request &request);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Uploads the attachments from `index` on that have no media id yet, then files.
    void uploadFrom(int index);
    void file();
    void revealWrongFields();
    void setSubmitting(bool submitting);
    static QStringList droppedFiles(const QMimeData *mime);

    requests::RequestsClient *m_requests;
    QScrollArea *m_scroll = nullptr;
    RequestForm *m_form = nullptr;
    PendingAttachmentList *m_attachments = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QPushButton *m_submit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_submitting = false;
};

} // namespace fielddesk::mywork
