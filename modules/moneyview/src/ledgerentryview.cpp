#include "fielddesk/moneyview/ledgerentryview.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/mediaclient.h"
#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttext.h"
#include "fielddesk/theme/palette.h"

#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QVBoxLayout>

namespace fielddesk::moneyview {

namespace {

using money::LedgerEntry;

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// A server timestamp in the locale's short format, on this computer's clock.
QString momentText(const QString &iso, const QLocale &locale)
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return moment.isValid()
               ? locale.toString(client::display::inTimeZone(moment), QLocale::ShortFormat)
               : iso;
}

} // namespace

LedgerEntryView::LedgerEntryView(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_media(std::make_unique<client::MediaClient>(api))
    , m_details(new QLabel(this))
    , m_receipt(new QLabel(this))
{
    setObjectName(QStringLiteral("ledgerEntryView"));
    m_details->setObjectName(QStringLiteral("moneyDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipt->setObjectName(QStringLiteral("moneyReceipt"));
    m_receipt->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_receipt->setMinimumWidth(kReceiptSide / 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_receipt, 1);
}

LedgerEntryView::~LedgerEntryView() = default;

void LedgerEntryView::showText(const QString &text)
{
    m_entry.reset();
    m_details->setText(text.toHtmlEscaped());
    m_receipt->clear();
}

QString LedgerEntryView::detailsHtml(const LedgerEntry &entry) const
{
    const QLocale locale;
    const bool expense = entry.ledger == money::Ledger::Expenses;
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg((expense ? tr("Expense") : tr("Spiff")).toHtmlEscaped(),
                            entry.categoryName.toHtmlEscaped());
    const QString amount = formatMoney(entry.amountMinor, entry.currency, locale);
    html += QStringLiteral("<p style='font-size:large'><b>%1</b>%2</p>")
                .arg(amount.toHtmlEscaped(),
                     entry.overLimit ? QStringLiteral(" <span style='color:%1'>%2</span>")
                                           .arg(theme::css(theme::Colour::DangerText),
                                                tr("over the category's limit").toHtmlEscaped())
                                     : QString());
    QStringList facts{entry.employeeName.toHtmlEscaped(),
                      locale.toString(entry.date, QLocale::LongFormat).toHtmlEscaped()};
    if (!entry.merchant.isEmpty())
        facts << entry.merchant.toHtmlEscaped();
    if (!entry.description.isEmpty())
        facts << entry.description.toHtmlEscaped();
    if (entry.jobId)
        facts << tr("Job #%1").arg(*entry.jobId).toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    if (entry.correctsId)
        html += paragraph(tr("Corrects #%1").arg(*entry.correctsId));

    QString status = money::ReportText::statusText(entry.status);
    if (!entry.decidedByName.isEmpty())
        status = tr("%1 by %2 on %3")
                     .arg(status, entry.decidedByName, momentText(entry.decidedAt, locale));
    html += QStringLiteral("<p><b>%1</b></p>").arg(status.toHtmlEscaped());
    if (!entry.decisionComment.isEmpty())
        html += paragraph(tr("“%1”").arg(entry.decisionComment));
    if (!entry.settledAt.isEmpty())
        html += paragraph((expense ? tr("Reimbursed on %1") : tr("Paid on %1"))
                              .arg(momentText(entry.settledAt, locale)));
    return html;
}

void LedgerEntryView::showEntry(const LedgerEntry &entry)
{
    const bool sameReceipt = m_entry && m_entry->mediaIds == entry.mediaIds &&
                             m_entry->ledger == entry.ledger && m_entry->id == entry.id;
    m_entry = entry;
    m_details->setText(detailsHtml(entry));
    if (sameReceipt && !entry.mediaIds.isEmpty())
        return; // the receipt on screen is still the one
    m_receipt->clear();
    if (entry.mediaIds.isEmpty()) {
        m_receipt->setText(entry.ledger == money::Ledger::Expenses ? tr("No receipt") : QString());
        emit receiptShown(0);
        return;
    }
    loadReceipt(entry.mediaIds.first());
}

void LedgerEntryView::loadReceipt(qint64 mediaId)
{
    // The first receipt beside the amount; a PDF is named, an image shown.
    m_receipt->setText(tr("Loading the receipt…"));
    m_media->download(
        mediaId, m_receipt, [this, mediaId](const client::ApiResult<client::MediaContent> &result) {
            if (!m_entry || m_entry->mediaIds.value(0) != mediaId)
                return; // another entry is shown meanwhile
            if (!result) {
                m_receipt->setText(
                    tr("The receipt could not be loaded: %1").arg(result.error().message()));
            } else if (const QImage image = QImage::fromData(result->bytes); image.isNull()) {
                m_receipt->setText(tr("Receipt (%1)").arg(result->contentType));
            } else {
                m_receipt->setPixmap(QPixmap::fromImage(image.scaled(
                    kReceiptSide, kReceiptSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            }
            emit receiptShown(mediaId);
        });
}

} // namespace fielddesk::moneyview
