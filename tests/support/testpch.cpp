// The program that builds the tests' shared precompiled header (see tests/CMakeLists.txt).
int main()
{
    return 0;
}
