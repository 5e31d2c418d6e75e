// Turns SIGTERM and SIGINT into a Qt signal on the main thread (the self-pipe trick: the
// handler only writes a byte; everything else happens in the event loop).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace fielddesk::server {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fielddesk::server
