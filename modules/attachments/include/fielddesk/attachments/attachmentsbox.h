// The files a new request or expense will carry, with every way to add them: the file picker
// (Add files…, Ctrl+O), files dropped onto the dialog that owns the box, and an image pasted
// from the clipboard (Paste image; Ctrl+V where no text field takes it), which is kept as a PNG
// in a private temporary folder. upload() sends the files the server does not have yet and
// answers with every media id in order; what goes wrong is said at the list, and a second try
// uploads only what is still missing. Part of fielddesk_mywork; the new-request and the
// new-expense dialogs both build on it.
#pragma once

#include <QGroupBox>
#include <QList>
#include <QTemporaryDir>

#include <functional>

class QImage;
class QMimeData;
class QPushButton;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::attachments {

class PendingAttachmentList;

class AttachmentsBox : public QGroupBox
{
    Q_OBJECT

public:
    AttachmentsBox(const QString &title, client::ApiClient *api, QWidget *parent = nullptr);

    PendingAttachmentList *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *pasteButton() const { return m_paste; }

    // Files dropped onto `target` (the dialog) and Ctrl+V inside it come here.
    void takeDropsAndPastesFor(QWidget *target);

    void addFiles(const QStringList &paths);
    void chooseFiles();
    // Adds the clipboard's image; false (and a word at the list) when it holds none.
    bool pasteImage();
    // Adds an image as a PNG file named after `baseName`.
    bool addImage(const QImage &image, const QString &baseName);

    using ProgressCallback = std::function<void(const QString &progress)>;
    using DoneCallback = std::function<void(const QList<qint64> &mediaIds)>;
    // Uploads what has no media id yet, saying how far it got; `done` gets every media id,
    // `failed` runs once an upload failed (the list says why).
    void upload(ProgressCallback progress, DoneCallback done, std::function<void()> failed);
    // While the owner sends: nothing can be added or removed.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // The local files a drop carries.
    static QStringList droppedFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void uploadFrom(int index);
    void updatePasteButton();

    client::ApiClient *m_api;
    PendingAttachmentList *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_paste = nullptr;
    QTemporaryDir m_pasted;
    int m_pastedCount = 0;
    bool m_busy = false;
    ProgressCallback m_progress;
    DoneCallback m_done;
    std::function<void()> m_failed;
};

} // namespace fielddesk::attachments
