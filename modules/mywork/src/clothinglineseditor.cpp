#include "fielddesk/mywork/clothinglineseditor.h"

#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/requests/requesttext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace fielddesk::mywork {

namespace {

enum LineColumn { ItemColumn, SizeColumn, QuantityColumn, RemoveColumn };
// Row 0 holds the column titles; each line takes two rows (its fields, their messages).
constexpr int kFirstLineRow = 1;
constexpr int kRowsPerLine = 2;

} // namespace

ClothingLinesEditor::ClothingLinesEditor(const QList<ClothingItem> &catalog,
                                         forms::FieldErrorMarks *marks,
                                         QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_marks(marks)
{
    setObjectName(QStringLiteral("clothingLines"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(ItemColumn, 1);
    using requests::RequestText;
    m_grid->addWidget(new QLabel(RequestText::fieldTitle(QStringLiteral("clothing_item_id")), this),
                      0, ItemColumn);
    m_grid->addWidget(new QLabel(RequestText::fieldTitle(QStringLiteral("size")), this), 0,
                      SizeColumn);
    m_grid->addWidget(new QLabel(RequestText::fieldTitle(QStringLiteral("quantity")), this), 0,
                      QuantityColumn);
    layout->addLayout(m_grid);

    QLabel *itemsMessage = forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("items"), this);
    m_marks->add(QStringLiteral("items"), this, itemsMessage);
    layout->addWidget(itemsMessage);

    m_add = new QPushButton(tr("Add a line"), this);
    m_add->setObjectName(QStringLiteral("addClothingLineButton"));
    m_add->setToolTip(tr("Ask for another item (at most %n lines)", nullptr, kMaxLines));
    connect(m_add, &QPushButton::clicked, this, &ClothingLinesEditor::addLine);
    layout->addWidget(m_add, 0, Qt::AlignLeft);

    addLine();
}

QStringList ClothingLinesEditor::lineFields(int line)
{
    const QString prefix = QStringLiteral("items[%1].").arg(line);
    return {prefix + QStringLiteral("clothing_item_id"), prefix + QStringLiteral("size"),
            prefix + QStringLiteral("quantity")};
}

void ClothingLinesEditor::addLine()
{
    if (m_lines.size() >= kMaxLines)
        return;
    Line line;
    line.item = new QComboBox(this);
    for (const ClothingItem &item : std::as_const(m_catalog))
        line.item->addItem(item.name, item.id);
    line.size = new QComboBox(this);
    line.quantity = new QSpinBox(this);
    line.quantity->setRange(1, kMaxQuantity);
    line.remove = new QToolButton(this);
    line.remove->setText(tr("Remove"));
    line.remove->setToolTip(tr("Remove this line"));
    for (int i = 0; i < 3; ++i)
        line.messages << forms::FieldErrorMarks::makeMessageLabel({}, this);
    fillSizes(line);
    connect(line.item, &QComboBox::currentIndexChanged, this, [this, box = line.item] {
        for (const Line &l : std::as_const(m_lines)) {
            if (l.item == box)
                fillSizes(l);
        }
    });
    connect(line.remove, &QToolButton::clicked, this, [this, button = line.remove] {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).remove == button) {
                removeLine(i);
                return;
            }
        }
    });
    m_lines.append(line);
    arrange();
    line.item->setFocus();
}

void ClothingLinesEditor::removeLine(int index)
{
    if (m_lines.size() <= 1 || index < 0 || index >= m_lines.size())
        return;
    const Line line = m_lines.takeAt(index);
    for (QWidget *widget : widgetsOf(line)) {
        m_grid->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    }
    arrange();
    m_lines.at(qMin(index, int(m_lines.size()) - 1)).item->setFocus();
}

QList<QWidget *> ClothingLinesEditor::widgetsOf(const Line &line)
{
    QList<QWidget *> widgets{line.item, line.size, line.quantity, line.remove};
    for (QLabel *message : line.messages)
        widgets << message;
    return widgets;
}

void ClothingLinesEditor::fillSizes(const Line &line)
{
    const QString current = line.size->currentText();
    line.size->clear();
    const qint64 id = line.item->currentData().toLongLong();
    for (const ClothingItem &item : std::as_const(m_catalog)) {
        if (item.id == id)
            line.size->addItems(item.sizes);
    }
    const int keep = line.size->findText(current);
    if (keep >= 0)
        line.size->setCurrentIndex(keep);
}

void ClothingLinesEditor::arrange()
{
    // Positions change when a line goes: the errors shown belong to the old positions.
    m_marks->clear();
    for (int i = 0; i <= kMaxLines; ++i) {
        for (const QString &field : lineFields(i))
            m_marks->remove(field);
    }
    QWidget *previous = nullptr;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const int row = kFirstLineRow + i * kRowsPerLine;
        const QStringList fields = lineFields(i);
        const QList<QWidget *> inputs{line.item, line.size, line.quantity};
        for (int column = ItemColumn; column <= QuantityColumn; ++column) {
            QWidget *input = inputs.at(column);
            QLabel *message = line.messages.at(column);
            input->setObjectName(QStringLiteral("field_") + fields.at(column));
            message->setObjectName(QStringLiteral("error_") + fields.at(column));
            m_grid->addWidget(input, row, column);
            m_grid->addWidget(message, row + 1, column);
            m_marks->add(fields.at(column), input, message);
            if (previous)
                setTabOrder(previous, input);
            previous = input;
        }
        line.remove->setObjectName(QStringLiteral("removeClothingLine_%1").arg(i));
        line.remove->setEnabled(m_lines.size() > 1);
        m_grid->addWidget(line.remove, row, RemoveColumn);
        setTabOrder(previous, line.remove);
        previous = line.remove;
    }
    if (previous)
        setTabOrder(previous, m_add);
    m_add->setEnabled(m_lines.size() < kMaxLines);
}

QJsonArray ClothingLinesEditor::items() const
{
    QJsonArray items;
    for (const Line &line : m_lines) {
        items.append(
            QJsonObject{{QStringLiteral("clothing_item_id"), line.item->currentData().toLongLong()},
                        {QStringLiteral("size"), line.size->currentText()},
                        {QStringLiteral("quantity"), line.quantity->value()}});
    }
    return items;
}

} // namespace fielddesk::mywork
