// The programs that build the shared precompiled Qt headers (fielddesk_add_qt_pch).
int main()
{
    return 0;
}
