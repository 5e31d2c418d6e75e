// Small PNG images that look like till receipts (a header, lines of "text", a total), for the
// demo's expenses. The server links no Qt Gui, so the PNG is written by hand: grey pixels,
// zlib through qCompress, CRC-32 per chunk. Each seed draws a different receipt, so every
// demo expense has a file of its own.
#pragma once

#include <QByteArray>

namespace fielddesk::server {

QByteArray receiptPng(quint32 seed);

} // namespace fielddesk::server
