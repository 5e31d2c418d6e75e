// One program holds the Qt Test classes of a folder (tests/<folder> builds tests_<folder>), so
// that a cold build compiles them in unity batches and links one program instead of dozens:
// eight test files compile together in about a quarter of the time they take one by one.
// CTest names the test to run: `tests_server tst_jwt -v2` runs tst_jwt.cpp's class with
// Qt Test's own arguments after the name.
//
// Each test file keeps everything of its own in a namespace named after the file (files of a
// batch share one translation unit) and ends with one of the macros below in place of Qt's
// QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN; they do what Qt's do.
#pragma once

#include <QTest>

namespace fielddesk::testing {

using TestFunction = int (*)(int argc, char *argv[]);

// Registers `run` as the test of `sourceFile` (its name without folder and extension).
struct TestRegistration
{
    TestRegistration(const char *sourceFile, TestFunction run);
};

} // namespace fielddesk::testing

// A test of the file's own: `function` does what a test program's main would.
#define FIELDDESK_TEST_FUNCTION(function)                                                          \
    namespace {                                                                                    \
    const fielddesk::testing::TestRegistration fielddeskTestRegistration(__FILE__, &function);     \
    }

#define FIELDDESK_TEST_WITH_SETUP(TestObject, ...)                                                 \
    namespace {                                                                                    \
    int fielddeskRunTest(int argc, char *argv[])                                                   \
    {                                                                                              \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    }                                                                                              \
    FIELDDESK_TEST_FUNCTION(fielddeskRunTest)

#define FIELDDESK_TEST_MAIN(TestObject) FIELDDESK_TEST_WITH_SETUP(TestObject, QTEST_MAIN_SETUP())
#define FIELDDESK_TEST_GUILESS_MAIN(TestObject)                                                    \
    FIELDDESK_TEST_WITH_SETUP(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define FIELDDESK_TEST_APPLESS_MAIN(TestObject) FIELDDESK_TEST_WITH_SETUP(TestObject)
