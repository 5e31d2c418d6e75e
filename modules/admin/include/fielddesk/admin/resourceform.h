// The form of one record: an input per field of its ResourceSpec (line, text box, check box,
// number, time, weekdays, a choice, one or several records of another list, a time zone), the
// server's field errors under the fields they name, and what to send: every field of a new
// record, only what changed of an existing one (the server's PATCH is partial).
// Part of fielddesk_admin.
#pragma once

#include "fielddesk/admin/resourcespec.h"
#include "fielddesk/client/apierror.h"
#include "fielddesk/forms/fielderrormarks.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace fielddesk::map {
class CoordinatePicker;
}

namespace fielddesk::admin {

class AreaPicker;

class ResourceForm : public QWidget
{
    Q_OBJECT

public:
    using FieldError = client::ApiError::FieldError;

    explicit ResourceForm(const QList<ResourceField> &fields, QWidget *parent = nullptr);

    // What a Reference, References or Names field offers.
    void setChoices(const QString &field, const QList<Choice> &choices);

    // Shows a record; an empty one is a new record with the inputs' defaults.
    void load(const QJsonObject &record);
    bool isNew() const { return m_record.isEmpty(); }
    const QJsonObject &record() const { return m_record; }

    // A new record's every field with a value; an existing one's fields that changed. Dotted
    // names are sent nested ("admin.email" in "admin").
    QJsonObject changes() const;
    // Whether anything differs from what was loaded (a new record's defaults included).
    bool hasChanges() const;

    QJsonValue value(const QString &field) const;
    void setValue(const QString &field, const QJsonValue &value);
    QWidget *input(const QString &field) const { return m_marks.input(field); }
    QLabel *errorLabel(const QString &field) const { return m_marks.message(field); }

    // Shows each error at its field and returns those that name no field here; the first
    // wrong field takes the focus.
    QList<FieldError> showErrors(const QList<FieldError> &errors);
    void clearErrors() { m_marks.clear(); }
    QStringList wrongFields() const { return m_marks.wrongFields(); }

    // Opens the map to pick the place a latitude field makes with its longitude.
    map::CoordinatePicker *pickOnMap(const QString &latitudeField);
    // Opens the map to draw an Area field's polygon.
    AreaPicker *drawArea(const QString &areaField);

signals:
    // The user changed something.
    void edited();

private:
    QJsonObject flatChanges() const;
    QWidget *makeInput(const ResourceField &field);
    void addMapButton(const ResourceField &latitude);
    const ResourceField *fieldNamed(const QString &name) const;
    static QJsonValue normalised(const ResourceField &field, const QJsonValue &value);

    QList<ResourceField> m_fields;
    QFormLayout *m_layout;
    forms::FieldErrorMarks m_marks;
    QJsonObject m_record;
    QHash<QString, QVariant> m_shown; // what each field held once loaded
    bool m_loading = false;
};

} // namespace fielddesk::admin
