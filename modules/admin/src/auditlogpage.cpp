#include "fielddesk/admin/auditlogpage.h"

#include "fielddesk/admin/auditcsv.h"
#include "fielddesk/admin/auditdiff.h"
#include "fielddesk/admin/auditdiffmodel.h"
#include "fielddesk/admin/auditlogmodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/pagedlist.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>
#include <optional>

namespace fielddesk::admin {

namespace {

constexpr int kFilterDelayMs = 300; // typing an id or an action reloads once, not per key
constexpr int kRowsStretch = 3;
constexpr int kDiffStretch = 2;
constexpr int kUsersPageSize = 500;
constexpr int kDefaultRangeDays = 30;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QJsonObject itself(const QJsonObject &o)
{
    return o;
}

std::optional<qint64> positive(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

QTableView *readOnlyTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// An editable choice of the values seen so far; the empty first entry is "any".
QComboBox *seenValuesBox(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString());
    box->lineEdit()->setPlaceholderText(anyText);
    box->lineEdit()->setClearButtonEnabled(true);
    return box;
}

} // namespace

AuditLogPage::AuditLogPage(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new AuditLogModel(this))
    , m_diff(new AuditDiffModel(this))
    , m_table(readOnlyTable(QStringLiteral("auditTable"), this))
    , m_diffTable(readOnlyTable(QStringLiteral("auditDiffTable"), this))
    , m_more(new QPushButton(tr("&More"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_shown(new QLabel(this))
    , m_diffTitle(new QLabel(this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("auditMessage"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("auditNotice"), this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit log rows, newest first"));
    m_diffTable->setModel(m_diff);
    m_diffTable->setAccessibleName(tr("Before and after of the selected row"));
    m_diffTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_diffTable->setWordWrap(true);
    // The values take the width, evenly; a long one wraps instead of being cut.
    m_diffTable->horizontalHeader()->setSectionResizeMode(AuditDiffModel::BeforeColumn,
                                                          QHeaderView::Stretch);
    m_diffTable->horizontalHeader()->setSectionResizeMode(AuditDiffModel::AfterColumn,
                                                          QHeaderView::Stretch);
    m_diffTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_more->setObjectName(QStringLiteral("auditMoreButton"));
    m_more->setToolTip(tr("Load the next older rows (scrolling to the end does too)"));
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Write every row the filters select to a CSV file"));
    m_shown->setObjectName(QStringLiteral("auditShownLabel"));
    m_diffTitle->setObjectName(QStringLiteral("auditDiffTitle"));
    m_diffTitle->setWordWrap(true);
    m_diffTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QHBoxLayout;
    heading->addWidget(
        new forms::SectionTitle(tr("Audit log"), QStringLiteral("auditTitle"), this));
    heading->addStretch(1);
    heading->addWidget(m_export);
    auto *filters = new QWidget(this);
    buildFilters(filters);

    auto *rowsPane = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsPane);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_table, 1);
    auto *moreBar = new QHBoxLayout;
    moreBar->addWidget(m_shown, 1);
    moreBar->addWidget(m_more);
    rowsLayout->addLayout(moreBar);
    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diffTable, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("listAndChanges"));
    split->setChildrenCollapsible(false);
    split->addWidget(rowsPane);
    split->addWidget(diffPane);
    split->setStretchFactor(0, kRowsStretch);
    split->setStretchFactor(1, kDiffStretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kFilterDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_started && query() != m_loadedQuery)
            reload();
    });
    connect(m_more, &QPushButton::clicked, this, &AuditLogPage::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::chooseCsvFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelected);
    // Scrolled to the end: the older rows follow by themselves.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_table->verticalScrollBar()->maximum())
            loadMore();
    });
    // Tab goes as the eye reads: the filters, the rows and More, the comparison, the export.
    const QList<QWidget *> order{m_actor, m_action,    m_objectType, m_objectId, m_fromOn,
                                 m_from,  m_untilOn,   m_until,      m_clear,    m_table,
                                 m_more,  m_diffTable, m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateMore();
}

void AuditLogPage::buildFilters(QWidget *bar)
{
    m_actor = new QComboBox(bar);
    m_actor->setObjectName(QStringLiteral("auditActorBox"));
    m_actor->addItem(tr("Anyone"));
    m_action = seenValuesBox(QStringLiteral("auditActionBox"), tr("Any action"), bar);
    m_objectType = seenValuesBox(QStringLiteral("auditObjectTypeBox"), tr("Any kind"), bar);
    m_objectId = new QLineEdit(bar);
    m_objectId->setObjectName(QStringLiteral("auditObjectIdEdit"));
    m_objectId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_objectId));
    m_objectId->setPlaceholderText(tr("Any"));
    m_objectId->setClearButtonEnabled(true);
    m_fromOn = new QCheckBox(tr("&From:"), bar);
    m_fromOn->setObjectName(QStringLiteral("auditFromBox"));
    m_untilOn = new QCheckBox(tr("&Until:"), bar);
    m_untilOn->setObjectName(QStringLiteral("auditUntilBox"));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_until = new QDateEdit(bar);
    m_until->setObjectName(QStringLiteral("auditUntilEdit"));
    for (QDateEdit *date : {m_from, m_until}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(client::display::datePattern());
        date->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From day"));
    m_until->setAccessibleName(tr("Until day"));
    m_clear = new QPushButton(tr("C&lear filters"), bar);
    m_clear->setObjectName(QStringLiteral("auditClearButton"));

    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [bar, grid](int row, int column, const QString &text, QWidget *input) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(input);
        QString name = text;
        input->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        grid->addWidget(label, row, column);
        grid->addWidget(input, row, column + 1);
    };
    labelled(0, 0, tr("&Who:"), m_actor);
    labelled(0, 2, tr("&Action:"), m_action);
    labelled(0, 4, tr("Record &kind:"), m_objectType);
    labelled(0, 6, tr("Record &id:"), m_objectId);
    grid->addWidget(m_fromOn, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_untilOn, 1, 2);
    grid->addWidget(m_until, 1, 3);
    grid->addWidget(m_clear, 1, 7, Qt::AlignRight);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);

    const auto edited = [this] { filtersEdited(); };
    connect(m_actor, &QComboBox::currentIndexChanged, this, edited);
    connect(m_action, &QComboBox::currentTextChanged, this, edited);
    connect(m_objectType, &QComboBox::currentTextChanged, this, edited);
    connect(m_objectId, &QLineEdit::textChanged, this, edited);
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_until, &QDateEdit::dateChanged, this, edited);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilOn, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, edited);
    connect(m_untilOn, &QCheckBox::toggled, this, edited);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_actor->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_objectType->setCurrentIndex(0);
        m_objectId->clear();
        m_fromOn->setChecked(false);
        m_untilOn->setChecked(false);
    });
}

AuditLogQuery AuditLogPage::query() const
{
    AuditLogQuery q;
    const QVariant actor = m_actor->currentData();
    if (actor.isValid())
        q.actorUserId = actor.toLongLong();
    q.action = m_action->currentText().trimmed();
    q.objectType = m_objectType->currentText().trimmed();
    q.objectId = positive(m_objectId->text());
    if (m_fromOn->isChecked())
        q.from = m_from->date();
    if (m_untilOn->isChecked())
        q.until = m_until->date();
    q.zone = m_zone;
    return q;
}

void AuditLogPage::start(const QTimeZone &tenantZone)
{
    m_zone = tenantZone.isValid() ? tenantZone : QTimeZone::utc();
    m_model->setTimeZone(m_zone);
    // The range offered when the dates are switched on: the last month, in the tenant's days.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_from->setDate(today.addDays(-kDefaultRangeDays));
    m_until->setDate(today);
    m_started = true;
    loadActors();
    reload();
}

void AuditLogPage::stop()
{
    m_started = false;
    ++m_stops;
    ++m_generation;
    m_loading = false;
    m_debounce.stop();
    m_model->clear();
    m_diff->setLines({});
    m_diffTitle->clear();
    m_count = 0;
    updateMore();
}

void AuditLogPage::loadActors()
{
    const int generation = m_stops; // the filters' reloads leave the list of people alone
    client::listEveryPage<QJsonObject>(
        m_api,
        [](int limit, int offset) {
            return QStringLiteral("/api/v1/users?ordering=name&limit=%1&offset=%2")
                .arg(limit)
                .arg(offset);
        },
        kUsersPageSize, this, itself,
        [this, generation](const client::ApiResult<QList<QJsonObject>> &users) {
            if (generation != m_stops || !users)
                return;
            const QVariant chosen = m_actor->currentData();
            const QSignalBlocker quiet(m_actor);
            while (m_actor->count() > 1)
                m_actor->removeItem(1);
            for (const QJsonObject &user : *users) {
                m_actor->addItem(tr("%1 <%2>").arg(user.value(QLatin1String("name")).toString(),
                                                   user.value(QLatin1String("email")).toString()),
                                 user.value(QLatin1String("id")).toInteger());
            }
            m_actor->setCurrentIndex(std::max(0, m_actor->findData(chosen)));
        });
}

void AuditLogPage::filtersEdited()
{
    m_debounce.start();
}

void AuditLogPage::reload()
{
    ++m_generation;
    m_debounce.stop();
    m_loadedQuery = query();
    m_model->clear();
    m_diff->setLines({});
    m_diffTitle->clear();
    m_count = 0;
    fetch(0);
}

void AuditLogPage::loadMore()
{
    if (m_loading || !m_started || m_model->rowCount() >= m_count)
        return;
    fetch(m_model->rowCount());
}

void AuditLogPage::fetch(int offset)
{
    m_loading = true;
    updateMore();
    const int generation = m_generation;
    m_api->get(
        m_loadedQuery.path(kPageSize, offset), this,
        [this, generation, offset](const client::ApiResponse &response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!response.ok()) {
                m_message->showMessage(
                    tr("The audit log could not be loaded: %1").arg(response.error->message()));
                updateMore();
                return;
            }
            m_message->showMessage({});
            m_count = response.json.value(QLatin1String("count")).toInteger();
            const QList<QJsonObject> entries = client::resultsOf<QJsonObject>(response, itself);
            remember(entries);
            m_model->append(entries);
            // Emptied and filled again, the columns fit their new contents.
            m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            // The newest row's comparison is there at once.
            if (offset == 0 && !entries.isEmpty())
                m_table->selectRow(0);
            updateMore();
            emit loaded();
        });
}

// The actions and kinds of record seen so far become the filters' choices.
void AuditLogPage::remember(const QList<QJsonObject> &entries)
{
    for (const QJsonObject &entry : entries) {
        for (const auto &[box, key] :
             {std::pair{m_action, "action"}, std::pair{m_objectType, "object_type"}}) {
            const QString value = entry.value(QLatin1String(key)).toString();
            if (value.isEmpty() || box->findText(value) >= 0)
                continue;
            const QSignalBlocker quiet(box);
            const QString typed = box->currentText();
            int row = 1;
            while (row < box->count() && box->itemText(row) < value)
                ++row;
            box->insertItem(row, value);
            box->setEditText(typed);
        }
    }
}

void AuditLogPage::updateMore()
{
    const int shown = m_model->rowCount();
    m_more->setEnabled(!m_loading && shown < m_count);
    m_shown->setText(m_loading && shown == 0
                         ? tr("Loading…")
                         : tr("%1 of %n row(s)", nullptr, int(m_count)).arg(shown));
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_diff->setLines({});
        m_diffTitle->clear();
        return;
    }
    const QJsonObject entry = m_model->entryAt(current.row());
    const QList<AuditDiff::Line> lines = AuditDiff::compare(
        entry.value(QLatin1String("before")), entry.value(QLatin1String("after")), m_zone);
    m_diff->setLines(lines);
    const QString title =
        tr("%1 · %2 · by %3 · %4")
            .arg(entry.value(QLatin1String("action")).toString(), AuditLogModel::objectText(entry),
                 AuditLogModel::actorText(entry), AuditLogModel::timeText(entry, m_zone));
    m_diffTitle->setText(
        lines.isEmpty() ? tr("%1\nNo values were recorded for this row.").arg(title) : title);
}

QFileDialog *AuditLogPage::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log as CSV"), QString(),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    dialog->selectFile(QStringLiteral("audit-log-%1.csv").arg(today.toString(kDateFormat)));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditLogPage::exportCsv);
    dialog->open();
    return dialog;
}

void AuditLogPage::exportCsv(const QString &fileName)
{
    m_export->setEnabled(false);
    m_notice->showMessage(tr("Exporting…"));
    const AuditLogQuery selected = query();
    const QTimeZone zone = m_zone;
    client::listEveryPage<QJsonObject>(
        m_api, [selected](int limit, int offset) { return selected.path(limit, offset); },
        kExportPageSize, this, itself,
        [this, fileName, zone](const client::ApiResult<QList<QJsonObject>> &rows) {
            if (!rows) {
                m_export->setEnabled(true);
                m_notice->showMessage({});
                m_message->showMessage(
                    tr("The audit log could not be exported: %1").arg(rows.error().message()));
                emit exportFailed(rows.error().message());
                return;
            }
            // Many thousand rows take a moment to write: not on the GUI thread.
            const QList<QJsonObject> entries = *rows;
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcher<QString>::finished, this,
                    [this, watcher, fileName, count = int(entries.size())] {
                        watcher->deleteLater();
                        m_export->setEnabled(true);
                        const QString error = watcher->result();
                        if (!error.isEmpty()) {
                            m_notice->showMessage({});
                            m_message->showMessage(error);
                            emit exportFailed(error);
                            return;
                        }
                        m_notice->showMessage(
                            tr("Exported %n row(s) to %1.", nullptr, count).arg(fileName));
                        emit csvExported(fileName, count);
                    });
            watcher->setFuture(QtConcurrent::run([entries, zone, fileName]() -> QString {
                QFile file(fileName);
                const QByteArray csv = AuditCsv::write(entries, zone);
                if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                    !file.flush())
                    return tr("%1 could not be written: %2").arg(fileName, file.errorString());
                return {};
            }));
        });
}

} // namespace fielddesk::admin
