#include "fielddesk/domain/currency.h"

#include <limits>

namespace fielddesk {

namespace {

struct MinorDigits
{
    const char *code;
    int digits;
};

// ISO 4217 codes in use (funds and precious metals left out: nobody is reimbursed in gold).
const char kCurrencyCodes[] =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD "
    "BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP "
    "DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR "
    "IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD "
    "MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB "
    "PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD "
    "SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS "
    "VED VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

// The ISO 4217 currencies whose minor unit is not the cent.
constexpr MinorDigits kExceptions[] = {
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"OMR", 3}, {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4},
    {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
};

qint64 powerOfTen(int digits)
{
    qint64 power = 1;
    for (int i = 0; i < digits; ++i)
        power *= 10;
    return power;
}

// The magnitude of an amount, safe for the smallest qint64.
quint64 magnitude(qint64 amount)
{
    return amount < 0 ? quint64(0) - quint64(amount) : quint64(amount);
}

} // namespace

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    const QByteArray latin = code.toLatin1();
    for (const char *at = kCurrencyCodes; *at; at += 4) {
        if (qstrncmp(at, latin.constData(), 3) == 0)
            return true;
        if (!at[3])
            break;
    }
    return false;
}

int currencyMinorDigits(const QString &code)
{
    for (const MinorDigits &exception : kExceptions) {
        if (code == QLatin1String(exception.code))
            return exception.digits;
    }
    return 2;
}

QString decimalText(qint64 amountMinor, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    const quint64 power = quint64(powerOfTen(digits));
    const quint64 whole = magnitude(amountMinor);
    QString text = amountMinor < 0 ? QStringLiteral("-") : QString();
    text += QString::number(whole / power);
    if (digits > 0)
        text += QLatin1Char('.') + QString::number(whole % power).rightJustified(digits, u'0');
    return text;
}

std::optional<qint64> parseDecimalText(const QString &text, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    qsizetype at = 0;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        at = 1;
    const qsizetype point = text.indexOf(QLatin1Char('.'), at);
    const QString wholeText = text.mid(at, point < 0 ? -1 : point - at);
    const QString fractionText = point < 0 ? QString() : text.mid(point + 1);
    if (wholeText.isEmpty() || (point >= 0 && (fractionText.isEmpty() || digits == 0)) ||
        fractionText.size() > digits)
        return std::nullopt;
    for (const QChar c : wholeText + fractionText) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 whole = wholeText.toLongLong(&ok);
    const qint64 power = powerOfTen(digits);
    const qint64 fraction =
        fractionText.isEmpty() ? 0 : fractionText.leftJustified(digits, u'0').toLongLong();
    if (!ok || whole > (std::numeric_limits<qint64>::max() - fraction) / power)
        return std::nullopt;
    const qint64 amount = whole * power + fraction;
    return negative ? -amount : amount;
}

QString formatMoney(qint64 amountMinor, const QString &currency, const QLocale &locale)
{
    const int digits = currencyMinorDigits(currency);
    const quint64 power = quint64(powerOfTen(digits));
    const quint64 whole = magnitude(amountMinor);
    // The number with the locale's grouping and decimal point, from integers only.
    QString number = locale.toString(qulonglong(whole / power));
    if (digits > 0)
        number +=
            locale.decimalPoint() + QString::number(whole % power).rightJustified(digits, u'0');
    // The locale's own currency is shown with its symbol, any other by its code.
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    // Where the locale puts the symbol and the sign: its own rendering of one whole unit (and
    // of minus one), with our number in place of the 1.
    QString result = locale.toCurrencyString(qlonglong(amountMinor < 0 ? -1 : 1), symbol);
    const qsizetype one = result.indexOf(QLatin1Char('1'));
    if (one < 0)
        return (amountMinor < 0 ? locale.negativeSign() : QString()) + number + QChar(0xA0) +
               currency;
    result.replace(one, 1, number);
    if (!own) {
        // A code right beside the digits reads badly ("EUR12.00"): keep them apart.
        const qsizetype code = result.indexOf(currency);
        if (code + currency.size() == one)
            result.insert(one, QChar(0xA0));
        else if (code == one + number.size())
            result.insert(code, QChar(0xA0));
    }
    return result;
}

std::optional<qint64>
parseMoney(const QString &text, const QString &currency, const QLocale &locale)
{
    QString plain;
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') ||
            c == QLatin1Char('-') || c == QChar(0x2212) || c == QLatin1Char('(') ||
            locale.decimalPoint().contains(c) || locale.groupSeparator().contains(c) ||
            locale.negativeSign().contains(c))
            plain += c;
    }
    // A minus sign, or the parentheses of an accounting format ("($0.05)" in US English).
    const bool negative =
        plain.contains(QLatin1Char('-')) || plain.contains(QChar(0x2212)) ||
        plain.contains(QLatin1Char('(')) ||
        (!locale.negativeSign().isEmpty() && plain.contains(locale.negativeSign()));
    plain.remove(QLatin1Char('-'));
    plain.remove(QChar(0x2212));
    plain.remove(QLatin1Char('('));
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // The last separator decides: the locale's decimal point is one; its group separator is
    // one too when fewer or more than three digits follow it ("12.50" typed in German).
    const qsizetype lastPoint = plain.lastIndexOf(point);
    const qsizetype lastGroup = group.isEmpty() ? -1 : plain.lastIndexOf(group);
    qsizetype decimalAt = -1;
    if (lastPoint >= 0 && lastPoint > lastGroup)
        decimalAt = lastPoint;
    else if (lastGroup >= 0 && plain.size() - lastGroup - group.size() != 3)
        decimalAt = lastGroup;
    QString wholeText = decimalAt < 0 ? plain : plain.left(decimalAt);
    const QString fraction =
        decimalAt < 0
            ? QString()
            : plain.mid(decimalAt + (decimalAt == lastPoint ? point.size() : group.size()));
    if (!group.isEmpty())
        wholeText.remove(group);
    wholeText.remove(QLatin1Char(','));
    wholeText.remove(QLatin1Char('.'));
    const QString canonical = (negative ? QStringLiteral("-") : QString()) + wholeText +
                              (decimalAt < 0 ? QString() : QLatin1Char('.') + fraction);
    return parseDecimalText(canonical, currency);
}

} // namespace fielddesk
