# The Debian packages, made by CPack (scripts/package; checked by
# tests/package/check-deb):
#   prefeditor - the editor, prefctl, the desktop file, the AppStream
#                metainfo and the icon (install component "editor");
#   prefserver - the local API server with its test control (fault
#                injection, token minting), for the curl session and
#                tests: never part of the editor's package ("server").
# The editor's --demo needs no prefserver package: its demo server is
# linked in, without the test control.

# Debian wants the licence of each package as /usr/share/doc/PACKAGE/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/prefeditor
    RENAME copyright COMPONENT editor)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/prefserver
    RENAME copyright COMPONENT server)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME prefeditor)
set(CPACK_PACKAGE_VENDOR "The Preference Editor team")
set(CPACK_PACKAGE_CONTACT "The Preference Editor team <prefeditor@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/prefeditor/prefeditor")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Each package's description below starts with its own summary line; an
# empty common summary keeps CPack from putting the project's before both.
# CPack indents the other lines.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL editor server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# dpkg-shlibdeps (dpkg-dev) finds the libraries the executables link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_EDITOR_PACKAGE_NAME prefeditor)
set(CPACK_DEBIAN_EDITOR_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_EDITOR_DESCRIPTION
"Desktop editor for the user preferences of a community platform
Preference Editor views and edits the preferences (a key and a JSON value
each) that a community platform's REST API stores per user: support staff
with the admin role open any user's, end users their own. It shows where a
JSON value is wrong, never rewrites a number, and checks before a save that
nobody changed the preference meanwhile. prefctl does the same on the
command line. prefeditor --demo runs on built-in sample data.")
# What Qt and qtkeychain load at run time, which dpkg-shlibdeps cannot see:
# the SVG icon engine (libqt6svg6); Qt's own strings in Italian; libsecret
# and a Secret Service (or KWallet) for the sign-in; the Wayland platform.
set(CPACK_DEBIAN_EDITOR_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_EDITOR_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, libsecret-1-0, gnome-keyring | libkf5wallet-bin, qt6-wayland")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME prefserver)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"Local implementation of a community platform's preferences API
prefserver serves the OAuth, user and preference endpoints of the API that
Preference Editor speaks, on loopback, with demo accounts or a JSON data
file. With --enable-test-control it injects faults and mints tokens for
tests; --latency-ms, --workers and --processing-ms simulate a deployment.
A tool for demos and tests: never expose it to a network.")

include(CPack)
