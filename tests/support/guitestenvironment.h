// What every console GUI test needs before QApplication exists: no way to a session bus (so
// no keychain, as on a headless machine), and settings, keyrings and any other file the code
// might write kept in a private directory the test can search afterwards.
#pragma once

#include "filescontaining.h"
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <type_traits>

namespace guitest {

inline void isolate(const QTemporaryDir &home)
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
}

using testsupport::filesContaining;

// Saves a picture of the widget when FIELDDESK_SCREENSHOT_DIR is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FIELDDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace guitest

namespace guitest {

// Runs a GUI test object in a home of its own (see isolate()); the object is given the home's
// path when it takes one (a test that looks for files written there), else made without it.
template<typename TestClass>
int runInOwnHome(int argc, char *argv[])
{
    QTemporaryDir home;
    isolate(home);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QApplication::setApplicationName(QStringLiteral("FieldDesk"));
    if constexpr (std::is_constructible_v<TestClass, QString>) {
        TestClass test(home.path());
        return QTest::qExec(&test, argc, argv);
    } else {
        TestClass test;
        return QTest::qExec(&test, argc, argv);
    }
}

} // namespace guitest

// The test of a GUI test file (see testmain.h), in a home of its own.
#define FIELDDESK_GUI_TEST_MAIN(TestClass)                                                         \
    namespace {                                                                                    \
    int fielddeskRunGuiTest(int argc, char *argv[])                                                \
    {                                                                                              \
        return guitest::runInOwnHome<TestClass>(argc, argv);                                       \
    }                                                                                              \
    }                                                                                              \
    FIELDDESK_TEST_FUNCTION(fielddeskRunGuiTest)
