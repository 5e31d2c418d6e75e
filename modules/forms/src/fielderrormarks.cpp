#include "fielddesk/forms/fielderrormarks.h"

#include "fielddesk/theme/palette.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace fielddesk::forms {

QLabel *FieldErrorMarks::makeMessageLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QString FieldErrorMarks::styleSheet()
{
    using theme::Colour;
    return QStringLiteral("*[%1=\"true\"] { border: 1px solid %2; background: %3; }"
                          "QLabel[role=\"fieldError\"] { color: %4; }")
        .arg(QLatin1String(kInvalidProperty), theme::css(Colour::ErrorBorder),
             theme::css(Colour::ErrorBackground), theme::css(Colour::ErrorText));
}

void FieldErrorMarks::add(const QString &field, QWidget *input, QLabel *message)
{
    m_fields.insert(field, {input, message});
}

namespace {

// "&Name:" reads "Name"; "R&&D" reads "R&D".
QString withoutMnemonic(QString title)
{
    for (int i = 0; i < title.size(); ++i) {
        if (title.at(i) == QLatin1Char('&'))
            title.remove(i, 1); // the next character stays, so "&&" leaves one '&'
    }
    if (title.endsWith(QLatin1Char(':')))
        title.chop(1);
    return title.trimmed();
}

} // namespace

void FieldErrorMarks::addRow(QFormLayout *form,
                             const QString &field,
                             const QString &title,
                             QWidget *input)
{
    QWidget *owner = form->parentWidget();
    input->setObjectName(QStringLiteral("field_") + field);
    auto *cell = new QWidget(owner);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    QLabel *message = makeMessageLabel(field, cell);
    layout->addWidget(message);
    auto *label = new QLabel(title, owner);
    label->setBuddy(input);
    // The label sits beside the cell, not beside the input, where assistive technology looks
    // for a buddy: the input carries the name itself.
    input->setAccessibleName(withoutMnemonic(title));
    form->addRow(label, cell);
    add(field, input, message);
}

void FieldErrorMarks::remove(const QString &field)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend())
        return;
    mark(*it, {});
    m_fields.erase(it);
}

QList<FieldErrorMarks::FieldError> FieldErrorMarks::show(const QList<FieldError> &errors,
                                                         const QString &prefix)
{
    clear();
    QHash<QString, QStringList> messages;
    QList<FieldError> elsewhere;
    for (const FieldError &error : errors) {
        QString field = error.field;
        if (!prefix.isEmpty() && field.startsWith(prefix))
            field.remove(0, prefix.size());
        if (!m_fields.contains(field)) {
            elsewhere.append(error);
            continue;
        }
        // The server's words start in lower case ("may not be empty"): a line of its own
        // starts with a capital.
        QString message = error.message;
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper();
        messages[field].append(message);
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        mark(m_fields.value(it.key()), it.value().join(QLatin1Char('\n')));
    return elsewhere;
}

void FieldErrorMarks::clear()
{
    for (const Field &field : std::as_const(m_fields))
        mark(field, {});
}

QWidget *FieldErrorMarks::input(const QString &field) const
{
    return m_fields.value(field).input;
}

QLabel *FieldErrorMarks::message(const QString &field) const
{
    return m_fields.value(field).message;
}

QStringList FieldErrorMarks::wrongFields() const
{
    QStringList fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->message && !it->message->isHidden())
            fields << it.key();
    }
    fields.sort();
    return fields;
}

void FieldErrorMarks::mark(const Field &field, const QString &message)
{
    if (field.message) {
        field.message->setText(message);
        field.message->setVisible(!message.isEmpty());
    }
    if (field.input && field.input->property(kInvalidProperty).toBool() != !message.isEmpty()) {
        field.input->setProperty(kInvalidProperty, !message.isEmpty());
        // Style sheets read dynamic properties only when the style is applied again.
        field.input->style()->unpolish(field.input);
        field.input->style()->polish(field.input);
        field.input->update();
    }
}

} // namespace fielddesk::forms
