// Money as FieldDesk keeps it: an integer amount in the currency's minor units (cents) and an
// ISO 4217 code. The one home of how many minor digits a currency has, of the decimal text in
// major units that CSV files and the API's texts carry ("-12.34"), and of the amount a person
// reads in their locale ("$1,234.50", "1.234,50 €"). Integers only: no floating point touches
// an amount. Depends on QtCore only.
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace fielddesk {

// Whether `code` is an ISO 4217 code in use ("USD", "EUR", "JPY"; upper case).
bool isCurrencyCode(const QString &code);

// The minor-unit digits of a currency: 2 for most, 0 for JPY, KRW and the like, 3 for BHD,
// KWD, JOD, OMR, TND, IQD, LYD, 4 for CLF and UYW.
int currencyMinorDigits(const QString &code);

// The amount in major units with '.' and the currency's digits: 123456 USD -> "1234.56",
// -5 USD -> "-0.05", 500 JPY -> "500".
QString decimalText(qint64 amountMinor, const QString &currency);

// The reverse of decimalText, strict: optional '-', digits, and at most the currency's
// digits after a '.'; nullopt for anything else or an amount out of range.
std::optional<qint64> parseDecimalText(const QString &text, const QString &currency);

// The amount as a person of that locale reads it, with the currency's symbol where the locale
// puts it and its own group and decimal separators.
QString formatMoney(qint64 amountMinor, const QString &currency, const QLocale &locale = QLocale());

// What a person typed in their locale ("1.234,5" in German, "1,234.50" in English; the symbol
// and spaces may be there) in minor units; nullopt when it is not an amount of that currency.
std::optional<qint64>
parseMoney(const QString &text, const QString &currency, const QLocale &locale = QLocale());

} // namespace fielddesk
