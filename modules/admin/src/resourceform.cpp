#include "fielddesk/admin/resourceform.h"

#include "fielddesk/admin/areapicker.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/map/coordinatepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fielddesk::admin {

namespace {

// A field's value in a record; "settings.shift_start" is {"settings": {"shift_start": …}}.
QJsonValue recordValue(const QJsonObject &record, const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0 || record.contains(name))
        return record.value(name);
    return recordValue(record.value(name.left(dot)).toObject(), name.mid(dot + 1));
}

using Kind = ResourceField::Kind;

constexpr int kListRows = 5;  // a list of choices shows this many before it scrolls
constexpr int kTextLines = 3; // a text box's height
const QString kTimeFormat = QStringLiteral("HH:mm");

// Seven check boxes, Monday first, as ISO weekdays.
class WeekdaysBox : public QWidget
{
public:
    explicit WeekdaysBox(QWidget *parent)
        : QWidget(parent)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        const QLocale locale;
        for (int day = 1; day <= 7; ++day) {
            auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
            box->setObjectName(QStringLiteral("weekday_%1").arg(day));
            layout->addWidget(box);
            m_days << box;
        }
        layout->addStretch(1);
    }

    QJsonArray days() const
    {
        QJsonArray days;
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days.at(i)->isChecked())
                days.append(i + 1);
        }
        return days;
    }

    void setDays(const QJsonArray &days)
    {
        for (int i = 0; i < m_days.size(); ++i)
            m_days.at(i)->setChecked(days.contains(i + 1));
    }

    const QList<QCheckBox *> &boxes() const { return m_days; }

private:
    QList<QCheckBox *> m_days;
};

// An area's corners in words ("none", "4 corners") with the button that draws it; the corners
// themselves are kept as the server sends them.
class AreaBox : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(fielddesk::admin::ResourceForm)

public:
    explicit AreaBox(QWidget *parent)
        : QWidget(parent)
        , m_summary(new QLabel(this))
        , m_draw(new QPushButton(tr("Draw on the map…"), this))
    {
        m_summary->setObjectName(QStringLiteral("areaSummary"));
        m_draw->setObjectName(QStringLiteral("drawArea"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_summary);
        layout->addWidget(m_draw);
        layout->addStretch(1);
        setArea(QJsonValue::Null);
    }

    QPushButton *drawButton() const { return m_draw; }
    const QJsonValue &area() const { return m_area; }

    void setArea(const QJsonValue &area)
    {
        m_area = area.isArray() && !area.toArray().isEmpty() ? area : QJsonValue::Null;
        const int corners = int(m_area.toArray().size());
        m_summary->setText(corners == 0 ? tr("none") : tr("%n corners", nullptr, corners));
    }

private:
    QLabel *m_summary;
    QPushButton *m_draw;
    QJsonValue m_area = QJsonValue::Null;
};

QJsonArray checkedValues(const QListWidget *list)
{
    QJsonArray values;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            values.append(QJsonValue::fromVariant(item->data(Qt::UserRole)));
    }
    return values;
}

// Arrays compared as sets (but for the corners of an area, in order), times to the minute,
// numbers as numbers.
QVariant comparable(const QJsonValue &value)
{
    if (value.isArray() && !value.toArray().at(0).isObject()) {
        QVariantList items = value.toArray().toVariantList();
        std::sort(items.begin(), items.end(),
                  [](const QVariant &a, const QVariant &b) { return a.toString() < b.toString(); });
        return items;
    }
    return value.toVariant();
}

} // namespace

ResourceForm::ResourceForm(const QList<ResourceField> &fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_layout(new QFormLayout)
{
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    // The rows keep their height; the room left goes under them.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ResourceField &field : std::as_const(m_fields)) {
        QWidget *input = makeInput(field);
        input->setToolTip(field.help);
        m_marks.addRow(m_layout, field.name, field.title, input);
        // Under a place's longitude, the button that picks both on the map.
        for (const ResourceField &latitude : std::as_const(m_fields)) {
            if (latitude.kind != Kind::Area && latitude.longitudeField == field.name)
                addMapButton(latitude);
        }
    }
}

void ResourceForm::addMapButton(const ResourceField &latitude)
{
    auto *button = new QPushButton(tr("Pick on the map…"), this);
    button->setObjectName(QStringLiteral("pickOnMap_") + latitude.name);
    button->setToolTip(tr("Click the place on the map instead of typing its coordinates"));
    connect(button, &QPushButton::clicked, this, [this, name = latitude.name] { pickOnMap(name); });
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    m_layout->addRow(QString(), row);
}

namespace {

// Six decimals: well under a metre, as the server keeps them.
double roundedDegrees(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

} // namespace

AreaPicker *ResourceForm::drawArea(const QString &areaField)
{
    const ResourceField *field = fieldNamed(areaField);
    if (!field || field->kind != Kind::Area)
        return nullptr;
    std::optional<QPointF> place;
    if (const ResourceField *latitude = fieldNamed(field->longitudeField)) {
        const QJsonValue lat = value(latitude->name);
        const QJsonValue lon = value(latitude->longitudeField);
        if (lat.isDouble() && lon.isDouble())
            place = QPointF(lon.toDouble(), lat.toDouble());
    }
    auto *picker = new AreaPicker(
        geoAreaFromJson(QJsonDocument(value(areaField).toArray()).toJson(QJsonDocument::Compact)),
        place, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, areaField] {
        QJsonArray corners;
        for (const GeoPoint &corner : picker->corners())
            corners.append(
                QJsonObject{{QStringLiteral("latitude"), roundedDegrees(corner.latitude)},
                            {QStringLiteral("longitude"), roundedDegrees(corner.longitude)}});
        setValue(areaField, corners.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(corners));
        emit edited();
    });
    picker->open();
    return picker;
}

map::CoordinatePicker *ResourceForm::pickOnMap(const QString &latitudeField)
{
    const ResourceField *latitude = fieldNamed(latitudeField);
    if (!latitude || latitude->longitudeField.isEmpty())
        return nullptr;
    const QJsonValue lat = value(latitude->name);
    const QJsonValue lon = value(latitude->longitudeField);
    std::optional<QPointF> chosen;
    if (lat.isDouble() && lon.isDouble())
        chosen = QPointF(lon.toDouble(), lat.toDouble());
    auto *picker = new map::CoordinatePicker(chosen, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker, latName = latitude->name, lonName = latitude->longitudeField] {
                const std::optional<QPointF> place = picker->chosen();
                if (!place)
                    return;
                setValue(latName, roundedDegrees(place->y()));
                setValue(lonName, roundedDegrees(place->x()));
                emit edited();
            });
    picker->open();
    return picker;
}

QWidget *ResourceForm::makeInput(const ResourceField &field)
{
    const auto edited = [this] {
        if (!m_loading)
            emit this->edited();
    };
    switch (field.kind) {
    case Kind::Text:
    case Kind::Email:
    case Kind::Password:
    case Kind::Integer:
    case Kind::Number:
    case Kind::Currency: {
        auto *line = new QLineEdit(this);
        if (field.kind == Kind::Password) {
            line->setEchoMode(QLineEdit::Password);
            // Only a record's password that can be changed stays as it is when left empty.
            if (!field.createOnly)
                line->setPlaceholderText(tr("(unchanged)"));
        }
        if (field.kind == Kind::Integer && field.maximum > field.minimum)
            line->setValidator(new QIntValidator(field.minimum, field.maximum, line));
        if (field.kind == Kind::Currency) {
            line->setMaxLength(3);
            line->setPlaceholderText(QStringLiteral("USD"));
        }
        connect(line, &QLineEdit::textEdited, this, edited);
        return line;
    }
    case Kind::LongText: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * kTextLines +
                             2 * text->frameWidth() + int(2 * text->document()->documentMargin()));
        connect(text, &QPlainTextEdit::textChanged, this, edited);
        return text;
    }
    case Kind::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, edited);
        return box;
    }
    case Kind::Time: {
        auto *time = new QTimeEdit(this);
        time->setDisplayFormat(client::display::timePattern());
        connect(time, &QTimeEdit::timeChanged, this, edited);
        return time;
    }
    case Kind::Weekdays: {
        auto *days = new WeekdaysBox(this);
        for (QCheckBox *box : days->boxes())
            connect(box, &QCheckBox::toggled, this, edited);
        return days;
    }
    case Kind::Choice:
    case Kind::Reference:
    case Kind::TimeZone: {
        auto *box = new QComboBox(this);
        if (field.kind == Kind::Choice) {
            for (const Choice &choice : field.choices)
                box->addItem(choice.title, choice.value.toVariant());
        } else if (field.kind == Kind::TimeZone) {
            box->setEditable(true);
            const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
            for (const QByteArray &zone : zones)
                box->addItem(QString::fromLatin1(zone));
        }
        connect(box, &QComboBox::currentIndexChanged, this, edited);
        if (box->isEditable())
            connect(box, &QComboBox::editTextChanged, this, edited);
        return box;
    }
    case Kind::References:
    case Kind::Names: {
        auto *list = new QListWidget(this);
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * (kListRows + 1));
        connect(list, &QListWidget::itemChanged, this, edited);
        return list;
    }
    case Kind::Area: {
        auto *box = new AreaBox(this);
        connect(box->drawButton(), &QPushButton::clicked, this,
                [this, name = field.name] { drawArea(name); });
        return box;
    }
    }
    return new QWidget(this);
}

const ResourceField *ResourceForm::fieldNamed(const QString &name) const
{
    for (const ResourceField &field : m_fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

void ResourceForm::setChoices(const QString &fieldName, const QList<Choice> &choices)
{
    const ResourceField *field = fieldNamed(fieldName);
    if (!field)
        return;
    m_loading = true;
    const QJsonValue current = value(fieldName);
    QWidget *widget = input(fieldName);
    if (auto *box = qobject_cast<QComboBox *>(widget)) {
        box->clear();
        if (field->nullable)
            box->addItem(tr("(none)"), QVariant());
        for (const Choice &choice : choices)
            box->addItem(choice.title, choice.value.toVariant());
    } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
        list->clear();
        for (const Choice &choice : choices) {
            auto *item = new QListWidgetItem(choice.title, list);
            item->setData(Qt::UserRole, choice.value.toVariant());
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_loading = false;
    // What the record holds stays chosen.
    const QJsonValue held = recordValue(m_record, fieldName);
    const QJsonValue shown = held.isUndefined() ? current : held;
    setValue(fieldName, shown);
    // Choices arriving are no change of the user's.
    m_shown.insert(fieldName, comparable(normalised(*field, value(fieldName))));
}

QJsonValue ResourceForm::value(const QString &fieldName) const
{
    const ResourceField *field = fieldNamed(fieldName);
    QWidget *widget = input(fieldName);
    if (!field || !widget)
        return QJsonValue::Undefined;
    switch (field->kind) {
    case Kind::Text:
    case Kind::Email: {
        const QString text = static_cast<QLineEdit *>(widget)->text().trimmed();
        return text.isEmpty() && field->nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case Kind::Password: {
        const QString text = static_cast<QLineEdit *>(widget)->text();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Currency:
        return static_cast<QLineEdit *>(widget)->text().trimmed().toUpper();
    case Kind::Integer:
    case Kind::Number: {
        const QString text = static_cast<QLineEdit *>(widget)->text().trimmed();
        if (text.isEmpty())
            return field->nullable ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonValue::Undefined);
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
        if (!ok)
            return QJsonValue(text); // the server says what is wrong with it
        return field->kind == Kind::Integer ? QJsonValue(qint64(number)) : QJsonValue(number);
    }
    case Kind::LongText:
        return static_cast<QPlainTextEdit *>(widget)->toPlainText();
    case Kind::Boolean:
        return static_cast<QCheckBox *>(widget)->isChecked();
    case Kind::Time:
        return static_cast<QTimeEdit *>(widget)->time().toString(kTimeFormat);
    case Kind::Weekdays:
        return static_cast<WeekdaysBox *>(widget)->days();
    case Kind::Choice:
    case Kind::Reference: {
        const QVariant chosen = static_cast<QComboBox *>(widget)->currentData();
        return chosen.isValid() ? QJsonValue::fromVariant(chosen) : QJsonValue(QJsonValue::Null);
    }
    case Kind::TimeZone:
        return static_cast<QComboBox *>(widget)->currentText().trimmed();
    case Kind::References:
    case Kind::Names:
        return checkedValues(static_cast<QListWidget *>(widget));
    case Kind::Area:
        return static_cast<AreaBox *>(widget)->area();
    }
    return QJsonValue::Undefined;
}

void ResourceForm::setValue(const QString &fieldName, const QJsonValue &value)
{
    const ResourceField *field = fieldNamed(fieldName);
    QWidget *widget = input(fieldName);
    if (!field || !widget)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    switch (field->kind) {
    case Kind::Text:
    case Kind::Email:
    case Kind::Currency:
        static_cast<QLineEdit *>(widget)->setText(value.toString());
        break;
    case Kind::Password:
        static_cast<QLineEdit *>(widget)->clear();
        break;
    case Kind::Integer:
    case Kind::Number:
        static_cast<QLineEdit *>(widget)->setText(
            value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 12) : QString());
        break;
    case Kind::LongText:
        static_cast<QPlainTextEdit *>(widget)->setPlainText(value.toString());
        break;
    case Kind::Boolean:
        static_cast<QCheckBox *>(widget)->setChecked(value.toBool(true));
        break;
    case Kind::Time:
        static_cast<QTimeEdit *>(widget)->setTime(
            QTime::fromString(value.toString().left(5), kTimeFormat));
        break;
    case Kind::Weekdays:
        static_cast<WeekdaysBox *>(widget)->setDays(value.toArray());
        break;
    case Kind::Choice:
    case Kind::Reference: {
        auto *box = static_cast<QComboBox *>(widget);
        const int index = box->findData(value.toVariant());
        box->setCurrentIndex(index >= 0 ? index : (value.isNull() || value.isUndefined() ? 0 : -1));
        break;
    }
    case Kind::TimeZone:
        static_cast<QComboBox *>(widget)->setCurrentText(value.toString());
        break;
    case Kind::References:
    case Kind::Names: {
        auto *list = static_cast<QListWidget *>(widget);
        const QVariantList chosen = value.toArray().toVariantList();
        QVariantList missing = chosen;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const bool on = chosen.contains(item->data(Qt::UserRole));
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            missing.removeAll(item->data(Qt::UserRole));
        }
        // A value the list does not offer (yet) stays chosen.
        for (const QVariant &extra : std::as_const(missing)) {
            auto *item = new QListWidgetItem(extra.toString(), list);
            item->setData(Qt::UserRole, extra);
            item->setCheckState(Qt::Checked);
        }
        break;
    }
    case Kind::Area:
        static_cast<AreaBox *>(widget)->setArea(value);
        break;
    }
    m_loading = wasLoading;
}

void ResourceForm::load(const QJsonObject &record)
{
    m_marks.clear();
    m_record = record;
    m_loading = true;
    for (const ResourceField &field : std::as_const(m_fields)) {
        const bool initial = record.isEmpty() && !field.initial.isUndefined();
        setValue(field.name, initial ? field.initial : recordValue(record, field.name));
        // Who a profile belongs to is chosen once, when it is made.
        if (QWidget *widget = input(field.name))
            widget->setEnabled(!field.createOnly || record.isEmpty());
    }
    m_loading = false;
    m_shown.clear();
    for (const ResourceField &field : std::as_const(m_fields))
        m_shown.insert(field.name, comparable(normalised(field, value(field.name))));
}

bool ResourceForm::hasChanges() const
{
    for (const ResourceField &field : m_fields) {
        if (comparable(normalised(field, value(field.name))) != m_shown.value(field.name))
            return true;
    }
    return false;
}

QJsonValue ResourceForm::normalised(const ResourceField &field, const QJsonValue &value)
{
    if (field.kind == Kind::Time)
        return value.toString().left(5);
    return value;
}

namespace {

// {"admin.email": x} as {"admin": {"email": x}}: the shape of a record made with its parts.
QJsonObject nested(const QJsonObject &flat)
{
    QJsonObject shaped;
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        if (dot < 0) {
            shaped.insert(it.key(), it.value());
            continue;
        }
        const QString outer = it.key().left(dot);
        QJsonObject part = shaped.value(outer).toObject();
        part.insert(it.key().mid(dot + 1), it.value());
        shaped.insert(outer, part);
    }
    return shaped;
}

} // namespace

QJsonObject ResourceForm::changes() const
{
    return nested(flatChanges());
}

QJsonObject ResourceForm::flatChanges() const
{
    QJsonObject changed;
    for (const ResourceField &field : m_fields) {
        const QJsonValue now = value(field.name);
        if (now.isUndefined())
            continue;
        if (isNew()) {
            const bool empty =
                now.isNull() || (now.isString() && now.toString().isEmpty()) ||
                (now.isArray() && now.toArray().isEmpty() && field.kind != Kind::Weekdays);
            if (!empty)
                changed.insert(field.name, now);
            continue;
        }
        if (field.createOnly)
            continue;
        if (comparable(normalised(field, now)) !=
            comparable(normalised(field, recordValue(m_record, field.name))))
            changed.insert(field.name, now);
    }
    return changed;
}

QList<ResourceForm::FieldError> ResourceForm::showErrors(const QList<FieldError> &errors)
{
    const QList<FieldError> elsewhere = m_marks.show(errors);
    for (const FieldError &error : errors) {
        if (QWidget *widget = m_marks.input(error.field)) {
            widget->setFocus();
            break;
        }
    }
    return elsewhere;
}

} // namespace fielddesk::admin
