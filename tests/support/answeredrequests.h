// The requests a client object got its answers to, by URL path, in order: the positive marker
// a test waits for before it checks that a late answer changed nothing (a bare wait cannot
// tell "ignored" from "not arrived yet"). Watches the QNetworkAccessManager the object owns,
// so it also sees answers whose handler was dropped, and aborted replies.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>

class AnsweredRequests : public QObject
{
public:
    explicit AnsweredRequests(QObject *client)
    {
        // The manager's finished() and the client's handler run in the same emission of the
        // reply's finished(): once a test sees a path here, the handler has run too.
        auto *network = client->findChild<QNetworkAccessManager *>();
        if (!network)
            qFatal("AnsweredRequests: the client owns no QNetworkAccessManager");
        connect(network, &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) { m_paths.append(reply->url().path()); });
    }

    int count(const QString &path) const { return int(m_paths.count(path)); }

private:
    QStringList m_paths;
};
