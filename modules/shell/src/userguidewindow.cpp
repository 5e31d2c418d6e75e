#include "fielddesk/shell/userguidewindow.h"

#include <QImageReader>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::shell {

namespace {

constexpr QSize kGuideSize{980, 760};
constexpr int kDocumentMargin = 16;
constexpr int kImageMargin = 2 * kDocumentMargin + 24; // the document's margins and a scroll bar

// The size of a picture the guide names, as compiled in (":/fielddesk/guide/...").
QSize naturalSize(const QString &name)
{
    const QUrl url = UserGuideWindow::guideUrl().resolved(QUrl(name));
    return QImageReader(QLatin1Char(':') + url.path()).size();
}

} // namespace

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/fielddesk/guide/user-guide.md"));
}

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("FieldDesk User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(kDocumentMargin);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(kGuideSize);
    fitPictures();
}

void UserGuideWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPictures();
}

void UserGuideWindow::fitPictures()
{
    // Screenshots are as wide as the console's window: shown narrower when the guide's window
    // is, never wider than they are.
    const int available = std::max(kImageMargin, width() - kImageMargin);
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            if (!piece.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = piece.charFormat().toImageFormat();
            const QSize natural = naturalSize(image.name());
            if (!natural.isValid())
                continue;
            const int width = std::min(natural.width(), available);
            if (qFuzzyCompare(image.width(), qreal(width)))
                continue;
            image.setWidth(width);
            image.setHeight(qreal(natural.height()) * width / natural.width());
            QTextCursor cursor(document);
            cursor.setPosition(piece.position());
            cursor.setPosition(piece.position() + piece.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace fielddesk::shell
