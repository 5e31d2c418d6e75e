# Two Debian packages from the install components (packaging/build-debs.sh runs cpack):
# fielddesk-server (the server, its unit, configuration and man page) and fielddesk (the
# console, its desktop entry, metainfo, icon and man page). Dependencies come from
# dpkg-shlibdeps; the server's maintainer scripts make its system user and manage the unit.
set(CPACK_GENERATOR DEB)
# Each package's first description line is its synopsis: CPack prepends the summary unless it
# is its own default, so it is set to exactly that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_NAME fielddesk)
set(CPACK_PACKAGE_VENDOR FieldDesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "FieldDesk Packaging <packaging@fielddesk.invalid>")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server console)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME fielddesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
# pg_dump, pg_restore and psql back up and restore a PostgreSQL database.
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql-client, postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "dispatch server for field-service companies
The FieldDesk server owns a field-service company's jobs, technicians,
requests, expenses and vehicles, answers the FieldDesk consoles over HTTP
and WebSockets and plans technicians' routes. It stores its data in SQLite
or PostgreSQL and runs as the systemd service fielddesk-server.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/server/conffiles
    ${CMAKE_CURRENT_LIST_DIR}/debian/server/postinst
    ${CMAKE_CURRENT_LIST_DIR}/debian/server/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/server/postrm)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME fielddesk)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION "dispatch console for field-service companies
FieldDesk is where a field-service company plans its day: dispatchers
assign jobs to technicians on a timeline and a map, managers approve
requests and expenses and read reports, admins keep the company's records.
It works with a FieldDesk server.")

include(CPack)
