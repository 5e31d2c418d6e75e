#include "fielddesk/admin/messagelogpage.h"

#include "fielddesk/admin/resourcetablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/messagelabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fielddesk::admin {

namespace {

constexpr int kSearchDelayMs = 300;
const QString kDeliveries = QStringLiteral("/api/v1/message-deliveries");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

MessageLogPage::MessageLogPage(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_table(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_more(new QPushButton(tr("&More"), this))
    , m_resend(new QPushButton(tr("&Resend"), this))
    , m_shown(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("messageLogError"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("messageLogNotice"), this))
{
    setObjectName(QStringLiteral("messageLogPage"));
    ResourceSpec columns;
    columns.id = QStringLiteral("message-deliveries");
    columns.columns = {
        {tr("Queued"), [this](const QJsonObject &o) { return localTime(text(o, "created_at")); }},
        {tr("Channel"),
         [](const QJsonObject &o) {
             const QString channel = text(o, "channel");
             return channel == QLatin1String("email")     ? tr("Email")
                    : channel == QLatin1String("sms")     ? tr("Text message")
                    : channel == QLatin1String("webhook") ? tr("Webhook")
                                                          : channel;
         }},
        {tr("Recipient"), [](const QJsonObject &o) { return text(o, "recipient"); }},
        {tr("Message"), [](const QJsonObject &o) { return text(o, "template"); }},
        {tr("Status"),
         [](const QJsonObject &o) {
             const QString status = text(o, "status");
             return status == QLatin1String("queued")     ? tr("Queued")
                    : status == QLatin1String("sent")     ? tr("Sent")
                    : status == QLatin1String("failed")   ? tr("Failed, tried again")
                    : status == QLatin1String("given_up") ? tr("Given up")
                                                          : status;
         }},
        {tr("Attempts"),
         [](const QJsonObject &o) {
             return QString::number(o.value(QLatin1String("attempts")).toInt());
         }},
        {tr("Sent"), [this](const QJsonObject &o) { return localTime(text(o, "sent_at")); }},
        {tr("Last error"), [](const QJsonObject &o) { return text(o, "last_error"); }},
    };
    m_model = new ResourceTableModel(columns, this);

    m_status->setObjectName(QStringLiteral("messageStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Queued"), QStringLiteral("queued"));
    m_status->addItem(tr("Sent"), QStringLiteral("sent"));
    m_status->addItem(tr("Failed, tried again"), QStringLiteral("failed"));
    m_status->addItem(tr("Given up"), QStringLiteral("given_up"));
    m_channel->setObjectName(QStringLiteral("messageChannelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("Any channel"), QString());
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    m_channel->addItem(tr("Text message"), QStringLiteral("sms"));
    m_channel->addItem(tr("Webhook"), QStringLiteral("webhook"));
    m_search->setObjectName(QStringLiteral("messageSearch"));
    m_search->setPlaceholderText(tr("Search recipient or subject"));
    m_search->setAccessibleName(tr("Search recipient or subject"));
    m_search->setClearButtonEnabled(true);
    m_more->setObjectName(QStringLiteral("messageMoreButton"));
    m_resend->setObjectName(QStringLiteral("messageResendButton"));
    m_resend->setToolTip(tr("Queue the selected message again, as a new message"));
    m_shown->setObjectName(QStringLiteral("messageShownLabel"));

    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    m_detail->setAccessibleName(tr("The message's words"));
    m_detail->setReadOnly(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_channel);
    filters->addWidget(m_search, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_shown, 1);
    actions->addWidget(m_resend);
    actions->addWidget(m_more);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("messageSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Messages</b>: emails, text messages and webhook calls the "
                                  "server sends, newest first"),
                               this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &MessageLogPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MessageLogPage::reload);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &MessageLogPage::reload);
    connect(m_search, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_more, &QPushButton::clicked, this, &MessageLogPage::loadMore);
    connect(m_resend, &QPushButton::clicked, this, &MessageLogPage::resendSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessageLogPage::showSelected);
    updateButtons();
}

void MessageLogPage::start(const QTimeZone &tenantZone)
{
    m_zone = tenantZone;
    m_started = true;
    reload();
}

void MessageLogPage::stop()
{
    ++m_generation;
    m_started = false;
    m_loading = false;
    m_count = 0;
    m_model->setRecords({});
    m_detail->clear();
    m_message->showMessage({});
    m_notice->showMessage({});
    updateButtons();
}

QString MessageLogPage::path(int limit, int offset) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (const QString channel = m_channel->currentData().toString(); !channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    if (const QString search = m_search->text().trimmed(); !search.isEmpty())
        query.addQueryItem(QStringLiteral("search"),
                           QString::fromUtf8(QUrl::toPercentEncoding(search)));
    return kDeliveries + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

void MessageLogPage::reload()
{
    if (!m_started)
        return;
    ++m_generation;
    m_model->setRecords({});
    m_detail->clear();
    fetch(0);
}

void MessageLogPage::loadMore()
{
    if (m_started && !m_loading && m_model->rowCount() < m_count)
        fetch(m_model->rowCount());
}

void MessageLogPage::fetch(int offset)
{
    m_loading = true;
    updateButtons();
    const int generation = m_generation;
    m_api->get(
        path(kPageSize, offset), this,
        [this, generation, offset](const client::ApiResponse &response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!response.ok()) {
                m_message->showMessage(
                    tr("The messages could not be loaded: %1").arg(response.error->message()));
                updateButtons();
                return;
            }
            m_message->showMessage({});
            m_count = response.json.value(QLatin1String("count")).toInteger();
            QList<QJsonObject> rows = offset == 0 ? QList<QJsonObject>() : m_model->records();
            for (const QJsonValue &value : response.json.value(QLatin1String("results")).toArray())
                rows.append(value.toObject());
            m_model->setRecords(rows);
            m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            if (offset == 0 && !rows.isEmpty())
                m_table->selectRow(0);
            updateButtons();
            emit loaded();
        });
}

QJsonObject MessageLogPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->recordAt(rows.first().row());
}

void MessageLogPage::showSelected()
{
    const QJsonObject message = selected();
    QStringList lines;
    if (!message.isEmpty()) {
        if (const QString subject = text(message, "subject"); !subject.isEmpty())
            lines << tr("Subject: %1").arg(subject) << QString();
        QString body = text(message, "body");
        // A webhook call's body is the event's JSON: shown indented.
        if (text(message, "channel") == QLatin1String("webhook")) {
            const QJsonDocument event = QJsonDocument::fromJson(body.toUtf8());
            if (event.isObject())
                body = QString::fromUtf8(event.toJson(QJsonDocument::Indented)).trimmed();
        }
        lines << body;
        if (const QString error = text(message, "last_error"); !error.isEmpty())
            lines << QString() << tr("Last error: %1").arg(error);
        if (const QString next = text(message, "next_attempt_at"); !next.isEmpty())
            lines << tr("Next attempt: %1").arg(localTime(next));
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void MessageLogPage::resendSelected()
{
    const QJsonObject message = selected();
    const qint64 id = message.value(QLatin1String("id")).toInteger();
    if (id <= 0)
        return;
    m_resend->setEnabled(false);
    m_api->post(kDeliveries + QStringLiteral("/%1/resend").arg(id), {}, this,
                [this, id](const client::ApiResponse &response) {
                    if (!response.ok()) {
                        m_message->showMessage(tr("Message #%1 could not be sent again: %2")
                                                   .arg(id)
                                                   .arg(response.error->message()));
                        updateButtons();
                        return;
                    }
                    const qint64 copy = response.json.value(QLatin1String("id")).toInteger();
                    m_message->showMessage({});
                    m_notice->showMessage(
                        tr("Message #%1 is queued again as #%2.").arg(id).arg(copy));
                    emit resent(copy);
                    reload();
                });
}

void MessageLogPage::updateButtons()
{
    m_more->setEnabled(m_started && !m_loading && m_model->rowCount() < m_count);
    m_resend->setEnabled(m_started && !selected().isEmpty());
    m_shown->setText(
        m_loading ? tr("Loading…")
                  : tr("%1 of %n message(s)", nullptr, int(m_count)).arg(m_model->rowCount()));
}

QString MessageLogPage::localTime(const QString &timestamp) const
{
    const std::optional<QDateTime> at = parseTimestamp(timestamp);
    return at ? client::display::dateTime(at->toTimeZone(m_zone)) : QString();
}

} // namespace fielddesk::admin
