// Shows one attachment of a request: an image that zooms (Ctrl++ / Ctrl+- / Ctrl+0, or the
// wheel with Ctrl) or a PDF rendered with Qt PDF, page after page. Part of fielddesk_approvals.
#pragma once

#include <QBuffer>
#include <QDialog>
#include <QImage>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;

namespace fielddesk::approvals {

class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    static constexpr double kZoomStep = 1.25;
    static constexpr double kSmallestZoom = 0.1;
    static constexpr double kLargestZoom = 8.0;

    AttachmentViewer(const QByteArray &bytes,
                     const QString &contentType,
                     const QString &title,
                     QWidget *parent = nullptr);

    double zoom() const { return m_zoom; }
    bool showsPdf() const { return m_pdfView != nullptr; }
    bool showsImage() const { return !m_image.isNull(); }
    int pdfPageCount() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void setZoom(double zoom);

    QBuffer m_pdfBytes;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QImage m_image;
    double m_zoom = 1.0;
};

} // namespace fielddesk::approvals
