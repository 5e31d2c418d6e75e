// Asks what to auto-route: the location (the day is the board's), everyone or only the
// selected technicians, every movable job or only the selected ones, and the engine's time
// limit. Depends on QtWidgets only.
#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace fielddesk::dispatchboard {

class AutoRouteDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr double kDefaultTimeLimitS = 5.0;
    static constexpr double kMaxTimeLimitS = 60.0;

    AutoRouteDialog(const QHash<qint64, QString> &locations,
                    qint64 locationId,
                    QDate day,
                    int selectedTechnicians,
                    int selectedJobs,
                    QWidget *parent = nullptr);

    qint64 locationId() const;
    bool onlySelectedTechnicians() const;
    bool onlySelectedJobs() const;
    double timeLimitS() const;

private:
    QComboBox *m_location;
    QCheckBox *m_technicians;
    QCheckBox *m_jobs;
    QDoubleSpinBox *m_timeLimit;
};

} // namespace fielddesk::dispatchboard
