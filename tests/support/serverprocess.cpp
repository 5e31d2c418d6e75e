#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QThread>

#include <csignal>
#include <utility>

QString ServerProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("FIELDDESK_SERVER_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(FIELDDESK_SERVER_BIN) : fromEnvironment;
}

namespace {

// The environment of every server and command a test runs: this process's, two test
// defaults, and `entries` ("KEY=value") on top.
QProcessEnvironment serverEnvironment(const QStringList &entries)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Tests drive the API far faster than people do: the request rate limits are off unless a
    // test sets them (tst_security and tst_slowclients test them).
    environment.insert(QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS"), QStringLiteral("0"));
    environment.insert(QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN"), QStringLiteral("0"));
    // Passwords are hashed cheaply (Argon2id over 64 KiB, one pass): the suite signs in
    // thousands of times, and the defaults (19 MiB, two passes) cost ~50 ms a hash, ~120 ms
    // under AddressSanitizer. The same code hashes and verifies; tst_passwordhasher tests the
    // defaults.
    environment.insert(QStringLiteral("FIELDDESK_ARGON2_MEMORY_KIB"), QStringLiteral("64"));
    environment.insert(QStringLiteral("FIELDDESK_ARGON2_TIME_COST"), QStringLiteral("1"));
    // A demo server on a new database copies the demo seeded by an earlier one of the same
    // hour (DemoSnapshot): seeding is most of a demo server's start, and the suite starts ~170.
    // Set in the tests' own environment (empty: off), it stays as set: to compare.
    if (!environment.contains(QStringLiteral("FIELDDESK_DEMO_SNAPSHOT_DIR")))
        environment.insert(QStringLiteral("FIELDDESK_DEMO_SNAPSHOT_DIR"),
                           QStringLiteral(FIELDDESK_TEST_DEMO_SNAPSHOT_DIR));
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return environment;
}

} // namespace

ServerProcess::CommandRun ServerProcess::runCommand(const QStringList &arguments,
                                                    const QStringList &environment,
                                                    int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(serverEnvironment(environment));
    process.start(executable(), arguments);
    CommandRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::readOutput()
{
    if (m_process)
        m_output.append(m_process->readAllStandardError())
            .append(m_process->readAllStandardOutput());
}

bool ServerProcess::waitForOutputWithoutEvents(const QByteArray &words, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!output().contains(words)) {
        if (!m_process || m_process->state() != QProcess::Running || waited.elapsed() > timeoutMs)
            return false;
        m_process->waitForReadyRead(100); // polls the server's pipes alone
    }
    return true;
}

bool ServerProcess::start(const Options &options, QString *error)
{
    // A restart looks for its own "listening" line, not the previous run's.
    m_output.clear();
    m_endReported = false;
    m_process = std::make_unique<QProcess>();
    QStringList arguments{QStringLiteral("--database"), options.database,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (options.demo)
        arguments << QStringLiteral("--demo");
    arguments << options.extraArguments;
    m_process->setProcessEnvironment(serverEnvironment(options.environment));
    m_process->start(executable(), arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    // The server logs {"event":"listening","port":N} once it accepts connections.
    QDeadlineTimer deadline(60000);
    qsizetype scanned = 0;
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        readOutput();
        qsizetype newline;
        while ((newline = m_output.indexOf('\n', scanned)) >= 0) {
            const QByteArray line = m_output.mid(scanned, newline - scanned);
            scanned = newline + 1;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(event.value(QLatin1String("port")).toInt());
                // "https" when the server was given a certificate (tls_cert, tls_key).
                const QString scheme =
                    event.value(QLatin1String("scheme")).toString(QStringLiteral("http"));
                m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("the server exited (code %1):\n%2")
                         .arg(m_process->exitCode())
                         .arg(QString::fromUtf8(m_output));
            return false;
        }
    }
    *error = QStringLiteral("the server did not start listening within 60 s:\n%1")
                 .arg(QString::fromUtf8(m_output));
    return false;
}

int ServerProcess::stop()
{
    if (!m_process)
        return 0;
    if (m_process->state() == QProcess::NotRunning) {
        // It ended before the test stopped it (a crash, a sanitizer's report): say how.
        readOutput();
        const bool unexpected =
            m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0;
        if (unexpected && !std::exchange(m_endReported, true))
            qWarning("fielddesk-server had ended (%s, code %d) before the test stopped it; "
                     "its log ends:\n%s",
                     m_process->exitStatus() == QProcess::NormalExit ? "exit" : "crash",
                     m_process->exitCode(), m_output.right(8000).constData());
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(20000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        readOutput();
        // What it was doing when it would not stop: the end of its log.
        qWarning("fielddesk-server did not stop within 20 s; its log ends:\n%s",
                 m_output.right(4000).constData());
        return -1;
    }
    readOutput();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->kill(); // SIGKILL
    const bool gone = m_process->waitForFinished(10000);
    readOutput();
    return gone;
}
