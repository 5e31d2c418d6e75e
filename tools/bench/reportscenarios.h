// The reports scenario (issue 14): GET /reports/expenses grouped by month and category over
// the seeded expenses, for the whole history, the last twelve months, and a location's last
// quarter in turn.
#pragma once

#include "loaddriver.h"

#include <QDate>

class ReportScenarios
{
public:
    ReportScenarios(QDate today, QList<qint64> locationIds);

    LoadDriver::NextRequest expensesByMonthAndCategory();

private:
    QDate m_today;
    QList<qint64> m_locationIds;
    quint64 m_turn = 0;
};
