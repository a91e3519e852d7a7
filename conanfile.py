# Conan 2 recipe for juspay-sansio: a header-only library over Boost.JSON and Boost.URL.
import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import cmake_layout
from conan.tools.files import copy, load
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class JuspaySansioConan(ConanFile):
    name = "juspay-sansio"
    description = "Sans-IO C++17 client for Juspay's customer API: builds requests, parses responses, never opens a socket"
    license = "BSL-1.0"
    url = "https://github.com/juspay-sansio/juspay-sansio"
    homepage = "https://github.com/juspay-sansio/juspay-sansio"
    topics = ("juspay", "payments", "sans-io", "http", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    no_copy_source = True
    # src/: the exported CMakeLists.txt defines juspay::sansio_compiled from it (this header-only
    # package neither builds nor ships it; <juspay/src.hpp> is shipped for compiling by hand).
    exports_sources = "CMakeLists.txt", "cmake/*", "include/*", "src/*", "LICENSE"

    def set_version(self):
        # The version lives in one place: include/juspay/version.hpp.
        text = load(self, os.path.join(self.recipe_folder, "include", "juspay", "version.hpp"))
        parts = [re.search(r"#define JUSPAY_SANSIO_VERSION_%s (\d+)" % p, text).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
        self.version = ".".join(parts)

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        self.requires("boost/[>=1.81.0 <2]")

    def package_id(self):
        self.info.clear()

    def validate(self):
        if self.settings.get_safe("compiler.cppstd"):
            check_min_cppstd(self, 17)
        boost = self.dependencies["boost"]
        if Version(boost.ref.version) < "1.81.0":
            raise ConanInvalidConfiguration(f"{self.ref} needs Boost 1.81 or newer")
        if boost.options.get_safe("header_only"):
            raise ConanInvalidConfiguration(f"{self.ref} links Boost.JSON and Boost.URL: boost/*:header_only=False")
        for lib, title in (("json", "Boost.JSON"), ("url", "Boost.URL")):
            if boost.options.get_safe(f"without_{lib}"):
                raise ConanInvalidConfiguration(f"{self.ref} needs {title}: boost/*:without_{lib}=False")

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        copy(self, "*.hpp", os.path.join(self.source_folder, "include"), os.path.join(self.package_folder, "include"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "juspay-sansio")
        self.cpp_info.set_property("cmake_target_name", "juspay::sansio")
        self.cpp_info.set_property("pkg_config_name", "juspay-sansio")
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.requires = ["boost::headers", "boost::json", "boost::url"]
