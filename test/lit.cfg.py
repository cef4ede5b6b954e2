# -*- Python -*-
# lit configuration for privacy-tidy. Every test runs against the just-built
# plugin and the LLVM clang-tidy it was built for, never a clang-tidy on PATH.
import os
import lit.formats

config.name = "privacy-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.privacy_build_dir, "test")

llvm_bin = config.llvm_bin_dir
config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "TMPDIR", "LANG", "LC_ALL"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

plugin = config.privacy_plugin
inputs = os.path.join(config.test_source_root, "Inputs")
annotations_include = os.path.join(config.privacy_source_dir, "annotations", "include")
# Common flags of a test translation unit: the annotation header, the mock
# third-party headers, no dependence on the host's clang resource quirks.
cxx_flags = "-I{0} -I{1}".format(annotations_include, inputs)

config.substitutions.append(("%clang_tidy_bin", config.clang_tidy))
config.substitutions.append(
    ("%privacy_tidy_check", "{0} --load={1} --quiet".format(config.clang_tidy, plugin)))
config.substitutions.append(("%clang_tidy", "{0} --load={1}".format(config.clang_tidy, plugin)))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%privacy_tidy", config.privacy_tidy_tool))
config.substitutions.append(("%summarize", config.privacy_summarize))
config.substitutions.append(("%clangxx", os.path.join(llvm_bin, "clang++")))
config.substitutions.append(("%clang", os.path.join(llvm_bin, "clang")))
config.substitutions.append(("%annotations_include", annotations_include))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%test_flags", cxx_flags))
config.substitutions.append(("%source_dir", config.privacy_source_dir))
config.substitutions.append(("%build_dir", config.privacy_build_dir))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%sarif_multitool", config.sarif_multitool))

# The LLVM built against (PRIVACY_TIDY_LLVM_VERSION): `llvm-19`, `llvm-22`.
# Where clang-tidy itself behaves differently between majors, a feature
# names the behaviour, so a test says what it depends on.
config.available_features.add("llvm-{0}".format(config.llvm_major))
# Which driver options clang supports depends on the host's target.
import platform
config.available_features.add(platform.machine())
if config.llvm_major < 21:
    # clang-tidy 21 dropped options of no enabled check from --dump-config,
    # the run-level global keys (ModelFiles, ...) among them.
    config.available_features.add("dump-config-shows-global-options")
config.substitutions.append(("%llvm_major", str(config.llvm_major)))
config.substitutions.append(("%llvm_version", config.llvm_version))
config.substitutions.append(("%project_version", config.project_version))
config.substitutions.append(("%cmake", config.cmake))
import shutil
if shutil.which("pkg-config"):
    config.available_features.add("pkg-config")

if config.sarif_multitool and os.path.exists(config.sarif_multitool):
    config.available_features.add("sarif-multitool")

# Neovim's built-in LSP client, a real editor for test/lsp (Debian: neovim).
if shutil.which("nvim"):
    config.available_features.add("neovim")
    config.substitutions.append(("%nvim", shutil.which("nvim")))
# Headless Chromium (Debian package chromium) for the HTML report's tests;
# they are UNSUPPORTED without it.
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium:
    config.available_features.add("chromium")
    config.substitutions.append(("%chromium", chromium))

# A sanitized build (-DPRIVACY_TIDY_SANITIZE=...): the plugin is instrumented
# and clang-tidy is not, so every process of a test gets the shared ASan
# runtime preloaded (the instrumented executables link that same runtime).
# Leak checking is off: clang-tidy and Python exit without freeing. SIGSEGV
# is left to the kernel: tests of crashing tools kill a (preloaded) process
# with it and expect "killed by signal 11", not ASan's report and exit 1;
# memory errors are still caught by the instrumentation.
if getattr(config, "sanitize", ""):
    config.available_features.add("sanitize")
    if config.asan_runtime:
        config.environment["LD_PRELOAD"] = config.asan_runtime
    config.environment["ASAN_OPTIONS"] = os.environ.get(
        "ASAN_OPTIONS", "detect_leaks=0:handle_segv=0")
    config.environment["UBSAN_OPTIONS"] = os.environ.get(
        "UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")

# The fuzz harnesses (-DPRIVACY_TIDY_FUZZ=ON), for test/fuzz.
if getattr(config, "fuzz_bin_dir", ""):
    config.available_features.add("fuzzers")
    config.substitutions.append(("%fuzz_bin", config.fuzz_bin_dir))
    config.substitutions.append(
        ("%fuzz_src", os.path.join(config.privacy_source_dir, "bench", "fuzz")))

# A private mount namespace (root): the TMPDIR-full test mounts a tiny tmpfs
# that disappears with the test.
import subprocess
try:
    if os.geteuid() == 0 and subprocess.run(
            ["unshare", "-m", "true"], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode == 0:
        config.available_features.add("mount-namespace")
except OSError:
    pass
