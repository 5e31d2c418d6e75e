#include "fielddesk/mywork/requestform.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/mywork/clothinglineseditor.h"
#include "fielddesk/requests/requesttext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fielddesk::mywork {

namespace {

using requests::RequestText;

const QString kDetailsPrefix = QStringLiteral("details.");

// A new time off starts tomorrow at the start of a working day and ends at its close.
constexpr int kTimeOffStartHour = 8;
constexpr int kTimeOffEndHour = 17;
constexpr int kTextBoxLines = 4;

const QStringList kTimeOffTypes{QStringLiteral("vacation"), QStringLiteral("sick"),
                                QStringLiteral("personal"), QStringLiteral("unpaid")};
const QStringList kSeverities{QStringLiteral("low"), QStringLiteral("medium"),
                              QStringLiteral("high"), QStringLiteral("critical")};

QPlainTextEdit *textBox(QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * kTextBoxLines + 2 * box->frameWidth() +
                        2 * int(box->document()->documentMargin()));
    return box;
}

QComboBox *choiceBox(const QStringList &values, QString (*title)(const QString &), QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &value : values)
        box->addItem(title(value), value);
    return box;
}

// What a field's input holds, as JSON.
QJsonValue valueOf(const QWidget *input)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(input))
        return line->text().trimmed();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(input))
        return text->toPlainText().trimmed();
    if (const auto *spin = qobject_cast<const QSpinBox *>(input))
        return spin->value();
    if (const auto *date = qobject_cast<const QDateEdit *>(input))
        return date->date().toString(Qt::ISODate);
    if (const auto *when = qobject_cast<const QDateTimeEdit *>(input))
        // Typed on the company's clock, as every moment of a request is shown.
        return QDateTime(when->date(), when->time(), client::display::timeZone())
            .toUTC()
            .toString(Qt::ISODate);
    if (const auto *box = qobject_cast<const QComboBox *>(input)) {
        const QVariant data = box->currentData();
        if (data.typeId() == QMetaType::LongLong)
            return data.toLongLong();
        return data.toString();
    }
    return {};
}

} // namespace

RequestForm::RequestForm(const QString &kind, const requests::Catalogs &catalogs, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("requestForm"));
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (kind == QLatin1String("tool")) {
        buildTool(catalogs.tools);
    } else if (kind == QLatin1String("clothing")) {
        m_clothing = new ClothingLinesEditor(catalogs.clothingItems, &m_marks, this);
        m_layout->addRow(RequestText::fieldTitle(QStringLiteral("items")), m_clothing);
    } else if (kind == QLatin1String("time_off")) {
        buildTimeOff();
    } else if (kind == QLatin1String("repair")) {
        buildRepair();
    } else if (kind == QLatin1String("suggestion")) {
        addField(QStringLiteral("title"), new QLineEdit(this));
        addField(QStringLiteral("text"), textBox(this));
    } else if (kind == QLatin1String("referral")) {
        buildReferral();
    }
}

template<class Input>
Input *RequestForm::addField(const QString &field, Input *input)
{
    m_marks.addRow(m_layout, field, RequestText::fieldTitle(field), input);
    m_fields.append(field);
    return input;
}

void RequestForm::buildTool(const QList<Tool> &tools)
{
    auto *tool = addField(QStringLiteral("tool_id"), new QComboBox(this));
    for (const Tool &t : tools)
        tool->addItem(t.code.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.code), t.id);
    auto *quantity = addField(QStringLiteral("quantity"), new QSpinBox(this));
    quantity->setRange(1, kMaxToolQuantity);
    auto *neededBy = addField(QStringLiteral("needed_by"), new QDateEdit(this));
    neededBy->setCalendarPopup(true);
    neededBy->setDate(QDate::currentDate().addDays(kDefaultNeededInDays));
    addField(QStringLiteral("reason"), textBox(this));
}

void RequestForm::buildTimeOff()
{
    addField(QStringLiteral("type"),
             choiceBox(kTimeOffTypes, &RequestText::timeOffTypeTitle, this));
    const QDate tomorrow =
        client::display::inTimeZone(QDateTime::currentDateTimeUtc()).date().addDays(1);
    for (const auto &[field, hour] : {std::pair{QStringLiteral("starts_at"), kTimeOffStartHour},
                                      std::pair{QStringLiteral("ends_at"), kTimeOffEndHour}}) {
        auto *when = addField(field, new QDateTimeEdit(this));
        when->setCalendarPopup(true);
        when->setDisplayFormat(RequestText::momentFormat());
        when->setDateTime(QDateTime(tomorrow, QTime(hour, 0)));
    }
    addField(QStringLiteral("note"), textBox(this));
}

void RequestForm::buildRepair()
{
    addField(QStringLiteral("subject"), new QLineEdit(this));
    auto *severity = addField(QStringLiteral("severity"),
                              choiceBox(kSeverities, &RequestText::severityTitle, this));
    severity->setCurrentIndex(int(kSeverities.indexOf(QStringLiteral("medium"))));
    addField(QStringLiteral("description"), textBox(this));
}

void RequestForm::buildReferral()
{
    addField(QStringLiteral("partner_name"), new QLineEdit(this));
    addField(QStringLiteral("contact_name"), new QLineEdit(this));
    addField(QStringLiteral("contact_phone"), new QLineEdit(this));
    addField(QStringLiteral("contact_email"), new QLineEdit(this));
    addField(QStringLiteral("notes"), textBox(this));
}

QJsonObject RequestForm::details() const
{
    // What the server does not require is left out when empty (an empty email is no email).
    static const QStringList optional{QStringLiteral("note"), QStringLiteral("contact_phone"),
                                      QStringLiteral("contact_email")};
    QJsonObject details;
    for (const QString &field : m_fields) {
        const QJsonValue value = valueOf(m_marks.input(field));
        if (optional.contains(field) && value.toString().isEmpty())
            continue;
        details.insert(field, value);
    }
    if (m_clothing)
        details.insert(QStringLiteral("items"), m_clothing->items());
    return details;
}

QList<client::ApiError::FieldError>
RequestForm::showFieldErrors(const QList<client::ApiError::FieldError> &errors)
{
    QList<client::ApiError::FieldError> elsewhere;
    QList<client::ApiError::FieldError> inDetails;
    for (const client::ApiError::FieldError &error : errors) {
        if (error.field.startsWith(kDetailsPrefix))
            inDetails.append(error);
        else
            elsewhere.append(error);
    }
    elsewhere += m_marks.show(inDetails, kDetailsPrefix);
    const QString first = firstWrongField();
    if (!first.isEmpty())
        m_marks.input(first)->setFocus();
    return elsewhere;
}

QString RequestForm::firstWrongField() const
{
    // The form's own fields in their order, else the first of the clothing lines'.
    const QStringList wrong = m_marks.wrongFields();
    for (const QString &field : m_fields) {
        if (wrong.contains(field))
            return field;
    }
    return wrong.value(0);
}

void RequestForm::clearFieldErrors()
{
    m_marks.clear();
}

} // namespace fielddesk::mywork
