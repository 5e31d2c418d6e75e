// The lines of a clothing request: 1 to 20 lines of item, size (one of the item's sizes) and
// quantity, each with its own error lines for what the server says about it
// ("items[2].size"). Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/requests.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace fielddesk::forms {
class FieldErrorMarks;
}

namespace fielddesk::mywork {

class ClothingLinesEditor : public QWidget
{
    Q_OBJECT

public:
    // The server's limits: lines per request, pieces per line.
    static constexpr int kMaxLines = 20;
    static constexpr int kMaxQuantity = 100;

    // Registers its fields ("items", "items[i].clothing_item_id", ".size", ".quantity") with
    // marks, which must outlive it.
    ClothingLinesEditor(const QList<ClothingItem> &catalog,
                        forms::FieldErrorMarks *marks,
                        QWidget *parent = nullptr);

    int lineCount() const { return int(m_lines.size()); }
    // [{clothing_item_id, size, quantity}], one object a line.
    QJsonArray items() const;

    QComboBox *itemBox(int line) const { return m_lines.at(line).item; }
    QComboBox *sizeBox(int line) const { return m_lines.at(line).size; }
    QSpinBox *quantityBox(int line) const { return m_lines.at(line).quantity; }
    QPushButton *addButton() const { return m_add; }

    void addLine();
    void removeLine(int line);

private:
    struct Line
    {
        QComboBox *item = nullptr;
        QComboBox *size = nullptr;
        QSpinBox *quantity = nullptr;
        QToolButton *remove = nullptr;
        QList<QLabel *> messages; // item, size, quantity
    };

    static QList<QWidget *> widgetsOf(const Line &line);
    void fillSizes(const Line &line);
    // Puts the lines in the grid in order and names their fields after their positions.
    void arrange();
    static QStringList lineFields(int line);

    QList<ClothingItem> m_catalog;
    forms::FieldErrorMarks *m_marks;
    QGridLayout *m_grid = nullptr;
    QList<Line> m_lines;
    QPushButton *m_add = nullptr;
};

} // namespace fielddesk::mywork
