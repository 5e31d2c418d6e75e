// The company's message templates as a table (GET /message-templates): one row per template
// and language, with a readable name, the language and whether the company wrote its own
// words. A saved or reset template replaces its row. Part of fielddesk_admin.
#pragma once

#include "fielddesk/domain/messages.h"

#include <QAbstractTableModel>

namespace fielddesk::admin {

class MessageTemplateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TemplateColumn, LanguageColumn, OwnWordsColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, LanguageRole };

    explicit MessageTemplateModel(QObject *parent = nullptr);

    // "Job scheduled" for "job.scheduled"; an unknown template keeps its name.
    static QString title(const QString &name);

    void setTemplates(const QList<MessageTemplate> &templates);
    const QList<MessageTemplate> &templates() const { return m_templates; }
    MessageTemplate templateAt(int row) const { return m_templates.value(row); }
    int rowOf(const QString &name, const QString &language) const; // -1: not listed
    // The listed template of the same name and language is replaced.
    void replace(const MessageTemplate &updated);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MessageTemplate> m_templates;
};

} // namespace fielddesk::admin
