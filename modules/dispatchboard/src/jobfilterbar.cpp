#include "fielddesk/dispatchboard/jobfilterbar.h"

#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QUrl>

namespace fielddesk::dispatchboard {

namespace {

// Status choices beyond single statuses.
constexpr int kAllStatuses = -1;
constexpr int kOpenStatuses = -2;
constexpr int kSearchMinimumWidth = 180;

} // namespace

JobFilterBar::JobFilterBar(board::JobFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_unassigned(new QCheckBox(tr("&Unassigned"), this))
    , m_atRisk(new QCheckBox(tr("At &risk"), this))
    , m_saved(new QToolButton(this))
{
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setText(tr("Saved"));
    m_saved->setToolTip(tr("Save this filter, or use one saved before"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &JobFilterBar::fillSavedMenu);
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setPlaceholderText(tr("Search jobs, customers, addresses…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(kSearchMinimumWidth);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), kAllStatuses);
    m_status->addItem(tr("Open"), kOpenStatuses);
    for (const JobStatus status :
         {JobStatus::New, JobStatus::Scheduled, JobStatus::Dispatched, JobStatus::EnRoute,
          JobStatus::OnSite, JobStatus::Completed, JobStatus::Cancelled})
        m_status->addItem(board::JobTableModel::statusTitle(status), int(status));

    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("Any priority"), 0);
    m_priority->addItem(tr("Urgent (5)"), 5);
    m_priority->addItem(tr("High (4+)"), 4);
    m_priority->addItem(tr("Normal (3+)"), 3);

    m_skill->setObjectName(QStringLiteral("skillFilter"));
    m_skill->addItem(tr("Any skill"), QString());
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->addItem(tr("All locations"), qint64(0));
    m_location->hide(); // until there is more than one
    m_unassigned->setObjectName(QStringLiteral("unassignedFilter"));
    m_atRisk->setObjectName(QStringLiteral("atRiskFilter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_priority);
    layout->addWidget(m_skill);
    layout->addWidget(m_location);
    layout->addWidget(m_unassigned);
    layout->addWidget(m_atRisk);
    layout->addWidget(m_saved);

    connect(m_search, &QLineEdit::textChanged, this, &JobFilterBar::apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_skill, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_location, &QComboBox::currentIndexChanged, this, &JobFilterBar::apply);
    connect(m_unassigned, &QCheckBox::toggled, this, &JobFilterBar::apply);
    connect(m_atRisk, &QCheckBox::toggled, this, &JobFilterBar::apply);
}

void JobFilterBar::setSkills(const QStringList &skills)
{
    const QString current = m_skill->currentData().toString();
    const QSignalBlocker blocker(m_skill);
    m_skill->clear();
    m_skill->addItem(tr("Any skill"), QString());
    for (const QString &skill : skills)
        m_skill->addItem(skill, skill);
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(current)));
}

void JobFilterBar::setLocations(const QHash<qint64, QString> &names)
{
    const qint64 current = m_location->currentData().toLongLong();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), qint64(0));
    QList<qint64> ids = names.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return names.value(a).localeAwareCompare(names.value(b)) < 0;
    });
    for (const qint64 id : std::as_const(ids))
        m_location->addItem(names.value(id), id);
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
    m_location->setVisible(names.size() > 1);
}

void JobFilterBar::setSettingsGroup(const QString &group)
{
    m_settingsGroup = group;
}

QStringList JobFilterBar::savedFilterNames() const
{
    if (m_settingsGroup.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    QStringList names;
    for (const QString &key : settings.childKeys())
        names << QUrl::fromPercentEncoding(key.toUtf8());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void JobFilterBar::saveFilter(const QString &name)
{
    if (m_settingsGroup.isEmpty() || name.trimmed().isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    // Keys are percent-encoded: a name may hold '/' or other characters QSettings reserves.
    settings.setValue(QString::fromLatin1(QUrl::toPercentEncoding(name.trimmed())), state());
}

bool JobFilterBar::applySavedFilter(const QString &name)
{
    if (m_settingsGroup.isEmpty())
        return false;
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    const QVariant saved = settings.value(QString::fromLatin1(QUrl::toPercentEncoding(name)));
    if (!saved.isValid())
        return false;
    setState(saved.toMap());
    return true;
}

void JobFilterBar::deleteSavedFilter(const QString &name)
{
    if (m_settingsGroup.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    settings.remove(QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

void JobFilterBar::fillSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    const QStringList names = savedFilterNames();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { applySavedFilter(name); });
    if (!names.isEmpty())
        menu->addSeparator();
    QAction *save = menu->addAction(tr("Save this filter…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            saveFilter(name);
    });
    save->setEnabled(!m_settingsGroup.isEmpty());
    if (!names.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Delete"));
        for (const QString &name : names)
            remove->addAction(name, this, [this, name] { deleteSavedFilter(name); });
    }
}

QVariantMap JobFilterBar::state() const
{
    return {{QStringLiteral("search"), m_search->text()},
            {QStringLiteral("status"), m_status->currentData()},
            {QStringLiteral("priority"), m_priority->currentData()},
            {QStringLiteral("skill"), m_skill->currentData()},
            {QStringLiteral("location"), m_location->currentData()},
            {QStringLiteral("unassigned"), m_unassigned->isChecked()},
            {QStringLiteral("atRisk"), m_atRisk->isChecked()}};
}

void JobFilterBar::setState(const QVariantMap &state)
{
    {
        // One filter change for the whole state, not one per field.
        const QSignalBlocker a(m_search), b(m_status), c(m_priority), d(m_skill), e(m_location),
            f(m_unassigned), g(m_atRisk);
        m_search->setText(state.value(QStringLiteral("search")).toString());
        const auto select = [&](QComboBox *box, const QVariant &value) {
            box->setCurrentIndex(std::max(0, box->findData(value)));
        };
        select(m_status, state.value(QStringLiteral("status")));
        select(m_priority, state.value(QStringLiteral("priority")));
        select(m_skill, state.value(QStringLiteral("skill")));
        select(m_location, state.value(QStringLiteral("location")));
        m_unassigned->setChecked(state.value(QStringLiteral("unassigned")).toBool());
        m_atRisk->setChecked(state.value(QStringLiteral("atRisk")).toBool());
    }
    apply();
}

void JobFilterBar::apply()
{
    board::JobFilter filter;
    filter.search = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kOpenStatuses) {
        filter.statuses = {JobStatus::New, JobStatus::Scheduled, JobStatus::Dispatched,
                           JobStatus::EnRoute, JobStatus::OnSite};
    } else if (status != kAllStatuses) {
        filter.statuses = {JobStatus(status)};
    }
    const int priority = m_priority->currentData().toInt();
    for (int p = priority; p >= 1 && p <= 5; ++p)
        filter.priorities.insert(p);
    filter.skill = m_skill->currentData().toString();
    filter.locationId = m_location->currentData().toLongLong();
    filter.unassignedOnly = m_unassigned->isChecked();
    filter.atRiskOnly = m_atRisk->isChecked();
    m_proxy->setFilter(filter);
}

} // namespace fielddesk::dispatchboard
