// Runs the real fielddesk-server on the bench database: loopback, a free port, no request
// log. Its log goes to a file (a pipe nobody reads while the load runs would fill up and stall
// the server); the port comes from the {"event":"listening","port":N} line.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class ServerLauncher
{
public:
    ~ServerLauncher();

    bool start(const QString &executable,
               const QString &databaseUrl,
               const QString &workDirectory,
               const QStringList &extraArguments,
               QString *error);
    // SIGTERM, then waits; the exit code, or -1 if it had to be killed.
    int stop();

    quint16 port() const { return m_port; }
    bool isRunning() const;
    // How it ended, for a server that is no longer running ("exit code 0", "signal 11").
    QString howItEnded() const;
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // The server's peak resident memory so far (VmHWM), in KiB; -1 when unknown.
    qint64 peakMemoryKiB() const;
    // CPU time (user + system) the server used so far, in ms; -1 when unknown.
    qint64 cpuMilliseconds() const;
    // The same for any process (this one: the load generator's own share).
    static qint64 cpuMillisecondsOf(qint64 pid);
    QString logPath() const { return m_logPath; }
    QByteArray logTail(qsizetype bytes = 4000) const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_logPath;
    quint16 m_port = 0;
};
