#include "fielddesk/admin/messagetemplatemodel.h"

#include "fielddesk/domain/aboutme.h"

namespace fielddesk::admin {

MessageTemplateModel::MessageTemplateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString MessageTemplateModel::title(const QString &name)
{
    if (name == QLatin1String("job.scheduled"))
        return tr("Job scheduled");
    if (name == QLatin1String("job.reminder"))
        return tr("Reminder the day before");
    if (name == QLatin1String("job.on_the_way"))
        return tr("Technician on the way");
    if (name == QLatin1String("job.completed"))
        return tr("Job completed");
    if (name == QLatin1String("person.notification"))
        return tr("Notification to a person");
    return name;
}

void MessageTemplateModel::setTemplates(const QList<MessageTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

int MessageTemplateModel::rowOf(const QString &name, const QString &language) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).name == name && m_templates.at(row).language == language)
            return row;
    }
    return -1;
}

void MessageTemplateModel::replace(const MessageTemplate &updated)
{
    const int row = rowOf(updated.name, updated.language);
    if (row < 0)
        return;
    m_templates[row] = updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MessageTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int MessageTemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplate &t = m_templates.at(index.row());
    if (role == NameRole)
        return t.name;
    if (role == LanguageRole)
        return t.language;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TemplateColumn:
        return title(t.name);
    case LanguageColumn:
        return UserPreferences::languageName(t.language);
    case OwnWordsColumn:
        return t.customized ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant MessageTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TemplateColumn:
        return tr("Template");
    case LanguageColumn:
        return tr("Language");
    case OwnWordsColumn:
        return tr("Own words");
    default:
        return {};
    }
}

} // namespace fielddesk::admin
