// A report on paper or in a PDF: title, the choices it was made with, when it was made, both
// charts, the table (continued on as many pages as it needs, its header repeated) and the
// totals per currency. The same painting serves QPdfWriter and the print preview's QPrinter.
// Part of fielddesk_reports.
#pragma once

#include <QString>

class QPagedPaintDevice;
class QAbstractItemModel;

namespace fielddesk::reports {

class ReportChartPane;

struct PrintedReport
{
    QString title;                             // "Expense report"
    QString description;                       // the choices, one line
    QString madeAt;                            // "Made 2 Dec 2026 08:15 by Morgan Manager"
    const QAbstractItemModel *table = nullptr; // rows as shown, totals last
    ReportChartPane *charts = nullptr;
};

class ReportPrinter
{
public:
    static void paint(QPagedPaintDevice *device, const PrintedReport &report);
    // Writes an A4 PDF; false with the reason when the file cannot be written.
    static bool writePdf(const QString &fileName, const PrintedReport &report, QString *error);
};

} // namespace fielddesk::reports
