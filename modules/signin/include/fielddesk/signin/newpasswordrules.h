// The server's password policy as a person reads it and the console checks it while they type:
// long enough (and not absurdly long), not the current password, typed the same twice. The
// limits are fielddesk_domain's PasswordPolicy, the server's own. Part of fielddesk_signin.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fielddesk::signin {

class NewPasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(NewPasswordRules)

public:
    struct Rule
    {
        QString text;
        bool met = false;
    };

    // Every rule with whether the password meets it; current may be empty (not typed yet).
    static QList<Rule>
    check(const QString &password, const QString &repeat, const QString &current);
    // What is wrong with the new password itself, to show at its field; empty: nothing.
    static QString problem(const QString &password, const QString &current);
    // What is wrong with the repetition; empty while it can still become the same.
    static QString mismatch(const QString &password, const QString &repeat, bool finished);
};

} // namespace fielddesk::signin
