# What `cmake --install` puts where, the CMake package and pkg-config file
# that let other projects use the annotations, and the Debian packages CPack
# makes of it (docs/install.md).
#
# Two components, so that installations for several LLVM majors share one
# prefix (and two Debian packages install side by side):
#   llvm    the files built against one LLVM, named for its major:
#           lib/privacy-tidy/PrivacyTidy-<N>.so, bin/privacy-tidy-summarize-<N>
#           (Debian: privacy-tidy-llvm<N>)
#   common  everything else: bin/privacy-tidy (it picks the plugin matching
#           the clang-tidy it runs), include/privacy/annotations.h, the CMake
#           package, privacy-tidy.pc, the docs, the shipped models and the
#           model schema (Debian: privacy-tidy)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PRIVACY_TIDY_LLVM_MAJOR "${LLVM_VERSION_MAJOR}")
# Not CMAKE_INSTALL_LIBDIR: privacy-tidy finds plugins at <prefix>/lib/privacy-tidy
# on every distribution (no multiarch subdirectory), as Clang does lib/clang.
set(PRIVACY_TIDY_PLUGIN_INSTALL_DIR "lib/privacy-tidy")
set(PRIVACY_TIDY_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/PrivacyTidy")

# --- llvm component
install(FILES "$<TARGET_FILE:PrivacyTidy>"
        DESTINATION "${PRIVACY_TIDY_PLUGIN_INSTALL_DIR}"
        RENAME "PrivacyTidy-${PRIVACY_TIDY_LLVM_MAJOR}.so"
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
        COMPONENT llvm)
# Its build RPATH is its install RPATH (the LLVM tree), so the file is copied
# as it is.
install(PROGRAMS "$<TARGET_FILE:privacy-tidy-summarize>"
        DESTINATION "${CMAKE_INSTALL_BINDIR}"
        RENAME "privacy-tidy-summarize-${PRIVACY_TIDY_LLVM_MAJOR}"
        COMPONENT llvm)

# --- common component
install(TARGETS privacy-tidy RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT common)
install(FILES "${PROJECT_SOURCE_DIR}/annotations/include/privacy/annotations.h"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/privacy" COMPONENT common)
install(FILES "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT common)
# The docs, with the model schema (docs/model.schema.json).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT common)
# The shipped models are compiled into the plugin; these copies document them
# and are a starting point for a project's own ModelFiles.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/annotations/models/"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/models" COMPONENT common
        FILES_MATCHING PATTERN "*.json")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/PrivacyTidyConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/cmake/PrivacyTidyConfig.cmake"
  INSTALL_DESTINATION "${PRIVACY_TIDY_CMAKE_INSTALL_DIR}"
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR PRIVACY_TIDY_PLUGIN_INSTALL_DIR)
# 0.x: a minor release may change the annotations.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/cmake/PrivacyTidyConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/cmake/PrivacyTidyConfig.cmake"
              "${PROJECT_BINARY_DIR}/cmake/PrivacyTidyConfigVersion.cmake"
        DESTINATION "${PRIVACY_TIDY_CMAKE_INSTALL_DIR}" COMPONENT common)

# pkg-config, relocatable (${pcfiledir}), in the architecture-independent
# directory pkg-config searches on every distribution.
file(RELATIVE_PATH PRIVACY_TIDY_PC_TO_PREFIX
     "/prefix/${CMAKE_INSTALL_DATADIR}/pkgconfig" "/prefix")
configure_file("${PROJECT_SOURCE_DIR}/cmake/privacy-tidy.pc.in"
               "${PROJECT_BINARY_DIR}/cmake/privacy-tidy.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/cmake/privacy-tidy.pc"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig" COMPONENT common)

# --- Debian packages (the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY): cpack -G DEB --config <build>/CPackConfig.cmake
#   privacy-tidy-llvm<N>_<version>_<arch>.deb  (plugin, summarizer)
#   privacy-tidy_<version>_<arch>.deb          (the rest; the same from every build)
set(CPACK_PACKAGE_NAME "privacy-tidy")
set(CPACK_PACKAGE_VENDOR "privacy-tidy")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "clang-tidy checks that follow telecom personal data (Tw, AVG/GDPR)")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PRIVACY_TIDY_INFORMATION_URI}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_GENERATOR "DEB")
set(CPACK_COMPONENTS_ALL common llvm)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "privacy-tidy maintainers <privacy-tidy@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_COMMON_PACKAGE_NAME "privacy-tidy")
set(CPACK_DEBIAN_COMMON_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1")
set(CPACK_DEBIAN_COMMON_PACKAGE_RECOMMENDS "privacy-tidy-llvm${PRIVACY_TIDY_LLVM_MAJOR}")
set(CPACK_DEBIAN_COMMON_DESCRIPTION
"The command: privacy-tidy runs the privacy-tidy clang-tidy plugin over a compilation
database and writes SARIF for auditors. This package holds the command, the
annotation header, the CMake and pkg-config files and the documentation.
Install privacy-tidy-llvm<N> for the clang-tidy-<N> to run.")
set(CPACK_DEBIAN_LLVM_PACKAGE_NAME "privacy-tidy-llvm${PRIVACY_TIDY_LLVM_MAJOR}")
set(CPACK_DEBIAN_LLVM_PACKAGE_DEPENDS
    "privacy-tidy (= ${PROJECT_VERSION}), clang-tidy-${PRIVACY_TIDY_LLVM_MAJOR}, "
    "libclang-cpp${PRIVACY_TIDY_LLVM_MAJOR}, libllvm${PRIVACY_TIDY_LLVM_MAJOR}, "
    "libc6, libstdc++6, libgcc-s1")
string(REPLACE ";" "" CPACK_DEBIAN_LLVM_PACKAGE_DEPENDS "${CPACK_DEBIAN_LLVM_PACKAGE_DEPENDS}")
set(CPACK_DEBIAN_LLVM_DESCRIPTION
"The privacy-tidy checks as a plugin for clang-tidy-${PRIVACY_TIDY_LLVM_MAJOR}
(/usr/lib/privacy-tidy/PrivacyTidy-${PRIVACY_TIDY_LLVM_MAJOR}.so) and the
whole-program summarizer built against the same LLVM
(privacy-tidy-summarize-${PRIVACY_TIDY_LLVM_MAJOR}).")
include(CPack)
