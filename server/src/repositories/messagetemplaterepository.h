// SQL for a company's own message words (message_templates): one row per template and
// language it replaced; no row means the words FieldDesk ships.
#pragma once

#include "fielddesk/domain/messages.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

// A company's own words for one template and language.
struct OwnMessageWords
{
    qint64 id = 0;
    MessageWords words;
    QString updatedAt;
};

class MessageTemplateRepository
{
public:
    explicit MessageTemplateRepository(Database &db)
        : m_db(db)
    {}

    std::optional<MessageWords> find(qint64 tenantId, const QString &name, const QString &language);
    std::optional<OwnMessageWords>
    findOwn(qint64 tenantId, const QString &name, const QString &language);
    // The company's own words by "name/language".
    QHash<QString, OwnMessageWords> allOwn(qint64 tenantId);
    // Writes the company's words (a new row or the one there); the row's id.
    qint64
    store(qint64 tenantId, const QString &name, const QString &language, const MessageWords &words);
    void remove(qint64 tenantId, const QString &name, const QString &language);

private:
    Database &m_db;
};

} // namespace fielddesk::server
