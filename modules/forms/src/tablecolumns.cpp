#include "fielddesk/forms/tablecolumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace fielddesk::forms {

namespace {

constexpr char kUsersWidths[] = "fielddeskUsersWidths";
constexpr char kFitted[] = "fielddeskColumnsFitted";

} // namespace

void markUsersWidths(QHeaderView *header)
{
    header->setProperty(kUsersWidths, true);
}

void fitColumnsAround(QTableView *table, int stretched, int widest)
{
    QHeaderView *header = table->horizontalHeader();
    if (header->property(kUsersWidths).toBool())
        return;
    const QAbstractItemView *view = table; // where sizeHintForColumn() is public
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretched) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int wanted =
            std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        header->resizeSection(column, std::min(wanted, widest));
    }
}

void fitColumnsOnceAround(QTableView *table, int stretched, int widest)
{
    QHeaderView *header = table->horizontalHeader();
    if (header->property(kFitted).toBool() || table->model()->rowCount() == 0)
        return;
    fitColumnsAround(table, stretched, widest);
    header->setProperty(kFitted, true);
}

} // namespace fielddesk::forms
