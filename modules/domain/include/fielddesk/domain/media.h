// A stored file (a photo or a PDF attached to a request) as the API describes it: POST /media
// answers it, GET /media/{id} sends the bytes themselves. writeJson is the wire form (server
// side); fromJson reads it back.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QJsonObject>
#include <QString>

namespace fielddesk {

struct Media
{
    qint64 id = 0;
    QString sha256; // of the bytes, lower-case hex: the same bytes are stored once
    qint64 size = 0;
    QString contentType; // image/jpeg, image/png or application/pdf
    QString createdAt;   // when the caller uploaded it

    void writeJson(JsonWriter &w) const;
    static Media fromJson(const QJsonObject &o);
};

} // namespace fielddesk
