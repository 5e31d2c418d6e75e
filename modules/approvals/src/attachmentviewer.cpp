#include "fielddesk/approvals/attachmentviewer.h"

#include <QAction>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace fielddesk::approvals {

namespace {

constexpr QSize kDefaultSize{900, 700};

} // namespace

AttachmentViewer::AttachmentViewer(const QByteArray &bytes,
                                   const QString &contentType,
                                   const QString &title,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(title);
    resize(kDefaultSize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    if (contentType == QLatin1String("application/pdf")) {
        m_pdfBytes.setData(bytes);
        m_pdfBytes.open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(&m_pdfBytes);
        m_pdfView = new QPdfView(this);
        m_pdfView->setObjectName(QStringLiteral("attachmentPdf"));
        m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_pdfView->setDocument(m_pdf);
        layout->addWidget(m_pdfView);
    } else {
        m_image = QImage::fromData(bytes);
        m_imageArea = new QScrollArea(this);
        m_imageArea->setAlignment(Qt::AlignCenter);
        m_imageLabel = new QLabel(m_imageArea);
        m_imageLabel->setObjectName(QStringLiteral("attachmentImage"));
        m_imageLabel->setAlignment(Qt::AlignCenter);
        if (m_image.isNull())
            m_imageLabel->setText(tr("This attachment cannot be shown."));
        m_imageArea->setWidget(m_imageLabel);
        m_imageArea->setWidgetResizable(m_image.isNull());
        layout->addWidget(m_imageArea);
        setZoom(1.0);
    }

    const auto addZoomAction = [this](const QKeySequence &keys, void (AttachmentViewer::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addZoomAction(QKeySequence::ZoomIn, &AttachmentViewer::zoomIn);
    addZoomAction(QKeySequence(Qt::CTRL | Qt::Key_Equal), &AttachmentViewer::zoomIn);
    addZoomAction(QKeySequence::ZoomOut, &AttachmentViewer::zoomOut);
    addZoomAction(QKeySequence(Qt::CTRL | Qt::Key_0), &AttachmentViewer::resetZoom);
}

int AttachmentViewer::pdfPageCount() const
{
    return m_pdf ? m_pdf->pageCount() : 0;
}

void AttachmentViewer::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void AttachmentViewer::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void AttachmentViewer::resetZoom()
{
    setZoom(1.0);
}

void AttachmentViewer::setZoom(double zoom)
{
    m_zoom = qBound(kSmallestZoom, zoom, kLargestZoom);
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(m_zoom);
        return;
    }
    if (m_image.isNull())
        return;
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize();
    m_imageLabel->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageLabel->resize(size);
}

void AttachmentViewer::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QDialog::wheelEvent(event);
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

} // namespace fielddesk::approvals
