// The shipped translations (translations/*.ts) say what their sources say in the form the code
// fills in: every placeholder (%1, %L2, %n; a plural form may leave %n out) and every HTML tag
// of the source as often, one keyboard accelerator (&) where the source has one and none where
// it has none, and as many plural forms as the language has. lupdate's own check
// (translations_complete_*) only asks that each string has a translation.

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace tst_translationfiles {

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList forms; // one unless numerus
    bool finished = true;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.finished = type != QLatin1String("unfinished") &&
                               type != QLatin1String("vanished") &&
                               type != QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]|%n"));
    return matches(pattern, text);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    return matches(pattern, text);
}

// Single ampersands (an accelerator); "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void translationsSayWhatTheirSourcesSay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FIELDDESK_TRANSLATIONS_SOURCE_DIR));
        const QStringList files = dir.entryList({QStringLiteral("fielddesk_*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("fielddesk_de.ts")));
        QVERIFY(files.contains(QStringLiteral("fielddesk_es.ts")));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void translationsSayWhatTheirSourcesSay()
    {
        QFETCH(QString, path);
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QVERIFY2(!messages.isEmpty(), qPrintable(path + QStringLiteral(" could not be read")));
        // English holds the plural forms only; every other language every string.
        const bool pluralsOnly = language.startsWith(QLatin1String("en"));
        QStringList problems;
        int checked = 0;
        for (const Message &message : messages) {
            if (pluralsOnly && !message.numerus)
                continue;
            const QString where =
                message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (!message.finished) {
                problems << where + QStringLiteral(" is not translated");
                continue;
            }
            if (message.numerus && message.forms.size() != 2)
                problems << where + QStringLiteral(" has %1 plural forms, not 2")
                                        .arg(message.forms.size());
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral(" is empty");
                // A plural form may leave the count out ("Approve the selected request?").
                QStringList expected = placeholders(message.source);
                QStringList found = placeholders(form);
                if (message.numerus && !found.contains(QStringLiteral("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (found != expected)
                    problems << where + QStringLiteral(" → \"") + form +
                                    QStringLiteral("\": placeholders differ");
                if (tags(form) != tags(message.source))
                    problems << where + QStringLiteral(" → \"") + form +
                                    QStringLiteral("\": HTML tags differ");
                if (accelerators(form) != accelerators(message.source))
                    problems << where + QStringLiteral(" → \"") + form +
                                    QStringLiteral("\": accelerators (&) differ");
            }
            ++checked;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked > (pluralsOnly ? 20 : 1000));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestTranslationFiles)
} // namespace tst_translationfiles
#include "tst_translationfiles.moc"
