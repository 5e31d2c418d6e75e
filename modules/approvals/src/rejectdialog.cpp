#include "fielddesk/approvals/rejectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fielddesk::approvals {

RejectDialog::RejectDialog(int requestCount, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(requestCount == 1 ? tr("Reject request")
                                     : tr("Reject %n requests", nullptr, requestCount));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Why? The requester reads this comment."), this);
    prompt->setBuddy(m_comment);
    layout->addWidget(prompt);
    m_comment->setObjectName(QStringLiteral("rejectComment"));
    m_comment->setTabChangesFocus(true);
    layout->addWidget(m_comment);
    QPushButton *reject = m_buttons->addButton(tr("&Reject"), QDialogButtonBox::AcceptRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RejectDialog::followComment);
    followComment();
    m_comment->setFocus();
}

QString RejectDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void RejectDialog::followComment()
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!comment().isEmpty());
    }
}

} // namespace fielddesk::approvals
