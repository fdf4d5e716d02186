# The Debian package: `cpack -G DEB` in a build folder makes cpconsole_VERSION_ARCH.deb
# holding cpconsole, cplocal, the desktop entry, the icon, the AppStream metainfo and the
# documentation (README.md and docs/, which Help > Documentation opens). The console's
# own translations are built into the executable; Qt's (qtbase_de: standard buttons,
# shortcut names) come from the qt6-translations-l10n package it depends on.
include(GNUInstallDirs)

# Debian's place for a package's documentation: /usr/share/doc/PACKAGE. The views find
# the README there relative to the executable (views/aboutdialog.cpp, documentationUrl).
set(CP_DOC_DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cpconsole)
install(FILES README.md schema/model/NOTICE resources/copyright DESTINATION ${CP_DOC_DESTINATION})
install(DIRECTORY docs/ DESTINATION ${CP_DOC_DESTINATION}/docs FILES_MATCHING
        PATTERN "*.md" PATTERN "*.png")

set(CP_PACKAGE_MAINTAINER "Customer Profiles Console maintainers <maintainers@cpconsole.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cpconsole)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${CP_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of Debian's long description (at most 80 columns each).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "A Qt desktop console for Amazon Connect Customer Profiles: browse and edit"
    "domains, object type mappings, integrations and profiles against AWS or"
    "against cplocal, the bundled local endpoint that emulates the service"
    "offline for the console, the AWS CLI and the AWS SDKs.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the executables link (Qt, QtKeychain, SQLite) are found by dpkg-shlibdeps; what
# is loaded at run time is named: the SQLite driver, the SVG icon engine and Qt's translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n")
# The AWS CLI reaches cplocal with the keys Connection > Local endpoint details… shows.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "awscli")
include(CPack)

if(CP_BUILD_TESTS)
    # The desktop entry and the metainfo pass their validators; the package holds what it
    # must and names its dependencies. Each skips (77), saying why, without its tool.
    add_test(NAME desktop_file_validate COMMAND sh -c
        "command -v desktop-file-validate >/dev/null || { echo 'SKIP: desktop-file-validate is missing (desktop-file-utils)'; exit 77; }; \
         out=$(desktop-file-validate \"$0\") || { echo \"$out\"; exit 1; }; echo \"$out\"; \
         ! echo \"$out\" | grep -q 'error:'"
        ${PROJECT_SOURCE_DIR}/resources/io.github.cpconsole.desktop)
    add_test(NAME appstream_validate COMMAND sh -c
        "command -v appstreamcli >/dev/null || { echo 'SKIP: appstreamcli is missing (appstream)'; exit 77; }; \
         appstreamcli validate --no-net --pedantic \"$0\""
        ${PROJECT_SOURCE_DIR}/resources/io.github.cpconsole.metainfo.xml)
    add_test(NAME package_deb COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-deb.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(desktop_file_validate appstream_validate package_deb PROPERTIES
        SKIP_RETURN_CODE 77 LABELS package)
    set_tests_properties(package_deb PROPERTIES TIMEOUT 600)
endif()
