// What every fleet dialog that sends a record shares: a form whose fields are named as the
// server names them, a Save button that sends (the subclass's send()), and the server's refusal
// shown beside the fields it names (or at the top) while the dialog stays open with what the
// user typed; accepted once the server took it. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/client/apiresult.h"

#include <QDialog>

#include <functional>
#include <memory>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace fielddesk::forms {
class FieldErrorMarks;
class MessageLabel;
} // namespace fielddesk::forms

namespace fielddesk::fleet {

class FleetFormDialog : public QDialog
{
    Q_OBJECT

public:
    FleetFormDialog(const QString &objectName, const QString &title, QWidget *parent = nullptr);
    ~FleetFormDialog() override;

    QPushButton *saveButton() const { return m_save; }
    forms::FieldErrorMarks &marks() const { return *m_marks; }
    forms::MessageLabel *messageLabel() const { return m_message; }

protected:
    // A row of the form for the field the server calls `field`.
    void addField(const QString &field, const QString &title, QWidget *input);
    // Room for more than the form (a list of receipts) between the form and the buttons.
    QVBoxLayout *extraArea() const { return m_extra; }
    // Sends what the fields say; hands the answer to answering().
    virtual void send() = 0;
    // The answer handler of send(): on success `saved` runs and the dialog closes, a refusal
    // is shown and the dialog stays.
    template<class T>
    std::function<void(const client::ApiResult<T> &)>
    answering(std::function<void(const T &)> saved)
    {
        return [this, saved = std::move(saved)](const client::ApiResult<T> &result) {
            setSending(false);
            if (!result) {
                refused(result.error());
                return;
            }
            saved(*result);
            accept();
        };
    }
    // Shows the refusal; a dialog may say more (the reading it conflicts with).
    virtual void refused(const client::ApiError &error);
    void setSending(bool sending);

private:
    void startSending();

    std::unique_ptr<forms::FieldErrorMarks> m_marks;
    forms::MessageLabel *m_message;
    QFormLayout *m_form;
    QVBoxLayout *m_extra;
    QPushButton *m_save;
};

} // namespace fielddesk::fleet
