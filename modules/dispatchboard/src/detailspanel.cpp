#include "fielddesk/dispatchboard/detailspanel.h"

#include "fielddesk/board/assignmentclient.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/theme/palette.h"

#include <QJsonArray>
#include <QLocale>
#include <QMimeData>

#include <memory>

namespace fielddesk::dispatchboard {

namespace {

QString row(const QString &caption, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:%1;padding-right:10px'>%2</td><td>%3</td></tr>")
        .arg(theme::css(theme::Colour::TextCaption), caption.toHtmlEscaped(),
             value.toHtmlEscaped());
}

// Shown, an email may break after its @ (a zero-width space) and not at a hyphen of its name
// (a non-breaking one): "maximiliana.hernandez-" over "oyelaran@..." read as two names.
constexpr QChar kBreakHere(0x200B);
constexpr QChar kHyphenThatHolds(0x2011);

QString breakableEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0)
        return email;
    QString name = email.left(at);
    name.replace(QLatin1Char('-'), kHyphenThatHolds);
    return name + QLatin1Char('@') + kBreakHere + email.mid(at + 1);
}

// What breakableEmail() changed, back as it was: copied text is the address itself.
QString asTyped(QString text)
{
    text.remove(kBreakHere);
    text.replace(kHyphenThatHolds, QLatin1Char('-'));
    return text;
}

} // namespace

DetailsPanel::DetailsPanel(board::DispatchStore *store, client::ApiClient *api, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
    , m_api(api)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Job details"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a job or a technician to see the details."));
}

QMimeData *DetailsPanel::createMimeDataFromSelection() const
{
    const std::unique_ptr<QMimeData> shown(QTextBrowser::createMimeDataFromSelection());
    auto copied = new QMimeData;
    copied->setText(asTyped(shown->text()));
    if (shown->hasHtml())
        copied->setHtml(asTyped(shown->html()));
    return copied;
}

void DetailsPanel::showJob(qint64 jobId)
{
    m_jobId = jobId;
    m_technicianId = 0;
    m_historyHtml.clear();
    setHtml(jobHtml(jobId));
    loadHistory(jobId);
}

void DetailsPanel::showTechnician(qint64 technicianId)
{
    m_jobId = 0;
    m_technicianId = technicianId;
    ++m_request;
    setHtml(technicianHtml(technicianId));
}

void DetailsPanel::refresh()
{
    if (m_jobId != 0)
        setHtml(jobHtml(m_jobId) + m_historyHtml);
    else if (m_technicianId != 0)
        setHtml(technicianHtml(m_technicianId));
}

QString DetailsPanel::jobHtml(qint64 jobId) const
{
    const board::JobRecord *record = m_store->job(jobId);
    if (!record)
        return {};
    const Job &job = record->job;
    const auto time = [this](qint64 ms) {
        return ms == board::kNoTime ? QString()
                                    : client::display::weekdayDayMonthTime(
                                          QDateTime::fromMSecsSinceEpoch(ms, m_store->timeZone()));
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(job.title.toHtmlEscaped());
    html += row(tr("Status"), board::JobTableModel::statusTitle(job.status));
    html += row(tr("Priority"), QString::number(job.priority));
    html += row(tr("Customer"), job.customerName);
    html += row(tr("Address"), job.address);
    html += row(tr("Skills"), job.requiredSkills.join(QStringLiteral(", ")));
    html += row(tr("Duration"), tr("%n min", nullptr, job.durationMin));
    if (record->hasWindow())
        html += row(tr("Window"),
                    tr("%1 – %2").arg(time(record->windowStartMs), time(record->windowEndMs)));
    html += row(tr("Technician"), job.technicianName);
    html += row(tr("Planned"), time(record->plannedStartMs));
    if (m_arrivals) {
        if (const QString eta = m_arrivals->etaText(jobId); !eta.isEmpty())
            html += row(tr("Arrival"), eta);
        if (const QString risk = m_arrivals->atRiskText(jobId); !risk.isEmpty())
            html += row(tr("At risk"), risk);
    }
    if (job.atRisk)
        html += row(tr("At risk"), job.atRiskReason.isEmpty() ? tr("yes") : job.atRiskReason);
    html += row(tr("Notes"), job.notes);
    html += row(tr("Version"), QString::number(job.version));
    html += QStringLiteral("</table>");
    const QStringList reasons = m_store->conflictReasons(jobId);
    for (const QString &reason : reasons)
        html += QStringLiteral("<p style='color:%1'>⚠ %2</p>")
                    .arg(theme::css(theme::Colour::Danger), reason.toHtmlEscaped());
    if (record->pending)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Waiting for the server…"));
    return html;
}

QString DetailsPanel::technicianHtml(qint64 technicianId) const
{
    const int technicianRow = m_store->rowOfTechnician(technicianId);
    if (technicianRow < 0)
        return {};
    const board::TechnicianRecord &record = m_store->technicianAt(technicianRow);
    const Technician &t = record.technician;
    const board::TechnicianDayStats stats =
        m_store->dayStats(technicianRow, QDateTime::currentMSecsSinceEpoch());
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(t.name.toHtmlEscaped());
    html += row(tr("Email"), breakableEmail(t.email));
    html += row(tr("Skills"), t.skills.join(QStringLiteral(", ")));
    html += row(tr("Shift"), record.shift.isValid() ? tr("%1 – %2").arg(t.shiftStart, t.shiftEnd)
                                                    : tr("Not working this day"));
    if (t.breakMinutes > 0)
        html +=
            row(tr("Break"), tr("%n min from %1", nullptr, t.breakMinutes).arg(t.breakEarliest));
    html += row(tr("Jobs"), QString::number(stats.jobCount));
    html += row(tr("Utilisation"), tr("%1 %").arg(qRound(stats.utilisation * 100)));
    html += QStringLiteral("</table><ol>");
    for (const int jobRow : record.jobRows) {
        const board::JobRecord &job = m_store->jobAt(jobRow);
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(client::display::time(QDateTime::fromMSecsSinceEpoch(job.plannedStartMs,
                                                                              m_store->timeZone())),
                         job.job.title.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    return html;
}

void DetailsPanel::loadHistory(qint64 jobId)
{
    const quint64 request = ++m_request;
    m_api->get(
        QStringLiteral("/api/v1/jobs/%1/history").arg(jobId), this,
        [this, request, jobId](const client::ApiResponse &response) {
            if (request != m_request || jobId != m_jobId || !response.ok())
                return;
            QString html = QStringLiteral("<h4>%1</h4><ul>").arg(tr("History"));
            const QJsonArray entries = response.json.value(QLatin1String("results")).toArray();
            for (const QJsonValue &value : entries) {
                const DispatchHistoryEntry entry = DispatchHistoryEntry::fromJson(value.toObject());
                html += QStringLiteral("<li>%1</li>")
                            .arg(board::AssignmentClient::describeChange(entry, m_store->timeZone())
                                     .toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
            m_historyHtml = html;
            refresh();
        });
}

} // namespace fielddesk::dispatchboard
