// One expense or spiff in full: what it is, the amount (marked when over its category's
// limit), who and when, what it was for, what it corrects, its status with the decision (by
// whom, when, the comment) and when it was settled; beside it the first receipt, fetched from
// the server (an image is shown, a PDF named). The approvals inbox and my work both show
// entries with it. Part of fielddesk_moneyview.
#pragma once

#include "fielddesk/money/ledgerentry.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace fielddesk::client {
class ApiClient;
class MediaClient;
} // namespace fielddesk::client

namespace fielddesk::moneyview {

class LedgerEntryView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kReceiptSide = 320; // the receipt's thumbnail beside the amount

    explicit LedgerEntryView(client::ApiClient *api, QWidget *parent = nullptr);
    ~LedgerEntryView() override;

    void showEntry(const money::LedgerEntry &entry);
    // No entry: a word instead ("Select an expense or a spiff.").
    void showText(const QString &text);
    std::optional<money::LedgerEntry> entry() const { return m_entry; }

    QLabel *detailsLabel() const { return m_details; }
    QLabel *receiptLabel() const { return m_receipt; }

signals:
    // The receipt is on screen (or said to be missing or unreadable).
    void receiptShown(qint64 mediaId);

private:
    QString detailsHtml(const money::LedgerEntry &entry) const;
    void loadReceipt(qint64 mediaId);

    std::unique_ptr<client::MediaClient> m_media;
    QLabel *m_details;
    QLabel *m_receipt;
    std::optional<money::LedgerEntry> m_entry;
};

} // namespace fielddesk::moneyview
