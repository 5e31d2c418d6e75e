// Starts a real fielddesk-server for a test: on a free loopback port, on the database the
// test names, and stops it (SIGTERM, then waits) when the test is done, or kills it (SIGKILL)
// for a test of what a crash leaves behind. start() again restarts it on the same database.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class ServerProcess
{
public:
    struct Options
    {
        QString database; // sqlite:PATH or postgresql://...
        bool demo = true;
        QStringList extraArguments;
        QStringList environment; // "KEY=value" added to the server's environment
    };

    ServerProcess() = default;
    ~ServerProcess();

    // Starts the server and waits until it listens; false and *error on failure.
    bool start(const Options &options, QString *error);
    // SIGTERM, then waits for a clean exit; returns the exit code (-1 if it had to be killed).
    int stop();
    // kill -9: the server dies at once, mid-request and mid-commit, as in a crash; nothing of
    // it runs any more (no shutdown, no flush). True once it is gone.
    bool kill();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    // Everything the server printed so far.
    QByteArray output()
    {
        readOutput();
        return m_output;
    }
    QProcess *process() const { return m_process.get(); }
    // Waits until the server has printed `words` (true), or for `timeoutMs` (false). Only the
    // server's output is read meanwhile: this thread's event loop does not run, so the test's
    // own sockets read nothing, however long the server takes.
    bool waitForOutputWithoutEvents(const QByteArray &words, int timeoutMs);

    static QString executable();

    // What a command of fielddesk-server (migrate, backup, restore ...) did: its exit code (-1
    // when it crashed or did not end within the time), what it printed on each channel.
    struct CommandRun
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    // Runs fielddesk-server with `arguments` to its end, with "KEY=value" entries added to its
    // environment.
    static CommandRun runCommand(const QStringList &arguments,
                                 const QStringList &environment = {},
                                 int timeoutMs = 120000);

private:
    void readOutput();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    bool m_endReported = false; // its unexpected end is said once
    QUrl m_baseUrl;
    quint16 m_port = 0;
};
