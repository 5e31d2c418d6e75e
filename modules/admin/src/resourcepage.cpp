#include "fielddesk/admin/resourcepage.h"

#include "fielddesk/admin/resourceform.h"
#include "fielddesk/admin/resourcetablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/pagedlist.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/forms/tablecolumns.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fielddesk::admin {

namespace {

constexpr int kPageSize = 500;
constexpr int kListStretch = 3;
constexpr int kFormStretch = 2;

QString pagedPath(const QString &path, int limit, int offset)
{
    return QStringLiteral("%1%2limit=%3&offset=%4")
        .arg(path, path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        .arg(limit)
        .arg(offset);
}

// The search over every column; inactive records only when asked for.
class RecordFilter : public QSortFilterProxyModel
{
public:
    RecordFilter(QString activeField, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_activeField(std::move(activeField))
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(-1);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
    }

    void setShowInactive(bool show)
    {
        m_showInactive = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_showInactive && !m_activeField.isEmpty()) {
            const auto *model = static_cast<const ResourceTableModel *>(sourceModel());
            if (!model->recordAt(row).value(m_activeField).toBool(true))
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_activeField;
    bool m_showInactive = false;
};

} // namespace

ResourcePage::ResourcePage(client::ApiClient *api, const ResourceSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_spec(spec)
    , m_model(new ResourceTableModel(spec, this))
    , m_proxy(new RecordFilter(spec.activeField, this))
    , m_table(new QTableView(this))
    , m_form(new ResourceForm(spec.fields, this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New %1…").arg(spec.singular), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_active(new QPushButton(this))
    , m_delete(new QPushButton(spec.removingRevokes ? tr("Re&voke…") : tr("&Delete…"), this))
    , m_editorTitle(new forms::SectionTitle(QString(), QStringLiteral("editorTitle"), this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("resourceMessage"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("resourceNotice"), this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("resourcePage_") + spec.id);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setAccessibleName(spec.title);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_search->setObjectName(QStringLiteral("resourceSearch"));
    m_search->setAccessibleName(tr("Search %1").arg(spec.title));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_new->setObjectName(QStringLiteral("newRecordButton"));
    m_save->setObjectName(QStringLiteral("saveRecordButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Send the changes to the server (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("revertRecordButton"));
    m_active->setObjectName(QStringLiteral("activeRecordButton"));
    m_delete->setObjectName(QStringLiteral("deleteRecordButton"));
    m_active->setVisible(!spec.activeField.isEmpty());
    m_delete->setVisible(spec.canDelete);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_search, 1);
    if (!spec.activeField.isEmpty()) {
        m_showInactive = new QCheckBox(tr("Show inactive"), this);
        m_showInactive->setObjectName(QStringLiteral("showInactiveBox"));
        connect(m_showInactive, &QCheckBox::toggled, this,
                [this](bool show) { static_cast<RecordFilter *>(m_proxy)->setShowInactive(show); });
        bar->addWidget(m_showInactive);
    }
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_table, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    for (const RecordStep &step : spec.steps) {
        auto *button = new QPushButton(step.title, this);
        button->setObjectName(QStringLiteral("stepButton_") + step.name);
        connect(button, &QPushButton::clicked, this, [this, step] { askToTakeStep(step); });
        buttons->addWidget(button);
        m_steps << button;
    }
    buttons->addWidget(m_active);
    buttons->addWidget(m_delete);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(m_message);
    editorLayout->addWidget(m_notice);
    editorLayout->addWidget(scroll, 1);
    editorLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("listAndForm"));
    split->setChildrenCollapsible(false);
    split->addWidget(listPane);
    split->addWidget(editor);
    split->setStretchFactor(0, kListStretch);
    split->setStretchFactor(1, kFormStretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_new, &QPushButton::clicked, this, &ResourcePage::startNew);
    connect(m_save, &QPushButton::clicked, this, &ResourcePage::save);
    connect(m_revert, &QPushButton::clicked, this, &ResourcePage::revert);
    connect(m_active, &QPushButton::clicked, this, &ResourcePage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &ResourcePage::askToDelete);
    connect(m_form, &ResourceForm::edited, this, [this] {
        m_notice->showMessage({});
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (m_selecting)
                    return;
                if (!confirmDiscard()) {
                    // Back to the record being edited, its changes kept.
                    m_selecting = true;
                    m_table->selectionModel()->setCurrentIndex(
                        previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    m_selecting = false;
                    return;
                }
                Q_UNUSED(current);
                showSelected();
            });
    showRecord({});
}

QString ResourcePage::recordPath(qint64 id) const
{
    return m_spec.path + QLatin1Char('/') + QString::number(id);
}

QString ResourcePage::titleOf(const QJsonObject &record) const
{
    const QString title = record.value(m_spec.titleField).toString();
    return title.isEmpty() ? tr("%1 #%2").arg(m_spec.singular).arg(ResourceTableModel::idOf(record))
                           : title;
}

void ResourcePage::fitColumns()
{
    forms::fitColumnsAround(m_table, m_model->columnCount() - 1,
                            m_table->fontMetrics().averageCharWidth() * kWidestColumnChars);
}

void ResourcePage::reload()
{
    const int generation = ++m_generation;
    m_loading = true;
    const QString path = m_spec.path;
    client::listEveryPage<QJsonObject>(
        m_api, [path](int limit, int offset) { return pagedPath(path, limit, offset); }, kPageSize,
        this, [](const QJsonObject &o) { return o; },
        [this, generation](const client::ApiResult<QList<QJsonObject>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                m_message->showMessage(
                    tr("%1 could not be loaded: %2").arg(m_spec.title, result.error().message()));
                return;
            }
            const qint64 shown = ResourceTableModel::idOf(m_form->record());
            m_selecting = true;
            m_model->setRecords(*result);
            m_selecting = false;
            fitColumns();
            if (shown != 0 && m_model->rowOf(shown) >= 0 && !m_form->hasChanges())
                selectRecord(shown);
            emit loaded();
        });
    reloadChoices();
}

void ResourcePage::reloadChoices()
{
    const int generation = m_generation;
    for (const ResourceField &field : std::as_const(m_spec.fields)) {
        if (field.choicesPath.isEmpty())
            continue;
        const QString path = field.choicesPath;
        client::listEveryPage<Choice>(
            m_api, [path](int limit, int offset) { return pagedPath(path, limit, offset); },
            kPageSize, this,
            [field](const QJsonObject &o) {
                return Choice{o.value(field.choiceValue), o.value(field.choiceTitle).toString()};
            },
            [this, generation, name = field.name](const client::ApiResult<QList<Choice>> &r) {
                if (generation == m_generation && r)
                    m_form->setChoices(name, *r);
            });
    }
}

void ResourcePage::clear()
{
    ++m_generation;
    m_loading = false;
    m_selecting = true;
    m_model->setRecords({});
    m_selecting = false;
    m_search->clear();
    showRecord({});
}

bool ResourcePage::confirmDiscard()
{
    if (!m_form->hasChanges())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved. Discard them?")
                        .arg(m_form->isNew() ? tr("The new %1").arg(m_spec.singular)
                                             : titleOf(m_form->record())),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("discardChangesQuestion"));
    ask.setDefaultButton(QMessageBox::Cancel);
    return ask.exec() == QMessageBox::Discard;
}

void ResourcePage::startNew()
{
    if (!confirmDiscard())
        return;
    m_selecting = true;
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    m_selecting = false;
    showRecord({});
    if (!m_spec.fields.isEmpty())
        if (QWidget *first = m_form->input(m_spec.fields.first().name))
            first->setFocus();
}

void ResourcePage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && m_showInactive) {
        m_showInactive->setChecked(true); // an inactive one is shown when asked for
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_selecting = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_selecting = false;
    m_table->scrollTo(index);
    showRecord(m_model->recordAt(row));
}

void ResourcePage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    showRecord(current.isValid() ? m_model->recordAt(m_proxy->mapToSource(current).row())
                                 : QJsonObject());
}

void ResourcePage::showRecord(const QJsonObject &record)
{
    m_message->showMessage({});
    m_form->load(record);
    m_editorTitle->setText(record.isEmpty() ? tr("New %1").arg(m_spec.singular) : titleOf(record));
    updateActions();
}

void ResourcePage::updateActions()
{
    const bool existing = !m_form->isNew();
    m_save->setEnabled(!m_sending && (m_form->isNew() || m_form->hasChanges()));
    m_revert->setEnabled(!m_sending && m_form->hasChanges());
    m_delete->setEnabled(!m_sending && existing);
    m_active->setEnabled(!m_sending && existing);
    // Only the steps the shown record's status allows are offered.
    const QString status = m_form->record().value(m_spec.statusField).toString();
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        m_steps.at(i)->setVisible(existing && m_spec.steps.at(i).when == status);
        m_steps.at(i)->setEnabled(!m_sending);
    }
    if (!m_spec.activeField.isEmpty())
        m_active->setText(existing && !m_form->record().value(m_spec.activeField).toBool(true)
                              ? tr("Re&activate")
                              : tr("De&activate"));
}

void ResourcePage::revert()
{
    showRecord(m_form->record());
}

void ResourcePage::save()
{
    if (m_sending)
        return;
    const QJsonObject changes = m_form->changes();
    if (m_form->isNew()) {
        send(client::ApiRequest::post(m_spec.path, changes), false);
    } else if (!changes.isEmpty()) {
        send(client::ApiRequest::patch(recordPath(ResourceTableModel::idOf(m_form->record())),
                                       changes),
             false);
    }
}

void ResourcePage::toggleActive()
{
    if (m_sending || m_form->isNew() || m_spec.activeField.isEmpty())
        return;
    const bool active = m_form->record().value(m_spec.activeField).toBool(true);
    send(client::ApiRequest::patch(recordPath(ResourceTableModel::idOf(m_form->record())),
                                   {{m_spec.activeField, !active}}),
         false);
}

void ResourcePage::askToDelete()
{
    if (m_sending || m_form->isNew())
        return;
    const bool revoking = m_spec.removingRevokes;
    QMessageBox ask(QMessageBox::Warning,
                    (revoking ? tr("Revoke %1") : tr("Delete %1")).arg(m_spec.singular),
                    (revoking ? tr("Revoke %1? What signs in with it is refused from now on.")
                              : tr("Delete %1? This cannot be undone."))
                        .arg(titleOf(m_form->record())),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("deleteRecordQuestion"));
    QPushButton *yes =
        ask.addButton(revoking ? tr("Revoke") : tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() == yes)
        send(client::ApiRequest::remove(recordPath(ResourceTableModel::idOf(m_form->record()))),
             true);
}

QPushButton *ResourcePage::stepButton(const QString &name) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_spec.steps.at(i).name == name)
            return m_steps.at(i);
    }
    return nullptr;
}

void ResourcePage::askToTakeStep(const RecordStep &step)
{
    if (m_sending || m_form->isNew())
        return;
    QMessageBox ask(QMessageBox::Warning, QString(step.title).remove(QLatin1Char('&')),
                    step.question.arg(titleOf(m_form->record())), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("stepQuestion"));
    QPushButton *yes = ask.addButton(step.confirm, QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() == yes)
        send(client::ApiRequest::post(recordPath(ResourceTableModel::idOf(m_form->record())) +
                                          QLatin1Char('/') + step.name,
                                      QJsonObject{}),
             false);
}

QDialog *ResourcePage::showSecret(const QString &secret)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("secretDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Copy the new %1").arg(m_spec.singular));
    auto *text = new QLabel(tr("This is the only time it is shown: copy it now and keep it where "
                               "the system that uses it reads it."),
                            dialog);
    text->setWordWrap(true);
    auto *value = new QLineEdit(secret, dialog);
    value->setObjectName(QStringLiteral("secretValue"));
    value->setReadOnly(true);
    value->selectAll();
    auto *copy = new QPushButton(tr("&Copy"), dialog);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    connect(copy, &QPushButton::clicked, dialog, [value, copy] {
        QGuiApplication::clipboard()->setText(value->text());
        copy->setText(tr("Copied"));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(value, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

void ResourcePage::send(const client::ApiRequest &request, bool removing)
{
    m_sending = true;
    m_message->showMessage({});
    m_notice->showMessage({});
    m_form->clearErrors();
    updateActions();
    const int generation = m_generation;
    m_api->send(request, this, [this, generation, removing](const client::ApiResponse &r) {
        if (generation != m_generation)
            return;
        m_sending = false;
        answered(r, removing);
        updateActions();
    });
}

void ResourcePage::answered(const client::ApiResponse &response, bool removing)
{
    if (!response.ok()) {
        forms::FormRefusal::show(
            *response.error,
            [this](const QList<forms::FormRefusal::FieldError> &errors) {
                return m_form->showErrors(errors);
            },
            m_message);
        emit refused();
        return;
    }
    if (removing) {
        const qint64 id = ResourceTableModel::idOf(m_form->record());
        m_selecting = true;
        m_model->remove(id);
        m_selecting = false;
        showRecord({});
        m_notice->showMessage(tr("Deleted."));
        emit removed(id);
        return;
    }
    QJsonObject record = response.json;
    if (!m_spec.secretField.isEmpty() && record.contains(m_spec.secretField)) {
        // Shown once, to be copied; the list keeps the record without it.
        showSecret(record.value(m_spec.secretField).toString());
        record.remove(m_spec.secretField);
    }
    m_selecting = true;
    m_model->upsert(record);
    m_selecting = false;
    fitColumns(); // a longer name than any before
    selectRecord(ResourceTableModel::idOf(record));
    m_notice->showMessage(tr("Saved."));
    emit saved(record);
}

} // namespace fielddesk::admin
