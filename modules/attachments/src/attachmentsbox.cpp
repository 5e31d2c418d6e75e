#include "fielddesk/attachments/attachmentsbox.h"

#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/client/mediaclient.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fielddesk::attachments {

AttachmentsBox::AttachmentsBox(const QString &title, client::ApiClient *api, QWidget *parent)
    : QGroupBox(title, parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("attachmentsBox"));
    m_list = new PendingAttachmentList(this);
    m_add = new QPushButton(tr("Add files…"), this);
    m_add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_add->setToolTip(tr("Attach photos or PDF files (Ctrl+O); you can also drop them onto this "
                         "dialog"));
    m_add->setShortcut(QKeySequence::Open);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsBox::chooseFiles);
    m_paste = new QPushButton(tr("Paste image"), this);
    m_paste->setObjectName(QStringLiteral("pasteImageButton"));
    m_paste->setToolTip(tr("Attach the image on the clipboard, a screenshot or a scanned "
                           "receipt (Ctrl+V outside a text field)"));
    connect(m_paste, &QPushButton::clicked, this, &AttachmentsBox::pasteImage);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &AttachmentsBox::updatePasteButton);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    updatePasteButton();
}

void AttachmentsBox::takeDropsAndPastesFor(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
    // A text field with the focus pastes its text first (it overrides the shortcut).
    auto *paste = new QShortcut(QKeySequence::Paste, target);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, [this] {
        if (!m_busy)
            pasteImage();
    });
}

void AttachmentsBox::addFiles(const QStringList &paths)
{
    if (!m_busy)
        m_list->addFiles(paths);
}

void AttachmentsBox::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and PDF files (*.jpg *.jpeg *.png *.pdf)"));
    addFiles(paths);
}

bool AttachmentsBox::pasteImage()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull())
            return addImage(image, tr("Pasted image"));
    }
    // Files copied in a file manager paste as files.
    const QStringList files = droppedFiles(mime);
    if (!files.isEmpty()) {
        addFiles(files);
        return true;
    }
    m_list->showMessage(tr("The clipboard holds no image to attach."));
    return false;
}

bool AttachmentsBox::addImage(const QImage &image, const QString &baseName)
{
    if (m_busy)
        return false;
    if (!m_pasted.isValid()) {
        m_list->showMessage(tr("The image cannot be kept: no temporary folder."));
        return false;
    }
    ++m_pastedCount;
    const QString name = m_pastedCount == 1
                             ? baseName + QStringLiteral(".png")
                             : QStringLiteral("%1 %2.png").arg(baseName).arg(m_pastedCount);
    const QString path = m_pasted.filePath(name);
    if (!image.save(path, "PNG")) {
        m_list->showMessage(tr("The image cannot be kept: it could not be saved."));
        return false;
    }
    return m_list->addFiles({path}) == 1;
}

QStringList AttachmentsBox::droppedFiles(const QMimeData *mime)
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

bool AttachmentsBox::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!m_busy && !droppedFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = droppedFiles(drop->mimeData());
        if (!m_busy && !paths.isEmpty()) {
            drop->acceptProposedAction();
            // Every dropped file goes to the list, which says why it refuses the ones it
            // cannot take.
            addFiles(paths);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGroupBox::eventFilter(watched, event);
}

void AttachmentsBox::upload(ProgressCallback progress,
                            DoneCallback done,
                            std::function<void()> failed)
{
    m_list->showMessage({});
    m_progress = std::move(progress);
    m_done = std::move(done);
    m_failed = std::move(failed);
    uploadFrom(0);
}

void AttachmentsBox::uploadFrom(int index)
{
    const QList<PendingAttachment> &pending = m_list->attachments();
    while (index < pending.size() && pending.at(index).mediaId != 0)
        ++index;
    if (index >= pending.size()) {
        QList<qint64> mediaIds;
        for (const PendingAttachment &attachment : pending)
            mediaIds << attachment.mediaId;
        m_done(mediaIds);
        return;
    }
    const PendingAttachment attachment = pending.at(index);
    m_progress(
        tr("Uploading %1 (%2 of %3)…").arg(attachment.fileName).arg(index + 1).arg(pending.size()));
    QFile source(attachment.path);
    if (!source.open(QIODevice::ReadOnly)) {
        m_list->showMessage(
            tr("%1 cannot be read: %2").arg(attachment.fileName, source.errorString()));
        m_failed();
        return;
    }
    client::MediaClient(m_api).upload(
        source.readAll(), attachment.contentType, this,
        [this, index, attachment](const client::ApiResult<Media> &r) {
            if (!r) {
                m_list->showMessage(
                    tr("%1 was not uploaded: %2").arg(attachment.fileName, r.error().message()));
                m_failed();
                return;
            }
            m_list->setMediaId(index, r->id);
            uploadFrom(index + 1);
        });
}

void AttachmentsBox::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_add->setEnabled(!busy);
    updatePasteButton();
}

void AttachmentsBox::updatePasteButton()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const bool something = mime && (mime->hasImage() || !droppedFiles(mime).isEmpty());
    m_paste->setEnabled(!m_busy && something);
}

} // namespace fielddesk::attachments
