#include "storage/postgrestools.h"

#include <QProcess>

namespace fielddesk::server {

QStringList PostgresTools::connectionArguments() const
{
    return {QStringLiteral("--host"),     m_url.host,
            QStringLiteral("--port"),     QString::number(m_url.port),
            QStringLiteral("--username"), m_url.user,
            QStringLiteral("--dbname"),   m_url.name};
}

void PostgresTools::prepare(QProcess &process,
                            const QString &program,
                            const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_url.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), m_url.password);
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
}

ToolRun PostgresTools::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    prepare(process, program, arguments);
    process.start();
    process.waitForFinished(-1);
    ToolRun result;
    result.error = failureOf(process, program);
    result.ok = result.error.isEmpty();
    result.output = process.readAllStandardOutput();
    return result;
}

QString PostgresTools::failureOf(QProcess &process, const QString &program)
{
    if (process.error() == QProcess::FailedToStart)
        return QStringLiteral("cannot run %1 (is PostgreSQL's client installed?): %2")
            .arg(program, process.errorString());
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("%1 was stopped before it finished %2").arg(program, said);
    return QStringLiteral("%1 failed (exit code %2): %3")
        .arg(program)
        .arg(process.exitCode())
        .arg(said.isEmpty() ? QStringLiteral("no message") : said);
}

} // namespace fielddesk::server
