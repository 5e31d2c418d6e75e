// The main of every program that holds tests (see testmain.h).
#include "testmain.h"

#include <cstdio>
#include <map>
#include <string>

namespace fielddesk::testing {

namespace {

std::map<std::string, TestFunction> &registeredTests()
{
    static std::map<std::string, TestFunction> tests;
    return tests;
}

// "…/tests/server/tst_jwt.cpp" → "tst_jwt"
std::string testNameOf(const char *sourceFile)
{
    std::string name(sourceFile);
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

} // namespace

TestRegistration::TestRegistration(const char *sourceFile, TestFunction run)
{
    registeredTests().emplace(testNameOf(sourceFile), run);
}

} // namespace fielddesk::testing

int main(int argc, char *argv[])
{
    const auto &tests = fielddesk::testing::registeredTests();
    if (argc >= 2) {
        if (const auto found = tests.find(argv[1]); found != tests.end()) {
            // Qt Test sees the program's name and the arguments after the test's.
            argv[1] = argv[0];
            return found->second(argc - 1, argv + 1);
        }
    }
    if (tests.size() == 1 && (argc < 2 || argv[1][0] == '-'))
        return tests.begin()->second(argc, argv);
    std::fprintf(stderr, "usage: %s TEST [Qt Test arguments]\nTESTs of this program:\n",
                 argc > 0 ? argv[0] : "tests");
    for (const auto &[name, run] : tests)
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}
