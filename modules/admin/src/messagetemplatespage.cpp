#include "fielddesk/admin/messagetemplatespage.h"

#include "fielddesk/admin/messagetemplatemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/forms/confirmation.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fielddesk::admin {

namespace {

const QString kTemplates = QStringLiteral("/api/v1/message-templates");
const QString kSubject = QStringLiteral("subject");
const QString kEmailBody = QStringLiteral("email_body");
const QString kSmsBody = QStringLiteral("sms_body");
// The list is short (templates × languages): one page holds it all.
constexpr int kListLimit = 200;
constexpr int kTableStretch = 2;
constexpr int kEditorStretch = 3;
constexpr int kEmailLines = 8;
constexpr int kSmsLines = 3;
constexpr int kSmsMostLines = 5; // a text message is short: the room goes to the preview
constexpr int kPreviewLines = 8;

int linesHigh(const QPlainTextEdit *edit, int lines)
{
    const QMargins margins = edit->contentsMargins();
    return edit->fontMetrics().lineSpacing() * lines + int(2 * edit->document()->documentMargin()) +
           margins.top() + margins.bottom();
}

} // namespace

MessageTemplatesPage::MessageTemplatesPage(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new MessageTemplateModel(this))
    , m_table(new QTableView(this))
    , m_editorTitle(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_email(new QPlainTextEdit(this))
    , m_sms(new QPlainTextEdit(this))
    , m_smsCount(new QLabel(this))
    , m_placeholders(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_restore(new QPushButton(tr("&Use FieldDesk's words…"), this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("messageTemplatesError"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("messageTemplatesNotice"), this))
{
    setObjectName(QStringLiteral("messageTemplatesPage"));
    setStyleSheet(forms::FieldErrorMarks::styleSheet());

    m_table->setObjectName(QStringLiteral("messageTemplateTable"));
    m_table->setAccessibleName(tr("Message templates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_editorTitle->setObjectName(QStringLiteral("messageTemplateTitle"));
    m_email->setTabChangesFocus(true);
    m_email->setMinimumHeight(linesHigh(m_email, kEmailLines));
    m_sms->setTabChangesFocus(true);
    m_sms->setMinimumHeight(linesHigh(m_sms, kSmsLines));
    m_sms->setMaximumHeight(linesHigh(m_sms, kSmsMostLines));
    m_smsCount->setObjectName(QStringLiteral("messageTemplateSmsCount"));
    m_placeholders->setObjectName(QStringLiteral("messageTemplatePlaceholders"));
    m_placeholders->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("messageTemplatePreview"));
    m_preview->setAccessibleName(tr("Preview of the saved words with sample values"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMinimumHeight(linesHigh(m_preview, kPreviewLines));
    m_save->setObjectName(QStringLiteral("saveMessageTemplateButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Send these words to the server (Ctrl+S)"));
    m_restore->setObjectName(QStringLiteral("restoreMessageTemplateButton"));
    m_restore->setAccessibleName(tr("Use FieldDesk's words"));
    m_restore->setToolTip(tr("Drop the company's own words for this template and language"));

    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("messageTemplateEditor"));
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    // In the editor before its rows are added: their labels and cells are the editor's.
    auto *form = new QFormLayout;
    editorLayout->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_marks.addRow(form, kSubject, tr("Su&bject"), m_subject);
    m_marks.addRow(form, kEmailBody, tr("&Email"), m_email);
    m_marks.addRow(form, kSmsBody, tr("&Text message"), m_sms);
    form->addRow(QString(), m_smsCount);
    form->addRow(QString(), m_placeholders);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    // The preview takes the room left: the saved words may be long.
    auto *previewLabel = new QLabel(tr("&Preview: the saved words with sample values"), editor);
    previewLabel->setBuddy(m_preview);
    editorLayout->addWidget(previewLabel);
    editorLayout->addWidget(m_preview, 1);
    editorLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("messageTemplateSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(editor);
    split->setStretchFactor(0, kTableStretch);
    split->setStretchFactor(1, kEditorStretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new forms::SectionTitle(tr("Message templates"),
                                              QStringLiteral("messageTemplatesTitle"), this));
    layout->addWidget(new QLabel(tr("The words of the emails and text messages FieldDesk sends "
                                    "for the company, in each language customers are written in"),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    // The inputs moved into the editor's cells: Tab goes the way the page reads.
    setTabOrder(m_table, m_subject);
    setTabOrder(m_subject, m_email);
    setTabOrder(m_email, m_sms);
    setTabOrder(m_sms, m_preview);
    setTabOrder(m_preview, m_save);
    setTabOrder(m_save, m_restore);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageTemplatesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessageTemplatesPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, &MessageTemplatesPage::saveSelected);
    connect(m_restore, &QPushButton::clicked, this, &MessageTemplatesPage::restoreSelected);
    const auto edited = [this] {
        m_notice->showMessage({});
        updateButtons();
    };
    connect(m_subject, &QLineEdit::textEdited, this, edited);
    connect(m_email, &QPlainTextEdit::textChanged, this, edited);
    connect(m_sms, &QPlainTextEdit::textChanged, this, edited);
    connect(m_sms, &QPlainTextEdit::textChanged, this, &MessageTemplatesPage::updateSmsCount);
    showSelected();
}

QString MessageTemplatesPage::path(const QString &name, const QString &language)
{
    return kTemplates + QLatin1Char('/') + name + QLatin1Char('/') + language;
}

void MessageTemplatesPage::start()
{
    m_started = true;
    reload();
}

void MessageTemplatesPage::stop()
{
    ++m_generation;
    m_started = false;
    m_loading = false;
    m_sending = false;
    m_model->setTemplates({});
    m_message->showMessage({});
    m_notice->showMessage({});
}

void MessageTemplatesPage::reload()
{
    if (!m_started)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_sending = false;
    updateButtons();
    m_api->get(
        kTemplates + QStringLiteral("?limit=%1").arg(kListLimit), this,
        [this, generation](const client::ApiResponse &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r.ok()) {
                m_message->showMessage(
                    tr("The message templates could not be loaded: %1").arg(r.error->message()));
                updateButtons();
                return;
            }
            m_message->showMessage({});
            QList<MessageTemplate> templates;
            for (const QJsonValue &value : r.json.value(QLatin1String("results")).toArray())
                templates.append(MessageTemplate::fromJson(value.toObject()));
            m_model->setTemplates(templates);
            m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            if (!templates.isEmpty())
                m_table->selectRow(0);
            emit loaded();
        });
}

MessageTemplate MessageTemplatesPage::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->templateAt(current.row()) : MessageTemplate();
}

bool MessageTemplatesPage::hasChanges() const
{
    const MessageTemplate shown = selected();
    return !shown.name.isEmpty() &&
           (m_subject->text() != shown.subject || m_email->toPlainText() != shown.emailBody ||
            m_sms->toPlainText() != shown.smsBody);
}

void MessageTemplatesPage::showSelected()
{
    m_marks.clear();
    m_message->showMessage({});
    m_notice->showMessage({});
    showTemplate(selected());
}

void MessageTemplatesPage::showTemplate(const MessageTemplate &shown)
{
    m_editorTitle->setText(
        shown.name.isEmpty()
            ? tr("Choose a template on the left.")
            : tr("<b>%1</b> in %2")
                  .arg(MessageTemplateModel::title(shown.name).toHtmlEscaped(),
                       UserPreferences::languageName(shown.language).toHtmlEscaped()));
    m_subject->setText(shown.subject);
    m_email->setPlainText(shown.emailBody);
    m_sms->setPlainText(shown.smsBody);
    QStringList placeholders;
    for (const QString &placeholder : shown.placeholders)
        placeholders << QLatin1Char('{') + placeholder + QLatin1Char('}');
    m_placeholders->setText(placeholders.isEmpty()
                                ? QString()
                                : tr("You can use: %1").arg(placeholders.join(QLatin1Char(' '))));
    const MessageWords &example = shown.example;
    m_preview->setPlainText(shown.name.isEmpty()
                                ? QString()
                                : tr("Subject: %1\n\n%2\n\nText message:\n%3")
                                      .arg(example.subject, example.emailBody, example.smsBody));
    for (QWidget *input : {static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_sms)})
        input->setEnabled(!shown.name.isEmpty());
    updateSmsCount();
    updateButtons();
}

void MessageTemplatesPage::saveSelected()
{
    const MessageTemplate shown = selected();
    if (shown.name.isEmpty() || m_sending)
        return;
    m_message->showMessage({});
    m_notice->showMessage({});
    m_marks.clear();
    m_sending = true;
    updateButtons();
    client::ApiRequest request = client::ApiRequest::post(path(shown.name, shown.language),
                                                          {{kSubject, m_subject->text()},
                                                           {kEmailBody, m_email->toPlainText()},
                                                           {kSmsBody, m_sms->toPlainText()}});
    request.method = QByteArrayLiteral("PUT");
    const int generation = m_generation;
    m_api->send(request, this, [this, generation, shown](const client::ApiResponse &r) {
        if (generation != m_generation)
            return;
        m_sending = false;
        if (!r.ok()) {
            // What was typed stays: the user corrects the marked field.
            const bool stillShown =
                selected().name == shown.name && selected().language == shown.language;
            forms::FormRefusal::show(
                *r.error,
                [this, stillShown](const QList<forms::FormRefusal::FieldError> &errors) {
                    if (!stillShown)
                        return errors;
                    const QList<forms::FormRefusal::FieldError> elsewhere = m_marks.show(errors);
                    for (const forms::FormRefusal::FieldError &error : errors) {
                        if (QWidget *input = m_marks.input(error.field)) {
                            input->setFocus();
                            break;
                        }
                    }
                    return elsewhere;
                },
                m_message);
            updateButtons();
            emit refused();
            return;
        }
        const MessageTemplate updated = MessageTemplate::fromJson(r.json);
        accept(updated);
        m_notice->showMessage(tr("Saved."));
        emit saved(updated.name, updated.language);
    });
}

void MessageTemplatesPage::restoreSelected()
{
    const MessageTemplate shown = selected();
    if (shown.name.isEmpty() || !shown.customized || m_sending)
        return;
    forms::askToConfirm(
        this,
        {.title = tr("Use FieldDesk's words"),
         .question = tr("Drop the company's own words for “%1” in %2 and use FieldDesk's again?")
                         .arg(MessageTemplateModel::title(shown.name),
                              UserPreferences::languageName(shown.language)),
         .confirmText = tr("Use FieldDesk's words"),
         .objectName = QStringLiteral("restoreMessageTemplateQuestion"),
         .confirmObjectName = QStringLiteral("confirmRestoreMessageTemplate"),
         .destructive = true},
        [this, shown] {
            m_sending = true;
            updateButtons();
            const int generation = m_generation;
            const QString templatePath = path(shown.name, shown.language);
            const auto failed = [this](const client::ApiResponse &r) {
                m_sending = false;
                m_message->showMessage(
                    tr("FieldDesk's words could not be restored: %1").arg(r.error->message()));
                updateButtons();
            };
            m_api->send(client::ApiRequest::remove(templatePath), this,
                        [this, generation, templatePath, failed](const client::ApiResponse &r) {
                            if (generation != m_generation)
                                return;
                            if (!r.ok())
                                return failed(r);
                            // No body with the 204: FieldDesk's words are read back for the row.
                            m_api->get(
                                templatePath, this,
                                [this, generation, failed](const client::ApiResponse &again) {
                                    if (generation != m_generation)
                                        return;
                                    if (!again.ok())
                                        return failed(again);
                                    m_sending = false;
                                    const MessageTemplate updated =
                                        MessageTemplate::fromJson(again.json);
                                    accept(updated);
                                    m_notice->showMessage(tr("FieldDesk's words are used again."));
                                    emit wordsRestored(updated.name, updated.language);
                                });
                        });
        });
}

void MessageTemplatesPage::accept(const MessageTemplate &updated)
{
    m_model->replace(updated);
    const MessageTemplate shown = selected();
    if (shown.name == updated.name && shown.language == updated.language) {
        m_marks.clear();
        showTemplate(updated);
    }
    updateButtons();
}

void MessageTemplatesPage::updateButtons()
{
    const MessageTemplate shown = selected();
    const bool ready = m_started && !m_loading && !m_sending && !shown.name.isEmpty();
    m_save->setEnabled(ready && hasChanges());
    m_restore->setEnabled(ready && shown.customized);
}

void MessageTemplatesPage::updateSmsCount()
{
    const int count = int(m_sms->toPlainText().size());
    m_smsCount->setText(tr("%n character(s)", nullptr, count));
}

} // namespace fielddesk::admin
