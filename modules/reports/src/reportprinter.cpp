#include "fielddesk/reports/reportprinter.h"

#include "fielddesk/money/reporttablemodel.h"
#include "fielddesk/reports/reportchartpane.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace fielddesk::reports {

namespace {

// The page is drawn in logical units: 1000 across, whatever the device's resolution.
constexpr qreal kPageWidth = 1000;
constexpr qreal kTitleSize = 30;
constexpr qreal kTextSize = 13;
constexpr qreal kRowHeight = 22;
constexpr qreal kChartHeight = 380;
constexpr qreal kGap = 16;
constexpr int kPdfResolution = 300;

QFont fontOf(qreal pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(int(pixelSize));
    font.setBold(bold);
    return font;
}

// The table's columns: the groupings share what the two number columns leave.
QList<qreal> columnWidths(const QAbstractItemModel &table)
{
    const int columns = table.columnCount();
    const int numbers = 2; // entries and total
    const qreal numberWidth = kPageWidth * 0.17;
    const int groupings = std::max(1, columns - numbers);
    QList<qreal> widths(columns, (kPageWidth - numbers * numberWidth) / groupings);
    for (int c = columns - numbers; c < columns; ++c)
        widths[c] = numberWidth;
    return widths;
}

class PagePainter
{
public:
    PagePainter(QPagedPaintDevice *device, QPainter *painter)
        : m_device(device)
        , m_painter(painter)
    {
        const qreal scale = device->width() / kPageWidth;
        m_pageHeight = device->height() / scale;
        painter->scale(scale, scale);
    }

    qreal y = 0;
    qreal pageHeight() const { return m_pageHeight; }
    QPainter *painter() const { return m_painter; }

    // Room for `height` more on this page, or a new page.
    bool ensureRoom(qreal height)
    {
        if (y + height <= m_pageHeight)
            return false;
        m_device->newPage();
        y = 0;
        return true;
    }

    void text(const QString &text, const QFont &font, qreal height)
    {
        ensureRoom(height);
        m_painter->setFont(font);
        m_painter->drawText(QRectF(0, y, kPageWidth, height), Qt::AlignLeft | Qt::AlignVCenter,
                            text);
        y += height;
    }

private:
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    qreal m_pageHeight = 0;
};

void paintRow(PagePainter &page,
              const QAbstractItemModel &table,
              const QList<qreal> &widths,
              int row,
              bool header)
{
    QPainter *painter = page.painter();
    const bool total =
        !header && table.index(row, 0).data(money::ReportTableModel::IsTotalRole).toBool();
    painter->setFont(fontOf(kTextSize, header || total));
    qreal x = 0;
    for (int column = 0; column < table.columnCount(); ++column) {
        const QString text = header ? table.headerData(column, Qt::Horizontal).toString()
                                    : table.index(row, column).data().toString();
        const bool number = column >= table.columnCount() - 2;
        const QRectF cell(x + 4, page.y, widths.at(column) - 8, kRowHeight);
        painter->drawText(
            cell, (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(text, Qt::ElideRight, int(cell.width())));
        x += widths.at(column);
    }
    page.y += kRowHeight;
    if (header || total) {
        painter->drawLine(QPointF(0, page.y), QPointF(kPageWidth, page.y));
    }
}

} // namespace

void ReportPrinter::paint(QPagedPaintDevice *device, const PrintedReport &report)
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    PagePainter page(device, &painter);
    page.text(report.title, fontOf(kTitleSize, true), kTitleSize * 1.6);
    page.text(report.description, fontOf(kTextSize), kRowHeight);
    page.text(report.madeAt, fontOf(kTextSize * 0.85), kRowHeight);
    page.y += kGap;
    if (report.charts) {
        report.charts->render(&painter, QRectF(0, page.y, kPageWidth, kChartHeight));
        page.y += kChartHeight + kGap;
    }
    if (!report.table)
        return;
    const QAbstractItemModel &table = *report.table;
    const QList<qreal> widths = columnWidths(table);
    page.ensureRoom(2 * kRowHeight);
    paintRow(page, table, widths, -1, true);
    for (int row = 0; row < table.rowCount(); ++row) {
        if (page.ensureRoom(kRowHeight))
            paintRow(page, table, widths, -1, true); // the header again on a new page
        paintRow(page, table, widths, row, false);
    }
}

bool ReportPrinter::writePdf(const QString &fileName, const PrintedReport &report, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        paint(&writer, report);
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fielddesk::reports
