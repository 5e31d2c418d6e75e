// The details pane: everything about the selected job (with its dispatch history, fetched
// when shown; its ETA and whether its window is at risk) or the selected technician's day. Part of
// fielddesk_dispatchboard.
#pragma once

#include <QTextBrowser>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {
class DispatchStore;
class JobArrivals;
} // namespace fielddesk::board

namespace fielddesk::dispatchboard {

class DetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    DetailsPanel(board::DispatchStore *store, client::ApiClient *api, QWidget *parent = nullptr);

    // The ETAs shown with a job (none by default).
    void setArrivals(const board::JobArrivals *arrivals) { m_arrivals = arrivals; }
    void showJob(qint64 jobId);
    void showTechnician(qint64 technicianId);
    // Shows the same thing again (after a change of it).
    void refresh();
    qint64 jobId() const { return m_jobId; }
    qint64 technicianId() const { return m_technicianId; }

protected:
    // The selection as it would be typed: without the marks that let an email break well.
    QMimeData *createMimeDataFromSelection() const override;

private:
    QString jobHtml(qint64 jobId) const;
    QString technicianHtml(qint64 technicianId) const;
    void loadHistory(qint64 jobId);

    board::DispatchStore *m_store;
    const board::JobArrivals *m_arrivals = nullptr;
    client::ApiClient *m_api;
    qint64 m_jobId = 0;
    qint64 m_technicianId = 0;
    QString m_historyHtml;
    quint64 m_request = 0;
};

} // namespace fielddesk::dispatchboard
