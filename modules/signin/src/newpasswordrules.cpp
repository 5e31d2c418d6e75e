#include "fielddesk/signin/newpasswordrules.h"

#include "fielddesk/domain/passwordpolicy.h"

namespace fielddesk::signin {

QList<NewPasswordRules::Rule>
NewPasswordRules::check(const QString &password, const QString &repeat, const QString &current)
{
    const int length = int(password.size());
    QList<Rule> rules{
        {tr("At least %n characters", nullptr, PasswordPolicy::kMinimumLength),
         length >= PasswordPolicy::kMinimumLength},
        {tr("Not the password you have now"),
         !password.isEmpty() && !current.isEmpty() && password != current},
        {tr("Typed the same twice"), !password.isEmpty() && password == repeat},
    };
    // Only worth a line when it is broken: nobody types a thousand characters by accident.
    if (length > PasswordPolicy::kMaximumLength)
        rules.insert(1,
                     {tr("At most %n characters", nullptr, PasswordPolicy::kMaximumLength), false});
    return rules;
}

QString NewPasswordRules::problem(const QString &password, const QString &current)
{
    if (password.size() < PasswordPolicy::kMinimumLength)
        return tr("Use at least %n characters.", nullptr, PasswordPolicy::kMinimumLength);
    if (password.size() > PasswordPolicy::kMaximumLength)
        return tr("Use at most %n characters.", nullptr, PasswordPolicy::kMaximumLength);
    if (!current.isEmpty() && password == current)
        return tr("Choose a password other than the one you have now.");
    return {};
}

QString NewPasswordRules::mismatch(const QString &password, const QString &repeat, bool finished)
{
    // While the repetition is still being typed, only a wrong character is worth saying.
    const bool wrong =
        finished ? repeat != password : !repeat.isEmpty() && !password.startsWith(repeat);
    return wrong ? tr("The two passwords are not the same.") : QString();
}

} // namespace fielddesk::signin
