#include "fielddesk/approvals/requestdetailsview.h"

#include "fielddesk/approvals/attachmentviewer.h"
#include "fielddesk/requests/requesttext.h"
#include "fielddesk/theme/palette.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fielddesk::approvals {

namespace {

constexpr int kDetailsMargin = 12;
constexpr int kSpacing = 8;
constexpr int kDetailsTitlePointSizeDelta = 3;

QString when(const QString &iso)
{
    return requests::RequestText::moment(iso);
}

QString historyText(const RequestHistoryEntry &entry)
{
    using requests::RequestText;
    const QString who =
        entry.actorName.isEmpty() ? RequestDetailsView::tr("FieldDesk") : entry.actorName;
    QString line;
    if (entry.action == QLatin1String("commented"))
        line = RequestDetailsView::tr("%1 commented · %2").arg(who, when(entry.occurredAt));
    else if (entry.action == QLatin1String("submitted"))
        line = RequestDetailsView::tr("%1 submitted · %2").arg(who, when(entry.occurredAt));
    else
        line = RequestDetailsView::tr("%1 by %2 · %3")
                   .arg(RequestText::statusTitle(entry.toStatus), who, when(entry.occurredAt));
    if (!entry.comment.isEmpty())
        line += QLatin1Char('\n') + entry.comment;
    return line;
}

} // namespace

RequestDetailsView::RequestDetailsView(requests::RequestsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_linesHost(new QWidget(this))
    , m_lines(new QFormLayout(m_linesHost))
    , m_attachmentsCaption(new QLabel(tr("Attachments"), this))
    , m_attachments(new QHBoxLayout)
    , m_history(new QListWidget(this))
    , m_comment(new QLineEdit(this))
    , m_addComment(new QPushButton(tr("Add &comment"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("requestDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kDetailsMargin, kDetailsMargin, kDetailsMargin, kDetailsMargin);
    layout->setSpacing(kSpacing);

    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + kDetailsTitlePointSizeDelta);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("requestSubtitle"));
    m_subtitle->setStyleSheet(
        QStringLiteral("color: %1").arg(theme::css(theme::Colour::TextSubtle)));
    m_status->setObjectName(QStringLiteral("requestStatus"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_status);

    m_lines->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_linesHost);

    layout->addWidget(m_attachmentsCaption);
    m_attachments->setSpacing(kSpacing);
    m_attachments->addStretch(1);
    layout->addLayout(m_attachments);

    auto *historyCaption = new QLabel(tr("History"), this);
    historyCaption->setBuddy(m_history);
    layout->addWidget(historyCaption);
    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_history, 1);

    auto *commentRow = new QHBoxLayout;
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Write a comment for the requester…"));
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addComment);
    layout->addLayout(commentRow);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Colour::DangerText)));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_addComment, &QPushButton::clicked, this, &RequestDetailsView::addComment);
    connect(m_comment, &QLineEdit::returnPressed, this, &RequestDetailsView::addComment);
    showRequest(std::nullopt, {});
}

std::optional<qint64> RequestDetailsView::requestId() const
{
    return m_request ? std::optional<qint64>(m_request->id) : std::nullopt;
}

void RequestDetailsView::showRequest(const std::optional<Request> &request,
                                     const requests::Catalogs &catalogs)
{
    using requests::RequestText;
    const bool sameRequest = request && m_request && request->id == m_request->id;
    m_request = request;
    m_error->hide();
    m_comment->setEnabled(request.has_value());
    m_addComment->setEnabled(request.has_value());
    if (!request) {
        m_title->setText(tr("Nothing selected"));
        m_subtitle->setText(tr("Choose a request in the list to see it here."));
        m_status->clear();
        showLines(Request{}, catalogs);
        showAttachments(Request{});
        m_history->clear();
        return;
    }
    m_title->setText(tr("%1: %2").arg(RequestText::kindTitle(request->kind),
                                      RequestText::summary(*request, catalogs)));
    m_subtitle->setText(
        tr("%1 · submitted %2").arg(request->requesterName, when(request->submittedAt)));
    m_status->setText(RequestText::statusTitle(request->status));
    showLines(*request, catalogs);
    if (!sameRequest)
        showAttachments(*request);
    loadHistory(request->id);
}

void RequestDetailsView::showLines(const Request &request, const requests::Catalogs &catalogs)
{
    while (m_lines->rowCount() > 0)
        m_lines->removeRow(0);
    if (request.id == 0)
        return;
    for (const requests::RequestText::Line &line :
         requests::RequestText::detailLines(request, catalogs)) {
        auto *value = new QLabel(line.value, m_linesHost);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_lines->addRow(line.label + QLatin1Char(':'), value);
    }
}

void RequestDetailsView::showAttachments(const Request &request)
{
    for (QToolButton *button : std::as_const(m_attachmentButtons))
        delete button;
    m_attachmentButtons.clear();
    m_attachmentsCaption->setVisible(!request.mediaIds.isEmpty());
    for (const qint64 mediaId : request.mediaIds) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("attachment-%1").arg(mediaId));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
        button->setText(tr("Loading…"));
        button->setToolTip(tr("Open the attachment"));
        connect(button, &QToolButton::clicked, this, [this, mediaId] { openAttachment(mediaId); });
        m_attachments->insertWidget(m_attachments->count() - 1, button);
        m_attachmentButtons.append(button);
        if (m_media.contains(mediaId)) {
            setThumbnail(button, m_media.value(mediaId));
            continue;
        }
        m_client->download(
            mediaId, button,
            [this, button, mediaId](const client::ApiResult<requests::MediaContent> &content) {
                if (!content) {
                    button->setText(tr("Unavailable"));
                    button->setToolTip(content.error().message());
                    return;
                }
                m_media.insert(mediaId, *content);
                setThumbnail(button, *content);
            });
    }
}

void RequestDetailsView::setThumbnail(QToolButton *button, const requests::MediaContent &content)
{
    if (content.contentType == QLatin1String("application/pdf")) {
        button->setText(tr("PDF"));
        button->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(content.bytes);
    button->setText(tr("Image"));
    button->setIcon(pixmap.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                  Qt::SmoothTransformation));
}

void RequestDetailsView::openFirstAttachment()
{
    if (m_request && !m_request->mediaIds.isEmpty())
        openAttachment(m_request->mediaIds.first());
}

void RequestDetailsView::openAttachment(qint64 mediaId)
{
    const auto show = [this, mediaId](const requests::MediaContent &content) {
        auto *viewer = new AttachmentViewer(content.bytes, content.contentType,
                                            tr("Attachment %1").arg(mediaId), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    };
    if (m_media.contains(mediaId)) {
        show(m_media.value(mediaId));
        return;
    }
    m_client->download(
        mediaId, this,
        [this, mediaId, show](const client::ApiResult<requests::MediaContent> &content) {
            if (!content) {
                m_error->setText(content.error().message());
                m_error->show();
                return;
            }
            m_media.insert(mediaId, *content);
            show(*content);
        });
}

void RequestDetailsView::loadHistory(qint64 requestId)
{
    m_client->history(
        requestId, this,
        [this, requestId](const client::ApiResult<QList<RequestHistoryEntry>> &entries) {
            if (!m_request || m_request->id != requestId)
                return; // another request is shown by now
            m_history->clear();
            if (!entries) {
                m_error->setText(entries.error().message());
                m_error->show();
                return;
            }
            for (const RequestHistoryEntry &entry : *entries)
                m_history->addItem(historyText(entry));
            m_history->scrollToBottom();
        });
}

void RequestDetailsView::addComment()
{
    const QString text = m_comment->text().trimmed();
    if (!m_request || text.isEmpty())
        return;
    const qint64 requestId = m_request->id;
    m_addComment->setEnabled(false);
    m_client->comment(requestId, text, this,
                      [this, requestId](const client::ApiResult<client::Done> &done) {
                          m_addComment->setEnabled(m_request.has_value());
                          if (!done) {
                              // The comment stays in the box to send again.
                              m_error->setText(done.error().message());
                              m_error->show();
                              return;
                          }
                          m_error->hide();
                          m_comment->clear();
                          if (m_request && m_request->id == requestId)
                              loadHistory(requestId);
                          emit commented(requestId);
                      });
}

} // namespace fielddesk::approvals
