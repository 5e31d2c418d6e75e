#include "fielddesk/reports/reportsettingsbar.h"

#include "fielddesk/money/reporttext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>

namespace fielddesk::reports {

using money::Dimension;
using money::Ledger;
using money::PeriodPreset;
using money::ReportText;

namespace {

// The status filter's choices: the statuses asked for (empty: the server's default).
struct StatusChoice
{
    const char *title;
    QStringList (*statuses)(Ledger);
};

QStringList approvedAndLater(Ledger)
{
    return {};
}
QStringList awaitingApproval(Ledger)
{
    return {QStringLiteral("submitted")};
}
QStringList approvedOnly(Ledger)
{
    return {QStringLiteral("approved")};
}
QStringList settled(Ledger ledger)
{
    return {ledger == Ledger::Expenses ? QStringLiteral("reimbursed") : QStringLiteral("paid")};
}
QStringList rejected(Ledger)
{
    return {QStringLiteral("rejected")};
}

const StatusChoice kStatusChoices[] = {
    {QT_TRANSLATE_NOOP("fielddesk::reports::ReportSettingsBar", "Approved and later"),
     approvedAndLater},
    {QT_TRANSLATE_NOOP("fielddesk::reports::ReportSettingsBar", "Awaiting approval"),
     awaitingApproval},
    {QT_TRANSLATE_NOOP("fielddesk::reports::ReportSettingsBar", "Approved, not yet settled"),
     approvedOnly},
    {QT_TRANSLATE_NOOP("fielddesk::reports::ReportSettingsBar", "Reimbursed or paid"), settled},
    {QT_TRANSLATE_NOOP("fielddesk::reports::ReportSettingsBar", "Rejected"), rejected},
};

constexpr int kNone = -1; // "all" in a filter, "nothing" as the second grouping

void fillNamed(QComboBox *box, const QString &all, const QList<money::NamedId> &items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(all, qint64(kNone));
    for (const money::NamedId &item : items)
        box->addItem(item.name, item.id);
    const int again = box->findData(current);
    box->setCurrentIndex(again >= 0 ? again : 0);
}

std::optional<qint64> chosenId(const QComboBox *box)
{
    const qint64 id = box->currentData().toLongLong();
    return id == kNone ? std::nullopt : std::optional<qint64>(id);
}

void chooseData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ReportSettingsBar::ReportSettingsBar(QWidget *parent)
    : QWidget(parent)
    , m_ledger(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_group(new QComboBox(this))
    , m_thenBy(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_employee(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    m_quiet = true;
    m_ledger->setObjectName(QStringLiteral("reportLedger"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("Period start"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("Period end"));
    m_group->setObjectName(QStringLiteral("reportGroupBy"));
    m_thenBy->setObjectName(QStringLiteral("reportThenBy"));
    m_location->setObjectName(QStringLiteral("reportLocation"));
    m_employee->setObjectName(QStringLiteral("reportEmployee"));
    m_category->setObjectName(QStringLiteral("reportCategory"));
    m_status->setObjectName(QStringLiteral("reportStatus"));

    for (const Ledger ledger : {Ledger::Expenses, Ledger::Spiffs})
        m_ledger->addItem(ReportText::ledgerTitle(ledger), int(ledger));
    for (const PeriodPreset preset : money::allPeriodPresets())
        m_period->addItem(ReportText::presetTitle(preset), int(preset));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    for (const StatusChoice &choice : kStatusChoices)
        m_status->addItem(tr(choice.title));
    fillNamed(m_location, tr("All locations"), {});
    fillNamed(m_employee, tr("All employees"), {});
    fillGroupings();
    fillCategories();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    layout->addWidget(label(tr("&Report:"), m_ledger), 0, 0);
    layout->addWidget(m_ledger, 0, 1);
    layout->addWidget(label(tr("&Period:"), m_period), 0, 2);
    layout->addWidget(m_period, 0, 3);
    layout->addWidget(m_from, 0, 4);
    layout->addWidget(new QLabel(tr("to"), this), 0, 5);
    layout->addWidget(m_to, 0, 6);
    layout->addWidget(label(tr("&Group by:"), m_group), 0, 7);
    layout->addWidget(m_group, 0, 8);
    layout->addWidget(label(tr("t&hen by:"), m_thenBy), 0, 9);
    layout->addWidget(m_thenBy, 0, 10);
    layout->addWidget(label(tr("&Location:"), m_location), 1, 0);
    layout->addWidget(m_location, 1, 1);
    layout->addWidget(label(tr("&Employee:"), m_employee), 1, 2);
    layout->addWidget(m_employee, 1, 3, 1, 4);
    layout->addWidget(label(tr("&Category:"), m_category), 1, 7);
    layout->addWidget(m_category, 1, 8);
    layout->addWidget(label(tr("&Status:"), m_status), 1, 9);
    layout->addWidget(m_status, 1, 10);
    layout->setColumnStretch(11, 1);

    connect(m_ledger, &QComboBox::currentIndexChanged, this, [this] {
        fillGroupings();
        fillCategories();
        announce();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        announce();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            // A date typed by hand makes the range a custom one.
            if (!m_quiet)
                m_period->setCurrentIndex(m_period->findData(int(PeriodPreset::Custom)));
            announce();
        });
    }
    for (QComboBox *box : {m_group, m_thenBy, m_location, m_employee, m_category, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportSettingsBar::announce);
    applyPreset();
    m_quiet = false;
}

Ledger ReportSettingsBar::ledger() const
{
    return Ledger(m_ledger->currentData().toInt());
}

void ReportSettingsBar::fillGroupings()
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    for (QComboBox *box : {m_group, m_thenBy}) {
        const QVariant current = box->currentData();
        box->clear();
        if (box == m_thenBy)
            box->addItem(tr("(nothing)"), kNone);
        for (const Dimension dimension : money::allDimensions())
            box->addItem(ReportText::dimensionTitle(dimension, ledger()), int(dimension));
        const int again = box->findData(current);
        box->setCurrentIndex(again >= 0 ? again : 0);
    }
    m_quiet = wasQuiet;
}

void ReportSettingsBar::fillCategories()
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    if (ledger() == Ledger::Expenses)
        fillNamed(m_category, tr("All categories"), m_choices.categories);
    else
        fillNamed(m_category, tr("All types"), m_choices.spiffTypes);
    m_quiet = wasQuiet;
}

void ReportSettingsBar::setChoices(const money::ReportChoices &choices)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_choices = choices;
    fillNamed(m_location, tr("All locations"), choices.locations);
    fillNamed(m_employee, tr("All employees"), choices.employees);
    fillCategories();
    if (m_restoredFilters.size() == 3) {
        chooseData(m_location, m_restoredFilters.at(0));
        chooseData(m_employee, m_restoredFilters.at(1));
        chooseData(m_category, m_restoredFilters.at(2));
        m_restoredFilters.clear();
    }
    m_quiet = wasQuiet;
}

void ReportSettingsBar::setToday(QDate today)
{
    m_today = today;
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    applyPreset();
    m_quiet = wasQuiet;
}

void ReportSettingsBar::applyPreset()
{
    const auto range = money::rangeOf(PeriodPreset(m_period->currentData().toInt()), m_today);
    if (!range)
        return;
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_from->setDate(range->from);
    m_to->setDate(range->to);
    m_quiet = wasQuiet;
}

void ReportSettingsBar::announce()
{
    if (!m_quiet)
        emit queryChanged();
}

money::ReportQuery ReportSettingsBar::query() const
{
    money::ReportQuery query;
    query.ledger = ledger();
    query.range = {m_from->date(), std::max(m_from->date(), m_to->date())};
    query.groupBy = {Dimension(m_group->currentData().toInt())};
    const int then = m_thenBy->currentData().toInt();
    if (then != kNone && Dimension(then) != query.groupBy.first())
        query.groupBy << Dimension(then);
    query.locationId = chosenId(m_location);
    query.employeeId = chosenId(m_employee);
    query.categoryId = chosenId(m_category);
    query.statuses = kStatusChoices[std::max(0, m_status->currentIndex())].statuses(query.ledger);
    return query;
}

void ReportSettingsBar::restore(const QString &settingsKey)
{
    QSettings settings;
    settings.beginGroup(settingsKey);
    m_quiet = true;
    chooseData(m_ledger, settings.value(QStringLiteral("ledger"), int(Ledger::Expenses)).toInt());
    fillGroupings();
    fillCategories();
    chooseData(m_period,
               settings.value(QStringLiteral("period"), int(PeriodPreset::LastMonth)).toInt());
    if (PeriodPreset(m_period->currentData().toInt()) == PeriodPreset::Custom) {
        m_from->setDate(settings.value(QStringLiteral("from")).toDate());
        m_to->setDate(settings.value(QStringLiteral("to")).toDate());
    } else {
        applyPreset();
    }
    chooseData(m_group,
               settings.value(QStringLiteral("group_by"), int(Dimension::Category)).toInt());
    chooseData(m_thenBy, settings.value(QStringLiteral("then_by"), kNone).toInt());
    chooseData(m_location, settings.value(QStringLiteral("location_id"), kNone));
    chooseData(m_employee, settings.value(QStringLiteral("employee_id"), kNone));
    chooseData(m_category, settings.value(QStringLiteral("category_id"), kNone));
    m_status->setCurrentIndex(std::clamp(settings.value(QStringLiteral("status"), 0).toInt(), 0,
                                         int(std::size(kStatusChoices)) - 1));
    m_quiet = false;
    // Filters whose lists have not come yet are chosen again when they come.
    m_restoredFilters = {settings.value(QStringLiteral("location_id"), kNone),
                         settings.value(QStringLiteral("employee_id"), kNone),
                         settings.value(QStringLiteral("category_id"), kNone)};
}

void ReportSettingsBar::save(const QString &settingsKey) const
{
    QSettings settings;
    settings.beginGroup(settingsKey);
    settings.setValue(QStringLiteral("ledger"), m_ledger->currentData());
    settings.setValue(QStringLiteral("period"), m_period->currentData());
    settings.setValue(QStringLiteral("from"), m_from->date());
    settings.setValue(QStringLiteral("to"), m_to->date());
    settings.setValue(QStringLiteral("group_by"), m_group->currentData());
    settings.setValue(QStringLiteral("then_by"), m_thenBy->currentData());
    settings.setValue(QStringLiteral("location_id"), m_location->currentData());
    settings.setValue(QStringLiteral("employee_id"), m_employee->currentData());
    settings.setValue(QStringLiteral("category_id"), m_category->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentIndex());
}

QString ReportSettingsBar::description(const QLocale &locale) const
{
    const money::ReportQuery q = query();
    QStringList parts{ReportText::ledgerTitle(q.ledger), ReportText::rangeText(q.range, locale)};
    QStringList groups;
    for (const Dimension dimension : q.groupBy)
        groups << ReportText::dimensionTitle(dimension, q.ledger).toLower();
    parts << tr("by %1").arg(groups.join(tr(" and ")));
    for (const QComboBox *filter : {m_location, m_employee, m_category}) {
        if (chosenId(filter))
            parts << filter->currentText();
    }
    parts << m_status->currentText();
    return parts.join(QStringLiteral(" · "));
}

} // namespace fielddesk::reports
