// TokenStore on the system keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Store on Windows), service "FieldDesk". Never falls back to a plain-text
// file: without a keychain it reports why and stores nothing. Part of fielddesk_client.
#pragma once

#include "fielddesk/client/tokenstore.h"

namespace fielddesk::client {

class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    static constexpr char kService[] = "FieldDesk";

    explicit KeychainTokenStore(QObject *parent = nullptr);

    void
    write(const QString &account, const QString &token, QObject *context, Handler handler) override;
    void read(const QString &account, QObject *context, Handler handler) override;
    void remove(const QString &account, QObject *context, Handler handler) override;
};

} // namespace fielddesk::client
