#include "app/receiptimage.h"

#include <QtEndian>

#include <zlib.h>

#include <array>
#include <random>

namespace fielddesk::server {

namespace {

constexpr int kWidth = 120;
constexpr int kHeight = 180;

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

// A zlib stream of `raw` (PNG's IDAT). zlib directly rather than qCompress: a 512-byte window
// and the smallest hash tables need ~4 KB of state instead of ~270 KB, and the demo seeds
// hundreds of receipts (under AddressSanitizer that state was most of a demo server's start).
QByteArray zlibStream(const QByteArray &raw)
{
    z_stream stream{};
    constexpr int kWindowBits = 9;
    constexpr int kMemoryLevel = 1;
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, kWindowBits, kMemoryLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(raw.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        qFatal("deflate did not finish a receipt (%d)", rc);
    return out;
}

} // namespace

QByteArray receiptPng(quint32 seed)
{
    std::mt19937 random(seed);
    QByteArray pixels(kHeight * kWidth, char(0xF6)); // paper
    char *const pixel = pixels.data();               // detached once, not per pixel
    const auto fill = [pixel](int x0, int y0, int x1, int y1, quint8 grey) {
        for (int y = std::max(0, y0); y < std::min(kHeight, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(kWidth, x1); ++x)
                pixel[y * kWidth + x] = char(grey);
    };
    fill(18, 10, 102, 20, 0x30); // the merchant's name
    fill(34, 24, 86, 28, 0x90);  // its address
    int y = 40;
    const int lines = 4 + int(random() % 6);
    for (int i = 0; i < lines; ++i, y += 10) {
        fill(10, y, 10 + 30 + int(random() % 40), y + 4, 0x50); // an item
        fill(90, y, 110, y + 4, 0x50);                          // its price
    }
    fill(10, y + 4, 110, y + 5, 0x70);                    // the rule
    fill(10, y + 10, 50, y + 16, 0x20);                   // TOTAL
    fill(80, y + 10, 110, y + 16, 0x20);                  // the amount
    for (int x = 14; x < 106; x += 2 + int(random() % 3)) // a bar code
        fill(x, kHeight - 30, x + 1, kHeight - 12, 0x10);

    QByteArray raw;
    raw.reserve(kHeight * (kWidth + 1));
    for (int row = 0; row < kHeight; ++row) {
        raw.append('\0'); // filter: none
        raw.append(pixels.constData() + row * kWidth, kWidth);
    }
    QByteArray header = bigEndian(kWidth) + bigEndian(kHeight);
    header.append(char(8)); // bits per sample
    header.append(char(0)); // greyscale
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // not interlaced
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", header) +
           chunk("IDAT", zlibStream(raw)) + chunk("IEND", {});
}

} // namespace fielddesk::server
