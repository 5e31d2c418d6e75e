#include "fielddesk/mywork/requestdetailsview.h"

#include "fielddesk/attachments/attachmentlist.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/requests/requesttext.h"
#include "fielddesk/theme/palette.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

using requests::RequestText;

constexpr int kCommentBoxLines = 3;

QString tableRow(const QString &caption, const QString &value)
{
    if (value.isEmpty())
        return {};
    QString html = value.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<tr><td style='color:%1;padding-right:10px'>%2</td><td>%3</td></tr>")
        .arg(theme::css(theme::Colour::TextCaption), caption.toHtmlEscaped(), html);
}

} // namespace

RequestDetailsView::RequestDetailsView(requests::RequestsClient *requests, QWidget *parent)
    : QWidget(parent)
    , m_requests(requests)
{
    setObjectName(QStringLiteral("requestDetails"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("requestDetailsText"));
    m_text->setAccessibleName(tr("Request details"));
    m_text->setOpenLinks(false);
    m_text->setPlaceholderText(tr("Select a request to see what it asks for and what became of "
                                  "it."));

    m_attachmentsTitle = new QLabel(tr("Attachments"), this);
    m_attachments = new attachments::AttachmentList(requests, this);
    m_attachmentsTitle->setBuddy(m_attachments);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("requestCommentEdit"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Write a comment…"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * kCommentBoxLines +
                              2 * m_comment->frameWidth() +
                              2 * int(m_comment->document()->documentMargin()));
    m_commentButton = new QPushButton(tr("Add comment"), this);
    m_commentButton->setObjectName(QStringLiteral("addCommentButton"));
    m_commentButton->setToolTip(tr("Add the comment to the request's history (Ctrl+Return)"));
    auto *send = new QAction(tr("Add comment"), m_comment);
    send->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WidgetShortcut);
    m_comment->addAction(send);
    connect(send, &QAction::triggered, this, &RequestDetailsView::addComment);
    connect(m_commentButton, &QPushButton::clicked, this, &RequestDetailsView::addComment);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            &RequestDetailsView::updateCommentButton);

    m_message = new forms::MessageLabel(forms::MessageLabel::Tone::Error,
                                        QStringLiteral("requestDetailsMessage"), this);

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_commentButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_attachmentsTitle);
    layout->addWidget(m_attachments);
    layout->addLayout(commentRow);
    layout->addWidget(m_message);
    clear();
}

void RequestDetailsView::setCatalogs(const requests::Catalogs &catalogs)
{
    m_catalogs = catalogs;
    render();
}

void RequestDetailsView::showRequest(const Request &request)
{
    if (!m_request || m_request->id != request.id) {
        if (m_request)
            m_drafts.insert(m_request->id, m_comment->toPlainText());
        m_comment->setPlainText(m_drafts.take(request.id));
        m_history.clear();
        m_attachments->setMediaIds(request.mediaIds);
        m_message->showMessage({});
    } else if (m_request->mediaIds != request.mediaIds) {
        m_attachments->setMediaIds(request.mediaIds);
    }
    m_request = request;
    m_attachmentsTitle->setVisible(!request.mediaIds.isEmpty());
    m_attachments->setVisible(!request.mediaIds.isEmpty());
    m_comment->setEnabled(true);
    updateCommentButton();
    render();
    loadHistory();
}

void RequestDetailsView::clear()
{
    if (m_request)
        m_drafts.insert(m_request->id, m_comment->toPlainText());
    m_request.reset();
    m_history.clear();
    ++m_historyCall;
    m_text->clear();
    m_attachments->setMediaIds({});
    m_attachmentsTitle->hide();
    m_attachments->hide();
    m_comment->clear();
    m_comment->setEnabled(false);
    updateCommentButton();
    m_message->showMessage({});
}

void RequestDetailsView::loadHistory()
{
    const quint64 call = ++m_historyCall;
    const qint64 id = m_request->id;
    m_requests->history(
        id, this, [this, call, id](const client::ApiResult<QList<RequestHistoryEntry>> &r) {
            if (call != m_historyCall)
                return;
            if (!r) {
                m_message->showMessage(
                    tr("The history could not be loaded: %1").arg(r.error().message()));
                return;
            }
            m_history = *r;
            render();
            emit historyLoaded(id);
        });
}

void RequestDetailsView::addComment()
{
    const QString text = m_comment->toPlainText().trimmed();
    if (!m_request || text.isEmpty() || m_sending)
        return;
    m_sending = true;
    updateCommentButton();
    m_message->showMessage({});
    const qint64 id = m_request->id;
    m_requests->comment(id, text, this, [this, id](const client::ApiResult<client::Done> &r) {
        m_sending = false;
        updateCommentButton();
        const bool shown = m_request && m_request->id == id;
        if (!r) {
            // The text stays where it was typed, to send again.
            if (shown)
                m_message->showMessage(
                    tr("The comment was not added: %1").arg(r.error().message()));
            return;
        }
        if (shown) {
            m_comment->clear();
            loadHistory();
        } else {
            m_drafts.remove(id);
        }
        emit commentAdded(id);
    });
}

void RequestDetailsView::render()
{
    if (!m_request)
        return;
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(requestHtml() + historyHtml());
    m_text->verticalScrollBar()->setValue(scroll);
}

QString RequestDetailsView::requestHtml() const
{
    const Request &r = *m_request;
    QString html = QStringLiteral("<h3>%1: %2</h3><table>")
                       .arg(RequestText::kindTitle(r.kind).toHtmlEscaped(),
                            RequestText::summary(r, m_catalogs).toHtmlEscaped());
    html += tableRow(tr("Status"), RequestText::statusTitle(r.status));
    html += tableRow(tr("Requested by"), r.requesterName);
    html += tableRow(tr("Submitted"), RequestText::moment(r.submittedAt));
    for (const RequestText::Line &line : RequestText::detailLines(r, m_catalogs))
        html += tableRow(line.label, line.value);
    if (!r.decidedAt.isEmpty()) {
        html += tableRow(tr("Decided by"), r.decidedByName);
        html += tableRow(tr("Decided"), RequestText::moment(r.decidedAt));
        html += tableRow(tr("Decision comment"), r.decisionComment);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString RequestDetailsView::historyHtml() const
{
    if (m_history.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
    for (const RequestHistoryEntry &entry : m_history) {
        const QString what = RequestText::historyAction(entry);
        html +=
            QStringLiteral("<li><span style='color:%1'>%2</span> %3")
                .arg(theme::css(theme::Colour::TextCaption),
                     RequestText::moment(entry.occurredAt).toHtmlEscaped(), what.toHtmlEscaped());
        if (!entry.comment.isEmpty()) {
            QString comment = entry.comment.toHtmlEscaped();
            comment.replace(QLatin1Char('\n'), QLatin1String("<br>"));
            html += QStringLiteral("<br><i>%1</i>").arg(comment);
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

void RequestDetailsView::updateCommentButton()
{
    m_commentButton->setEnabled(m_request && !m_sending &&
                                !m_comment->toPlainText().trimmed().isEmpty());
}

} // namespace fielddesk::mywork
