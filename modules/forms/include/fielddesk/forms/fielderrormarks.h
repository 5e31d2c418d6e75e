// Shows what the server said was wrong where the user typed it: each field has a message line
// under it (hidden while there is nothing to say) and is highlighted while it is wrong. Fields
// are named as the server names them inside `details` ("quantity", "items[0].size").
// Part of fielddesk_forms.
#pragma once

#include "fielddesk/client/apierror.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace fielddesk::forms {

class FieldErrorMarks
{
public:
    using FieldError = client::ApiError::FieldError;

    // The dynamic property a wrong field carries (the form's style sheet highlights it).
    static constexpr const char *kInvalidProperty = "fieldInvalid";

    // A message line for a field, hidden until there is an error to show.
    static QLabel *makeMessageLabel(const QString &field, QWidget *parent);
    // The style sheet rules a form needs for the highlight and the message lines.
    static QString styleSheet();

    void add(const QString &field, QWidget *input, QLabel *message);
    // A row of the form: the title, and the input with its message line under it; the input
    // is named "field_<field>" and marked from now on.
    void addRow(QFormLayout *form, const QString &field, const QString &title, QWidget *input);
    void remove(const QString &field);
    bool contains(const QString &field) const { return m_fields.contains(field); }

    // Shows each error at its field and returns those that name no field known here. An error
    // names its field with or without the `prefix` ("details.").
    QList<FieldError> show(const QList<FieldError> &errors, const QString &prefix = {});
    void clear();

    QWidget *input(const QString &field) const;
    QLabel *message(const QString &field) const;
    // The fields showing an error now.
    QStringList wrongFields() const;

private:
    struct Field
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };
    static void mark(const Field &field, const QString &message);

    QHash<QString, Field> m_fields;
};

} // namespace fielddesk::forms
