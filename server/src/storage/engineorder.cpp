#include "storage/engineorder.h"

#include "storage/database.h"

#include <algorithm>

namespace fielddesk::server {

namespace {

// A UTF-16 unit moved so that units compare as the code points they belong to: surrogates
// (U+D800..U+DFFF, only found in pairs for U+10000 and beyond) after every other unit.
char16_t inCodePointOrder(char16_t unit)
{
    if (unit >= 0xE000)
        return char16_t(unit - 0x800);
    if (unit >= 0xD800)
        return char16_t(unit + 0x2000);
    return unit;
}

} // namespace

EngineOrder EngineOrder::of(Database &db)
{
    return {db.engine() == Engine::Sqlite, db.textsSortByCodePoint()};
}

int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return inCodePointOrder(x) < inCodePointOrder(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace fielddesk::server
