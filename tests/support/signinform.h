// The sign-in dialog as GUI tests fill it in, like a user: a field found by its object name,
// emptied and typed into, and the Sign in button.
#pragma once

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace guitest {

inline QLineEdit *signInField(const QWidget *dialog, const QString &objectName)
{
    return dialog->findChild<QLineEdit *>(objectName);
}

inline QPushButton *signInButton(const QWidget *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
}

// Types like a user: the field is emptied first. The calling test fails when the field is
// missing or did not take the text.
inline void retype(QLineEdit *field, const QString &text)
{
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QCOMPARE(field->text(), text);
}

} // namespace guitest
