#include "messaging/messagetemplates.h"

#include "repositories/messagetemplaterepository.h"

#include <QRegularExpression>

namespace fielddesk::server {

namespace {

struct Template
{
    const char *name;
    const char *language;
    const char *subject;
    const char *emailBody;
    const char *smsBody;
};

// clang-format off
constexpr Template kTemplates[] = {
    {"job.scheduled", "en",
     "{company}: your appointment on {date}",
     "Hello {customer},\n\nyour appointment \"{job}\" is scheduled for {date}, {window}.\n"
     "Address: {address}\n\nKind regards,\n{company}\n",
     "{company}: \"{job}\" is scheduled for {date}, {window}."},
    {"job.scheduled", "de",
     "{company}: Ihr Termin am {date}",
     "Guten Tag {customer},\n\nIhr Termin \"{job}\" ist für {date}, {window} geplant.\n"
     "Adresse: {address}\n\nMit freundlichen Grüßen\n{company}\n",
     "{company}: \"{job}\" ist für {date}, {window} geplant."},
    {"job.on_the_way", "en",
     "{company}: {technician} is on the way",
     "Hello {customer},\n\n{technician} is on the way to {address} and expected at about "
     "{eta}.\n\nKind regards,\n{company}\n",
     "{company}: {technician} is on the way, expected at about {eta}."},
    {"job.on_the_way", "de",
     "{company}: {technician} ist unterwegs",
     "Guten Tag {customer},\n\n{technician} ist auf dem Weg zu {address} und voraussichtlich "
     "gegen {eta} bei Ihnen.\n\nMit freundlichen Grüßen\n{company}\n",
     "{company}: {technician} ist unterwegs, voraussichtlich gegen {eta} bei Ihnen."},
    {"job.completed", "en",
     "{company}: \"{job}\" is done",
     "Hello {customer},\n\n\"{job}\" at {address} was completed on {date}. Thank you!\n\n"
     "Kind regards,\n{company}\n",
     "{company}: \"{job}\" is done. Thank you!"},
    {"job.completed", "de",
     "{company}: \"{job}\" ist erledigt",
     "Guten Tag {customer},\n\n\"{job}\" in {address} wurde am {date} abgeschlossen. Vielen "
     "Dank!\n\nMit freundlichen Grüßen\n{company}\n",
     "{company}: \"{job}\" ist erledigt. Vielen Dank!"},
    {"job.scheduled", "es",
     "{company}: su cita del {date}",
     "Hola, {customer}:\n\nsu cita \"{job}\" está programada para el {date}, {window}.\n"
     "Dirección: {address}\n\nAtentamente,\n{company}\n",
     "{company}: \"{job}\" está programada para el {date}, {window}."},
    {"job.on_the_way", "es",
     "{company}: {technician} está en camino",
     "Hola, {customer}:\n\n{technician} está en camino a {address} y llegará hacia las "
     "{eta}.\n\nAtentamente,\n{company}\n",
     "{company}: {technician} está en camino, llegará hacia las {eta}."},
    {"job.completed", "es",
     "{company}: \"{job}\" está terminado",
     "Hola, {customer}:\n\n\"{job}\" en {address} se terminó el {date}. ¡Gracias!\n\n"
     "Atentamente,\n{company}\n",
     "{company}: \"{job}\" está terminado. ¡Gracias!"},
    {"job.reminder", "en",
     "{company}: reminder of your appointment tomorrow",
     "Hello {customer},\n\na reminder: \"{job}\" is tomorrow, {date}, {window}.\n"
     "Address: {address}\n\nKind regards,\n{company}\n",
     "{company}: reminder, \"{job}\" is tomorrow, {date}, {window}."},
    {"job.reminder", "de",
     "{company}: Erinnerung an Ihren Termin morgen",
     "Guten Tag {customer},\n\nzur Erinnerung: \"{job}\" ist morgen, {date}, {window}.\n"
     "Adresse: {address}\n\nMit freundlichen Grüßen\n{company}\n",
     "{company}: Erinnerung, \"{job}\" ist morgen, {date}, {window}."},
    {"job.reminder", "es",
     "{company}: recordatorio de su cita de mañana",
     "Hola, {customer}:\n\nle recordamos que \"{job}\" es mañana, {date}, {window}.\n"
     "Dirección: {address}\n\nAtentamente,\n{company}\n",
     "{company}: recordatorio, \"{job}\" es mañana, {date}, {window}."},
    // What a person of the company is told besides the bell: the notification's words.
    {"person.notification", "en",
     "{company}: {title}",
     "Hello {person},\n\n{title}\n{text}\n\n{company} (FieldDesk)\n",
     "{company}: {title} {text}"},
    {"person.notification", "de",
     "{company}: {title}",
     "Hallo {person},\n\n{title}\n{text}\n\n{company} (FieldDesk)\n",
     "{company}: {title} {text}"},
    {"person.notification", "es",
     "{company}: {title}",
     "Hola, {person}:\n\n{title}\n{text}\n\n{company} (FieldDesk)\n",
     "{company}: {title} {text}"},
};
// clang-format on

const Template *find(const QString &name, const QString &language)
{
    for (const Template &t : kTemplates) {
        if (name == QLatin1String(t.name) && language == QLatin1String(t.language))
            return &t;
    }
    return nullptr;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    return placeholder;
}

QString fillText(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += values.value(match.captured(1));
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

MessageWords wordsOf(const Template &t)
{
    return {QString::fromUtf8(t.subject), QString::fromUtf8(t.emailBody),
            QString::fromUtf8(t.smsBody)};
}

} // namespace

QStringList MessageTemplates::names()
{
    QStringList names;
    for (const Template &t : kTemplates) {
        if (!names.contains(QLatin1String(t.name)))
            names << QString::fromLatin1(t.name);
    }
    return names;
}

QStringList MessageTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QStringList MessageTemplates::placeholders(const QString &name)
{
    if (name == QLatin1String("person.notification"))
        return {QStringLiteral("company"), QStringLiteral("person"), QStringLiteral("title"),
                QStringLiteral("text")};
    if (!names().contains(name))
        return {};
    return {QStringLiteral("company"),    QStringLiteral("customer"), QStringLiteral("job"),
            QStringLiteral("address"),    QStringLiteral("date"),     QStringLiteral("window"),
            QStringLiteral("technician"), QStringLiteral("eta")};
}

std::optional<MessageWords> MessageTemplates::shipped(const QString &name, const QString &language)
{
    const Template *t = find(name, language);
    return t ? std::optional<MessageWords>(wordsOf(*t)) : std::nullopt;
}

QHash<QString, QString> MessageTemplates::sampleValues(const QString &name)
{
    QHash<QString, QString> values{
        {QStringLiteral("company"), QStringLiteral("Acme Services")},
        {QStringLiteral("customer"), QStringLiteral("Jamie Rivera")},
        {QStringLiteral("job"), QStringLiteral("Furnace tune-up")},
        {QStringLiteral("address"), QStringLiteral("1550 Larimer St")},
        {QStringLiteral("date"), QStringLiteral("Monday, 14 December")},
        {QStringLiteral("window"), QStringLiteral("15:00–17:00 MST")},
        {QStringLiteral("technician"), QStringLiteral("Taylor")},
        {QStringLiteral("eta"), QStringLiteral("15:30")},
        {QStringLiteral("person"), QStringLiteral("Taylor Tech")},
        {QStringLiteral("title"), QStringLiteral("New job: Gutter check")},
        {QStringLiteral("text"), QStringLiteral("Planned Mon 14 Dec 10:00 MST.")}};
    const QStringList known = placeholders(name);
    for (auto it = values.begin(); it != values.end();) {
        if (known.contains(it.key()))
            ++it;
        else
            it = values.erase(it);
    }
    return values;
}

QStringList MessageTemplates::unknownPlaceholders(const QString &name, const QString &text)
{
    const QStringList known = placeholders(name);
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured(1);
        if (!known.contains(placeholder) && !unknown.contains(placeholder))
            unknown << placeholder;
    }
    return unknown;
}

MessageWords MessageTemplates::fill(const MessageWords &words,
                                    const QHash<QString, QString> &values)
{
    return {fillText(words.subject, values), fillText(words.emailBody, values),
            fillText(words.smsBody, values).trimmed()};
}

MessageText MessageTemplates::render(Database &db,
                                     qint64 tenantId,
                                     const QString &name,
                                     const QString &language,
                                     const QString &channel,
                                     const QHash<QString, QString> &values)
{
    MessageTemplateRepository own(db);
    std::optional<MessageWords> words = own.find(tenantId, name, language);
    if (!words)
        words = shipped(name, language);
    if (!words)
        words = own.find(tenantId, name, QStringLiteral("en"));
    if (!words)
        words = shipped(name, QStringLiteral("en"));
    if (!words)
        return {};
    if (channel == QLatin1String("sms"))
        return {QString(), fillText(words->smsBody, values).trimmed()};
    return {fillText(words->subject, values), fillText(words->emailBody, values)};
}

} // namespace fielddesk::server
