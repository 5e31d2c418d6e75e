#include "fielddesk/fleet/fleetformdialog.h"

#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::fleet {

namespace {

// Wide enough for the server's sentences (a reading refused names two readings).
constexpr int kFormDialogMinimumWidth = 460;

} // namespace

FleetFormDialog::FleetFormDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_marks(std::make_unique<forms::FieldErrorMarks>())
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, objectName + QStringLiteral("Message"), this))
    , m_form(new QFormLayout)
    , m_extra(new QVBoxLayout)
    , m_save(nullptr)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    setMinimumWidth(kFormDialogMinimumWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(objectName + QStringLiteral("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FleetFormDialog::startSending);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addLayout(m_extra);
    layout->addWidget(buttons);
}

FleetFormDialog::~FleetFormDialog() = default;

void FleetFormDialog::addField(const QString &field, const QString &title, QWidget *input)
{
    m_marks->addRow(m_form, field, title, input);
}

void FleetFormDialog::startSending()
{
    m_marks->clear();
    m_message->showMessage({});
    setSending(true);
    send();
}

void FleetFormDialog::setSending(bool sending)
{
    m_save->setEnabled(!sending);
}

void FleetFormDialog::refused(const client::ApiError &error)
{
    forms::FormRefusal::show(
        error,
        [this](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            return m_marks->show(errors);
        },
        m_message);
    // The message and the marks take room: the dialog grows to show them.
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace fielddesk::fleet
