#include "fielddesk/admin/auditdiffmodel.h"

#include "fielddesk/theme/palette.h"

#include <QFont>

namespace fielddesk::admin {

void AuditDiffModel::setLines(const QList<AuditDiff::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int AuditDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AuditDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditDiff::Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return line.field;
        case BeforeColumn:
            return line.before;
        case AfterColumn:
            return line.after;
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return line.changed
                   ? tr("%1 changed from %2 to %3").arg(line.field, line.before, line.after)
                   : tr("%1 unchanged: %2").arg(line.field, line.after);
    case Qt::BackgroundRole:
        if (line.changed)
            return theme::colour(theme::Colour::NoticeBackground);
        return {};
    case Qt::ForegroundRole:
        if (line.changed)
            return theme::colour(theme::Colour::NoticeText);
        return theme::colour(theme::Colour::TextSubtle);
    case Qt::FontRole:
        if (line.changed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ChangedRole:
        return line.changed;
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace fielddesk::admin
