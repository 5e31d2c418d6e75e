#include "fielddesk/jobedit/conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fielddesk::jobedit {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(EditConflict conflict,
                               const JobFieldText &text,
                               const QString &whoChanged,
                               QWidget *parent)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
    , m_table(new QTableWidget(this))
    , m_keepTheirs(new QPushButton(tr("Keep theirs"), this))
    , m_reapplyMine(new QPushButton(tr("Reapply mine"), this))
    , m_merge(new QPushButton(tr("Merge"), this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("jobConflictDialog"));
    setWindowTitle(tr("Job #%1 was changed meanwhile").arg(m_conflict.theirs().id));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setText(
        tr("Someone saved job #%1 while you were editing it; nothing of yours was saved yet.")
            .arg(m_conflict.theirs().id) +
        (whoChanged.isEmpty() ? QString() : QLatin1Char(' ') + whoChanged.trimmed()));

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Changes, field by field"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Before"), tr("Theirs (saved)"), tr("Mine"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setRowCount(int(m_conflict.rows().size()));
    const QFont base = m_table->font();
    QFont bold = base;
    bold.setBold(true);
    int row = 0;
    for (const EditConflict::Row &r : m_conflict.rows()) {
        auto *field = readOnlyItem(JobFieldText::title(r.field));
        field->setData(Qt::UserRole, r.field);
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, BeforeColumn, readOnlyItem(text.text(m_conflict.base(), r.field)));
        auto *theirs = readOnlyItem(text.text(m_conflict.theirs(), r.field));
        auto *mine = readOnlyItem(text.text(m_conflict.mine(), r.field));
        // What each side changed reads bold; an unchanged side is the same as before.
        theirs->setFont(r.theyChanged ? bold : base);
        mine->setFont(r.iChanged ? bold : base);
        m_table->setItem(row, TheirsColumn, theirs);
        m_table->setItem(row, MineColumn, mine);
        if (r.clashes()) {
            field->setText(tr("%1 (both changed)").arg(JobFieldText::title(r.field)));
            field->setFont(bold);
            auto *choice = new QComboBox(m_table);
            choice->setObjectName(QStringLiteral("choice_%1").arg(r.field));
            choice->setAccessibleName(tr("Keep for %1").arg(JobFieldText::title(r.field)));
            choice->addItem(tr("Theirs"), int(EditConflict::Side::Theirs));
            choice->addItem(tr("Mine"), int(EditConflict::Side::Mine));
            m_table->setCellWidget(row, ChoiceColumn, choice);
            m_choices.insert(r.field, choice);
        } else {
            m_table->setItem(row, ChoiceColumn,
                             readOnlyItem(r.iChanged ? tr("Mine") : tr("Theirs")));
        }
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();

    auto *explain = new QLabel(
        tr("Keep theirs drops your changes. Reapply mine saves all your changes over theirs. "
           "Merge keeps their changes and adds yours; where you both changed a field, the Keep "
           "column decides."),
        this);
    explain->setWordWrap(true);

    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_reapplyMine->setObjectName(QStringLiteral("reapplyMineButton"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    buttons->addButton(m_reapplyMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { decide(Decision::KeepTheirs); });
    connect(m_reapplyMine, &QPushButton::clicked, this, [this] { decide(Decision::ReapplyMine); });
    connect(m_merge, &QPushButton::clicked, this, [this] { decide(Decision::Merge); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    resize(760, 360);
}

QHash<QString, EditConflict::Side> ConflictDialog::choices() const
{
    QHash<QString, EditConflict::Side> chosen;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        chosen.insert(it.key(), EditConflict::Side(it.value()->currentData().toInt()));
    return chosen;
}

QJsonObject ConflictDialog::changesToSend() const
{
    switch (m_decision) {
    case Decision::KeepTheirs:
        return {};
    case Decision::ReapplyMine:
        return m_conflict.reapplyMine();
    case Decision::Merge:
        return m_conflict.merge(choices());
    }
    return {};
}

void ConflictDialog::decide(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::KeepTheirs)
        reject();
    else
        accept();
}

} // namespace fielddesk::jobedit
