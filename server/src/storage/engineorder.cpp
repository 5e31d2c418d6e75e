#include "storage/engineorder.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/database.h"

#include <algorithm>

namespace fielddesk::server {

namespace {

// A UTF-16 unit moved so that units compare as the code points they belong to: surrogates
// (U+D800..U+DFFF, only found in pairs for U+10000 and beyond) after every other unit.
char16_t inCodePointOrder(char16_t unit)
{
    if (unit >= 0xE000)
        return char16_t(unit - 0x800);
    if (unit >= 0xD800)
        return char16_t(unit + 0x2000);
    return unit;
}

// The server's own timestamp form (fixed width, digits and separators in fixed places). Two
// texts of this form differ first at a digit, so they order as the numbers their digits make.
class TimestampForm
{
public:
    TimestampForm()
        : m_sample(toTimestamp(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)))
    {
        for (const QChar c : std::as_const(m_sample))
            m_digits += c.isDigit() ? 1 : 0;
    }

    // The digits of a text of this form as one number.
    std::optional<qint64> digitsOf(const QString &text) const
    {
        if (text.size() != m_sample.size() || m_digits > kMostDigits)
            return std::nullopt;
        qint64 number = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (m_sample.at(i).isDigit()) {
                if (c < u'0' || c > u'9')
                    return std::nullopt;
                number = number * 10 + (c - u'0');
            } else if (c != m_sample.at(i).unicode()) {
                return std::nullopt;
            }
        }
        return number;
    }

    QString textOf(qint64 digits) const
    {
        QString text = m_sample;
        for (qsizetype i = text.size() - 1; i >= 0; --i) {
            if (m_sample.at(i).isDigit()) {
                text[i] = QChar(u'0' + char16_t(digits % 10));
                digits /= 10;
            }
        }
        return text;
    }

private:
    static constexpr int kMostDigits = 18; // what a qint64 holds
    QString m_sample;
    int m_digits = 0;
};

const TimestampForm &timestampForm()
{
    static const TimestampForm form;
    return form;
}

} // namespace

std::optional<qint64> timestampDigits(const QString &text)
{
    return timestampForm().digitsOf(text);
}

QString timestampOfDigits(qint64 digits)
{
    return timestampForm().textOf(digits);
}

EngineOrder EngineOrder::of(Database &db)
{
    return {db.engine() == Engine::Sqlite, db.textsSortByCodePoint()};
}

int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return inCodePointOrder(x) < inCodePointOrder(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace fielddesk::server
