// Asks why a request (or several) is rejected: the comment the requester will read. The
// server refuses a rejection without one, so the dialog does too. Part of fielddesk_approvals.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace fielddesk::approvals {

class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    RejectDialog(int requestCount, QWidget *parent = nullptr);

    QString comment() const;

private:
    void followComment();

    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace fielddesk::approvals
