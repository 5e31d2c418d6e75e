// Tells the event hub that a transaction with events has committed, from any worker
// thread, so delivery does not wait for the next poll.
#pragma once

#include <QObject>

namespace fielddesk::server {

class EventNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Thread-safe: the signal is queued to the hub's thread.
    void notifyCommitted() { emit eventsCommitted(); }

signals:
    void eventsCommitted();
};

} // namespace fielddesk::server
