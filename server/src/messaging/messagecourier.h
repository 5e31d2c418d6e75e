// Delivers queued outbound messages, never inside a request: on a thread of its own it claims
// the due messages every poll interval, hands each to its channel (SmtpClient, SmsClient,
// WebhookClient) and records the outcome. A failed attempt is tried again after a growing pause (5
// s, 10 s, 20 s,
// ... up to an hour) until the settings' number of attempts or age is reached: then the message
// is given up. Messages of a channel that is not configured are given up at once, saying so.
#pragma once

#include "messaging/channelsettings.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace fielddesk::server {

class Database;
struct ClaimedMessage;
class SmsClient;
class SmtpClient;
class WebhookClient;
struct SendOutcome;

class MessageCourier : public QObject
{
    Q_OBJECT

public:
    MessageCourier(Database &db, DeliverySettings settings);
    // Stops the thread after the message being sent (a send has a time limit), however many
    // more are due.
    ~MessageCourier() override;

    void start();

    // The pause before attempt number `attempt` + 1 (attempt counts from 1).
    static qint64 retryDelaySeconds(int attempt);

signals:
    void delivered(int sent, int failed); // after each round that handled messages

private:
    void deliverDue();
    SendOutcome send(const ClaimedMessage &message);

    Database &m_db;
    DeliverySettings m_settings;
    QThread m_thread;
    std::unique_ptr<SmtpClient> m_smtp;
    std::unique_ptr<SmsClient> m_sms;
    std::unique_ptr<WebhookClient> m_webhooks;
};

} // namespace fielddesk::server
