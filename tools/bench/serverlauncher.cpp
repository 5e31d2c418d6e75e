#include "serverlauncher.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <csignal>
#include <unistd.h>

namespace {
constexpr int kStartTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 30000;
// Access tokens outlive the whole run (the default 15 minutes may not).
constexpr int kAccessTokenSeconds = 24 * 3600;
} // namespace

ServerLauncher::~ServerLauncher()
{
    stop();
}

bool ServerLauncher::start(const QString &executable,
                           const QString &databaseUrl,
                           const QString &workDirectory,
                           const QStringList &extraArguments,
                           QString *error)
{
    m_logPath = workDirectory + QStringLiteral("/server.log");
    QFile::remove(m_logPath);
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FIELDDESK_ACCESS_TOKEN_TTL"),
                       QString::number(kAccessTokenSeconds));
    // The benchmark measures what the server can do: one token and one address (32
    // connections from 127.0.0.1) ask thousands of times a second, far beyond the request
    // rate limits a company's clients need. They are lifted here, said here and in the README.
    environment.insert(QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS"), QStringLiteral("0"));
    environment.insert(QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN"), QStringLiteral("0"));
    m_process->setProcessEnvironment(environment);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Append);
    m_process->setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process->start(executable,
                     QStringList{QStringLiteral("--database"), databaseUrl,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--no-request-log"), QStringLiteral("--data-dir"),
                                 workDirectory} +
                         extraArguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(executable, m_process->errorString());
        return false;
    }
    QFile log(m_logPath);
    QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (!log.isOpen())
            log.open(QIODevice::ReadOnly);
        if (log.isOpen())
            pending += log.readAll();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            if (event.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(event.value(QLatin1String("port")).toInt());
                return true;
            }
        }
        if (m_process->waitForFinished(50)) {
            *error = QStringLiteral("the server exited (code %1):\n%2")
                         .arg(m_process->exitCode())
                         .arg(QString::fromUtf8(logTail()));
            return false;
        }
    }
    *error = QStringLiteral("the server did not listen within %1 s:\n%2")
                 .arg(kStartTimeoutMs / 1000)
                 .arg(QString::fromUtf8(logTail()));
    return false;
}

int ServerLauncher::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : 0;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

qint64 ServerLauncher::peakMemoryKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool ServerLauncher::isRunning() const
{
    // Without an event loop QProcess only notices the exit when asked to wait for it.
    return m_process && m_process->state() != QProcess::NotRunning &&
           !m_process->waitForFinished(0);
}

QString ServerLauncher::howItEnded() const
{
    if (!m_process)
        return QStringLiteral("never started");
    m_process->waitForFinished(1000);
    // QProcess reports a crash without the signal; /proc is gone by now, so say what it knows.
    return m_process->exitStatus() == QProcess::CrashExit
               ? QStringLiteral("crashed")
               : QStringLiteral("exit code %1").arg(m_process->exitCode());
}

qint64 ServerLauncher::cpuMilliseconds() const
{
    return pid() > 0 ? cpuMillisecondsOf(pid()) : -1;
}

qint64 ServerLauncher::cpuMillisecondsOf(qint64 processId)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ..." and comm may hold spaces: fields count from the last ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int kUtime = 11; // fields 14 and 15 of proc(5), counted after "(comm)"
    constexpr int kStime = 12;
    if (fields.size() <= kStime)
        return -1;
    const qint64 ticks = fields.at(kUtime).toLongLong() + fields.at(kStime).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

QByteArray ServerLauncher::logTail(qsizetype bytes) const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return log.readAll().right(bytes);
}
