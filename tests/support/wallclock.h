// Wall-clock assertions: a figure in milliseconds is asserted only in an uninstrumented build.
// Under AddressSanitizer (FIELDDESK_SANITIZE, which sets FIELDDESK_SANITIZED for the tests)
// everything runs several times slower, so a timing bar there fails on load, not on a defect;
// the functional part of such a test is asserted in every build.
#pragma once

#include <QTest>

namespace fielddesk::test {

#ifdef FIELDDESK_SANITIZED
inline constexpr bool kWallClockAsserted = false;
#else
inline constexpr bool kWallClockAsserted = true;
#endif

} // namespace fielddesk::test

// QVERIFY2 for a wall-clock condition: checked (and compiled) in every build, a failure only
// where timing means something.
#define FIELDDESK_VERIFY_WALL_CLOCK(condition, message)                                            \
    do {                                                                                           \
        if (fielddesk::test::kWallClockAsserted)                                                   \
            QVERIFY2(condition, message);                                                          \
    } while (false)
