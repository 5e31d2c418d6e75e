// The form of one kind of request: its fields as the server names them inside `details`
// (tools and clothing items from the catalogs), what they hold as the `details` object the
// server takes, and the server's field errors shown under the fields they name.
// Part of fielddesk_mywork.
#pragma once

#include "fielddesk/client/apierror.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/requests/requestsclient.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;

namespace fielddesk::mywork {

class ClothingLinesEditor;

class RequestForm : public QWidget
{
    Q_OBJECT

public:
    // The server's limits on a tool request's quantity.
    static constexpr int kMaxToolQuantity = 1000;
    // How far ahead a new tool request's "needed by" starts.
    static constexpr int kDefaultNeededInDays = 7;

    RequestForm(const QString &kind, const requests::Catalogs &catalogs, QWidget *parent = nullptr);

    QString kind() const { return m_kind; }
    // What the fields hold, as the request's `details` (optional fields left empty are left
    // out).
    QJsonObject details() const;

    // Shows each error at the field it names ("details.quantity", "details.items[0].size");
    // returns those that name no field of this form. The first wrong field takes the focus.
    QList<client::ApiError::FieldError>
    showFieldErrors(const QList<client::ApiError::FieldError> &errors);
    void clearFieldErrors();
    QStringList wrongFields() const { return m_marks.wrongFields(); }
    // The wrong field that comes first in the form (it has the focus); empty: none.
    QString firstWrongField() const;

    // The input of a field and the line under it that says what is wrong with it.
    QWidget *input(const QString &field) const { return m_marks.input(field); }
    QLabel *errorLabel(const QString &field) const { return m_marks.message(field); }
    // The clothing request's lines; null for the other kinds.
    ClothingLinesEditor *clothingLines() const { return m_clothing; }

private:
    template<class Input>
    Input *addField(const QString &field, Input *input);
    void buildTool(const QList<Tool> &tools);
    void buildTimeOff();
    void buildRepair();
    void buildReferral();

    QString m_kind;
    QFormLayout *m_layout = nullptr;
    forms::FieldErrorMarks m_marks;
    QStringList m_fields; // the fields added with addField, in the form's order
    ClothingLinesEditor *m_clothing = nullptr;
};

} // namespace fielddesk::mywork
