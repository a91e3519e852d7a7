#!/usr/bin/env python3
# Offline checks of the packaging files that cannot be run here (no Conan or vcpkg binaries).
#
#   check_recipes.py conan SOURCE            the Conan recipes import under stand-in `conan`
#                                            modules and declare what they must
#   check_recipes.py versions SOURCE PREFIX  CMake, the installed config and .pc, the Conan
#                                            recipe and the vcpkg manifest name one version
#   check_recipes.py readme SOURCE           each README snippet is, verbatim, in the consumer
#                                            project that a test builds
import glob
import importlib.util
import json
import os
import re
import sys
import tempfile
import textwrap

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def cmake_version(source):
    # The one place: include/juspay/version.hpp (CMakeLists.txt and the Conan recipe read it).
    text = open(os.path.join(source, "include", "juspay", "version.hpp")).read()
    return ".".join(re.search(r"#define JUSPAY_SANSIO_VERSION_%s (\d+)" % p, text).group(1) for p in ("MAJOR", "MINOR", "PATCH"))


# Stand-ins for the parts of Conan 2's Python API the recipes use, with the same module
# paths and signatures; they record what the recipe does.
STANDINS = {
    "conan/__init__.py": """
        class ConanFile:
            def __init__(self):
                self.requires_calls = []
                self.output = None
            def requires(self, ref, **kwargs):
                self.requires_calls.append(ref)
    """,
    "conan/errors.py": """
        class ConanException(Exception):
            pass
        class ConanInvalidConfiguration(ConanException):
            pass
    """,
    "conan/tools/__init__.py": "",
    "conan/tools/build.py": """
        calls = []
        def check_min_cppstd(conanfile, cppstd, gnu_extensions=False):
            calls.append(("check_min_cppstd", cppstd))
        def can_run(conanfile):
            return True
    """,
    "conan/tools/cmake.py": """
        def cmake_layout(conanfile, generator=None, src_folder=".", build_folder="build"):
            conanfile.layout_called = True
        class CMake:
            def __init__(self, conanfile): pass
            def configure(self, **kw): pass
            def build(self, **kw): pass
            def install(self, **kw): pass
        class CMakeToolchain:
            def __init__(self, conanfile): self.cache_variables = {}
            def generate(self): pass
        class CMakeDeps:
            def __init__(self, conanfile): pass
            def generate(self): pass
    """,
    "conan/tools/files.py": """
        import os
        copies = []
        def load(conanfile, path, encoding="utf-8"):
            with open(path, encoding=encoding) as f:
                return f.read()
        def copy(conanfile, pattern, src, dst, keep_path=True, excludes=None):
            copies.append((pattern, src, dst))
            return []
    """,
    "conan/tools/scm.py": """
        class Version:
            def __init__(self, v):
                self.v = tuple(int(x) for x in str(v).split("."))
            def _other(self, o):
                return o.v if isinstance(o, Version) else Version(o).v
            def __lt__(self, o): return self.v < self._other(o)
            def __ge__(self, o): return self.v >= self._other(o)
    """,
}


def install_standins():
    root = tempfile.mkdtemp(prefix="conan-standins-")
    for path, text in STANDINS.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(textwrap.dedent(text))
    sys.path.insert(0, root)


def load_recipe(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Options:
    def __init__(self, **values):
        self.values = values

    def get_safe(self, name, default=None):
        return self.values.get(name, default)


class Dependency:
    def __init__(self, version, **options):
        self.ref = type("Ref", (), {"version": version})()
        self.options = Options(**options)


class Settings:
    def __init__(self, **values):
        self.values = values

    def get_safe(self, name, default=None):
        return self.values.get(name, default)


class CppInfo:
    def __init__(self):
        self.properties = {}
        self.requires = []
        self.bindirs = ["bin"]
        self.libdirs = ["lib"]

    def set_property(self, name, value):
        self.properties[name] = value


def check_conan(source):
    install_standins()
    from conan import ConanFile
    from conan.errors import ConanInvalidConfiguration
    import conan.tools.build as build_tools

    recipe = load_recipe(os.path.join(source, "conanfile.py"), "juspay_recipe")
    classes = [c for c in vars(recipe).values() if isinstance(c, type) and issubclass(c, ConanFile) and c is not ConanFile]
    check(len(classes) == 1, "conanfile.py declares one ConanFile")
    cls = classes[0]
    check(cls.name == "juspay-sansio", "name is juspay-sansio")
    check(cls.package_type == "header-library", 'package_type = "header-library"')
    check(cls.no_copy_source is True, "no_copy_source = True")
    check(cls.license == "BSL-1.0", "license BSL-1.0")
    check("include/*" in cls.exports_sources and "LICENSE" in cls.exports_sources, "exports the headers and LICENSE")

    r = cls()
    r.recipe_folder = source
    r.set_version()
    check(r.version == cmake_version(source), f"set_version reads {r.version} from CMakeLists.txt")

    r.requirements()
    check(r.requires_calls == ["boost/[>=1.81.0 <2]"], f"requires boost/[>=1.81.0 <2] (got {r.requires_calls})")

    class Info:
        cleared = False

        def clear(self):
            self.cleared = True

    r.info = Info()
    r.package_id()
    check(r.info.cleared, "package_id() clears the package id")

    r.ref = "juspay-sansio/" + r.version
    r.settings = Settings(**{"compiler.cppstd": "17"})
    good = {"boost": Dependency("1.83.0", header_only=False, without_json=False, without_url=False)}
    r.dependencies = good
    try:
        r.validate()
        check(True, "validate() accepts Boost 1.83 with json and url")
    except ConanInvalidConfiguration as e:
        check(False, f"validate() accepts Boost 1.83 with json and url ({e})")
    check(("check_min_cppstd", 17) in build_tools.calls, "validate() checks C++17")
    for what, dep in [("without_json", Dependency("1.83.0", without_json=True)),
                      ("without_url", Dependency("1.83.0", without_url=True)),
                      ("header_only", Dependency("1.83.0", header_only=True)),
                      ("Boost 1.80", Dependency("1.80.0"))]:
        r.dependencies = {"boost": dep}
        try:
            r.validate()
            check(False, f"validate() rejects {what}")
        except ConanInvalidConfiguration:
            check(True, f"validate() rejects {what}")

    r.cpp_info = CppInfo()
    r.package_info()
    check(r.cpp_info.requires == ["boost::headers", "boost::json", "boost::url"],
          "components: boost::headers boost::json boost::url")
    check(r.cpp_info.properties.get("cmake_file_name") == "juspay-sansio", "CMake file name juspay-sansio")
    check(r.cpp_info.properties.get("cmake_target_name") == "juspay::sansio", "CMake target juspay::sansio")
    check(r.cpp_info.bindirs == [] and r.cpp_info.libdirs == [], "no bin or lib directories (header-only)")

    tp = load_recipe(os.path.join(source, "test_package", "conanfile.py"), "juspay_test_package")
    tp_cls = [c for c in vars(tp).values() if isinstance(c, type) and issubclass(c, ConanFile) and c is not ConanFile][0]
    t = tp_cls()
    t.tested_reference_str = "juspay-sansio/" + r.version
    t.requirements()
    check(t.requires_calls == [t.tested_reference_str], "test_package requires the tested reference")
    cmake = open(os.path.join(source, "test_package", "CMakeLists.txt")).read()
    check("find_package(juspay-sansio CONFIG REQUIRED)" in cmake and "juspay::sansio" in cmake,
          "test_package finds juspay-sansio and links juspay::sansio")


def check_versions(source, prefix):
    v = cmake_version(source)
    print(f"CMake project(VERSION): {v}")
    manifest = json.load(open(os.path.join(source, "ports", "juspay-sansio", "vcpkg.json")))
    check(manifest.get("version") == v, f"vcpkg.json version {manifest.get('version')}")
    pc = open(os.path.join(prefix, "share", "pkgconfig", "juspay-sansio.pc")).read()
    pc_version = re.search(r"^Version: (.*)$", pc, re.M).group(1)
    check(pc_version == v, f"installed juspay-sansio.pc Version {pc_version}")
    # Headers only, the config is architecture-independent, in share/; with the static library
    # of juspay::sansio_compiled it sits next to it, in lib*/cmake, and checks the pointer size.
    libs = glob.glob(os.path.join(prefix, "lib*", "**", "libjuspay-sansio.a"), recursive=True)
    configs = glob.glob(os.path.join(prefix, "lib*", "**", "cmake", "juspay-sansio", "juspay-sansioConfigVersion.cmake"),
                        recursive=True) if libs else [os.path.join(prefix, "share", "juspay-sansio", "juspay-sansioConfigVersion.cmake")]
    check(len(configs) == 1 and os.path.exists(configs[0]),
          "one juspay-sansioConfigVersion.cmake, in " + ("lib*/cmake (static library installed)" if libs else "share (headers only)"))
    if len(configs) != 1 or not os.path.exists(configs[0]):
        return
    cfg = open(configs[0]).read()
    cfg_version = re.search(r'set\(PACKAGE_VERSION "([^"]*)"\)', cfg).group(1)
    check(cfg_version == v, f"installed juspay-sansioConfigVersion.cmake {cfg_version}")
    check("CVF_VERSION_MINOR" in cfg, "config version compatibility is SameMinorVersion (0.x minors break)")
    check(("CMAKE_SIZEOF_VOID_P" in cfg) == bool(libs),
          "the config checks the pointer size exactly when a static library is installed")
    install_standins()
    recipe = load_recipe(os.path.join(source, "conanfile.py"), "juspay_recipe_v")
    from conan import ConanFile
    cls = [c for c in vars(recipe).values() if isinstance(c, type) and issubclass(c, ConanFile) and c is not ConanFile][0]
    r = cls()
    r.recipe_folder = source
    r.set_version()
    check(r.version == v, f"Conan recipe version {r.version}")
    readme = open(os.path.join(source, "README.md")).read()
    check(f"GIT_TAG v{v}" in readme, f"README's FetchContent snippet names v{v}")


def snippet(text, tag):
    # The lines between "# readme: TAG" and "# end" (or the next line, for one-line snippets);
    # in C++ sources "// readme: TAG" and "// end".
    # A multi-line body never runs into the next snippet (whose own "# end" would close it).
    m = re.search(r"(?:#|//) readme: " + re.escape(tag) + r"\n((?:(?!readme: ).)*?)\n\s*(?:#|//) end", text, re.S)
    if m:
        return textwrap.dedent(m.group(1)).strip("\n")
    m = re.search(r"# readme: " + re.escape(tag) + r"\n\s*(.*)", text)
    return m.group(1).strip() if m else None


def check_readme(source):
    readme = open(os.path.join(source, "README.md")).read()
    here = os.path.join(source, "tests", "packaging")
    cases = {
        "find_package": os.path.join(here, "find_package", "CMakeLists.txt"),
        "add_subdirectory": os.path.join(here, "add_subdirectory", "CMakeLists.txt"),
        "fetchcontent": os.path.join(here, "fetchcontent", "CMakeLists.txt"),
        "header_only": os.path.join(here, "header_only", "CMakeLists.txt"),
        "pkg_config": os.path.join(here, "consumer.sh"),
        "use": os.path.join(source, "examples", "readme_use.cpp"),
        # Separate compilation: juspay::sansio_compiled, and <juspay/src.hpp> compiled by hand.
        "find_package_compiled": os.path.join(here, "find_package_compiled", "CMakeLists.txt"),
        "src_by_hand": os.path.join(here, "find_package_src", "CMakeLists.txt"),
        "pkg_config_src": os.path.join(here, "consumer.sh"),
    }
    separate = ("find_package_compiled", "src_by_hand", "pkg_config_src")
    separate_documented = "sansio_compiled" in readme
    for tag, path in cases.items():
        body = snippet(open(path).read(), tag)
        check(body is not None, f"{os.path.relpath(path, source)} marks the '{tag}' snippet")
        if body is None:
            continue
        if tag in ("pkg_config", "pkg_config_src"):
            body = body.replace('"$cxx"', "g++").replace('"$work/main.cpp"', "main.cpp").replace('"$work/app"', "app")
        if tag in separate and not separate_documented:
            # Until the README documents separate compilation at all (it names sansio_compiled).
            print(f"skip README shows the '{tag}' snippet (the README does not document separate compilation yet)")
            continue
        check(body in readme, f"README shows the '{tag}' snippet exactly as the test builds it")
    usage = open(os.path.join(source, "ports", "juspay-sansio", "usage")).read()
    for line in ("find_package(juspay-sansio CONFIG REQUIRED)", "target_link_libraries(main PRIVATE juspay::sansio)"):
        check(line in usage and line in readme, f"vcpkg usage and README agree: {line}")
    check("conan create . --build=missing" in readme, "README shows the Conan command for test_package")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "conan":
        check_conan(sys.argv[2])
    elif mode == "versions":
        check_versions(sys.argv[2], sys.argv[3])
    elif mode == "readme":
        check_readme(sys.argv[2])
    else:
        sys.exit("usage: check_recipes.py conan|versions|readme SOURCE [PREFIX]")
    print(f"{len(failures)} failed")
    sys.exit(1 if failures else 0)
