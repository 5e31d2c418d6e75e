// Tells the event hub that a transaction with events has committed, from any worker
// thread, so delivery does not wait for the next poll.
#pragma once

#include "storage/database.h"

#include <QObject>

namespace fielddesk::server {

class EventNotifier : public QObject
{
    Q_OBJECT
public:
    // With a database, a notification from inside a write batch waits for the batch to
    // commit (before that the hub would find nothing new).
    explicit EventNotifier(Database *db = nullptr, QObject *parent = nullptr)
        : QObject(parent)
        , m_db(db)
    {}
    // Thread-safe: the signal is queued to the hub's thread.
    void notifyCommitted()
    {
        if (m_db)
            m_db->afterCommit([this] { emit eventsCommitted(); });
        else
            emit eventsCommitted();
    }

signals:
    void eventsCommitted();

private:
    Database *m_db;
};

} // namespace fielddesk::server
