#include "reportscenarios.h"

ReportScenarios::ReportScenarios(QDate today, QList<qint64> locationIds)
    : m_today(today)
    , m_locationIds(std::move(locationIds))
{}

LoadDriver::NextRequest ReportScenarios::expensesByMonthAndCategory()
{
    return [this] {
        const QByteArray base = "/api/v1/reports/expenses?group_by=month,category";
        QByteArray path = base;
        switch (m_turn++ % 3) {
        case 0: // everything
            break;
        case 1: // the last twelve months
            path += "&from=" + m_today.addYears(-1).toString(Qt::ISODate).toLatin1() +
                    "&to=" + m_today.toString(Qt::ISODate).toLatin1();
            break;
        default: // one location's quarter
            path += "&from=" + m_today.addMonths(-3).toString(Qt::ISODate).toLatin1();
            if (!m_locationIds.isEmpty())
                path += "&location_id=" + QByteArray::number(m_locationIds.at(
                                              qsizetype(m_turn % quint64(m_locationIds.size()))));
        }
        return std::optional<HttpRequest>(HttpRequest{"GET", path, {}});
    };
}
