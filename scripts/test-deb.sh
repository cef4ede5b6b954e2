#!/usr/bin/env bash
# Builds the Debian packages of one LLVM's build with CPack and tests them in
# a clean Debian 12 root: debootstrap (cached), apt installs the .debs and
# their dependencies inside the chroot, and the bundled example is analysed
# with the installed files only (the example's sources are copied in; the
# repository is not). Needs root, debootstrap and Debian's archive; takes
# minutes, so it is not part of the suite (docs/install.md).
#   scripts/test-deb.sh [LLVM_VERSION...]    default 19
#   scripts/test-deb.sh 19 22                 both llvm packages side by side
#                                             (privacy-tidy from the first)
# The builds packaged are build/ (19) and build-<N>/.
# PRIVACY_TIDY_DEB_WORK:  cache and work directory (default <repo>/.deb-test)
# DEBIAN_MIRROR:          default http://deb.debian.org/debian
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSIONS=("$@")
[ "${#VERSIONS[@]}" -gt 0 ] || VERSIONS=("${LLVM_VERSION:-19}")
V="${VERSIONS[0]}"
build_dir() { if [ "$1" = 19 ]; then echo "$ROOT/build"; else echo "$ROOT/build-$1"; fi; }
WORK="${PRIVACY_TIDY_DEB_WORK:-$ROOT/.deb-test}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh: must run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
mkdir -p "$WORK"

DEBS="$WORK/debs-$(IFS=-; echo "${VERSIONS[*]}")"
rm -rf "$DEBS" && mkdir -p "$DEBS"
for v in "${VERSIONS[@]}"; do
  BUILD="$(build_dir "$v")"
  echo "== packages (cpack, $BUILD)"
  cmake --build "$BUILD" -j "${PRIVACY_TIDY_JOBS:-2}" >/dev/null
  rm -rf "$WORK/cpack-$v"
  (cd "$BUILD" && cpack -G DEB -B "$WORK/cpack-$v" >/dev/null)
  cp "$WORK/cpack-$v/privacy-tidy-llvm$v"_*.deb "$DEBS/"
  [ "$v" != "$V" ] || cp "$WORK/cpack-$v/privacy-tidy"_*.deb "$DEBS/"
done
ls -l "$DEBS"
for d in "$DEBS"/*.deb; do dpkg-deb --field "$d" Package Version Depends; echo; done

# A minimal bookworm root, made once and copied for every run.
BASE="$WORK/bookworm-base"
if [ ! -f "$BASE/.complete" ]; then
  echo "== debootstrap bookworm into $BASE (once)"
  rm -rf "$BASE"
  debootstrap --variant=minbase bookworm "$BASE" "$MIRROR" >"$WORK/debootstrap.log"
  touch "$BASE/.complete"
fi
CHROOT="$WORK/root"
cleanup() {
  for m in dev/pts dev proc; do mountpoint -q "$CHROOT/$m" && umount -l "$CHROOT/$m"; done
  return 0
}
trap cleanup EXIT
cleanup
rm -rf "$CHROOT"
cp -a "$BASE" "$CHROOT"
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
mount --bind /dev/pts "$CHROOT/dev/pts"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# LLVM 22 comes from bookworm-security.
cat > "$CHROOT/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
mkdir -p "$CHROOT/tmp/debs" "$CHROOT/tmp/telecom"
cp "$DEBS"/*.deb "$CHROOT/tmp/debs/"
cp -a "$ROOT/examples/telecom/." "$CHROOT/tmp/telecom/"
cp -a "$ROOT/test/install/Inputs/consumer" "$CHROOT/tmp/consumer"

echo "== inside the chroot"
chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive V="$V" ALL="${VERSIONS[*]}" /bin/bash -euo pipefail -c '
apt-get update -qq
# The packages, with their dependencies from the archive; then what the
# example needs to configure (a compiler, CMake, Ninja): not privacy-tidy files.
apt-get install -y -qq --no-install-recommends /tmp/debs/*.deb >/tmp/apt.log
apt-get install -y -qq --no-install-recommends cmake ninja-build "clang-$V" g++ >>/tmp/apt.log
dpkg -l "privacy-tidy*" | tail -n +6
echo "-- installed files"
for v in $ALL; do dpkg -L "privacy-tidy-llvm$v"; done | grep -E "bin/|\.so$"
dpkg -L privacy-tidy | grep -E "bin/|\.so$|annotations.h$|Config.cmake$|\.pc$|schema" 
echo "-- privacy-tidy --version"
privacy-tidy --version
cd /tmp/telecom
cmake -S . -B build -G Ninja -DCMAKE_CXX_COMPILER="clang++-$V" \
  -DPRIVACY_TIDY_ANNOTATIONS_INCLUDE=/usr/include >/dev/null
cmake --build build >/dev/null
echo "-- clang-tidy-$V --load /usr/lib/privacy-tidy/PrivacyTidy-$V.so"
"clang-tidy-$V" --load "/usr/lib/privacy-tidy/PrivacyTidy-$V.so" --checks="-*,privacy-*" \
  -p build --quiet src/*.cpp 2>/dev/null | grep -c "warning:" | sed "s/^/warnings: /"
echo "-- privacy-tidy check --whole-program"
status=0
privacy-tidy check -p build --whole-program --progress none -o /tmp/telecom.sarif >/tmp/check.out || status=$?
tail -n 3 /tmp/check.out
echo "exit status $status (1: findings)"
[ "$status" -eq 1 ]
python3 -c "import json; r=json.load(open(\"/tmp/telecom.sarif\"))[\"runs\"][0]; print(\"SARIF results:\", len(r[\"results\"]), \"tool\", r[\"tool\"][\"driver\"][\"name\"], r[\"tool\"][\"driver\"][\"version\"])" 2>/dev/null || true
echo "-- find_package(PrivacyTidy) consumer"
cmake -S /tmp/consumer -B /tmp/consumer-build -G Ninja -DCMAKE_CXX_COMPILER="clang++-$V" | grep PrivacyTidy_PLUGIN=
cmake --build /tmp/consumer-build >/dev/null && /tmp/consumer-build/consumer
for v in $ALL; do
  [ "$v" != "$V" ] || continue
  echo "-- side by side: clang-tidy-$v"
  privacy-tidy --version --clang-tidy "clang-tidy-$v" | sed -n "2,4p"
  rm -rf /tmp/telecom/build-$v
  cmake -S /tmp/telecom -B /tmp/telecom/build-$v -G Ninja -DCMAKE_CXX_COMPILER="clang++-$V" \
    -DPRIVACY_TIDY_ANNOTATIONS_INCLUDE=/usr/include >/dev/null
  status=0
  privacy-tidy check -p /tmp/telecom/build-$v --clang-tidy "clang-tidy-$v" --whole-program --progress none \
    -o /tmp/telecom-$v.sarif >/tmp/check-$v.out || status=$?
  tail -n 1 /tmp/check-$v.out; echo "exit status $status (1: findings)"
  [ "$status" -eq 1 ]
done
'
echo "== test-deb.sh: packages for LLVM ${VERSIONS[*]} pass in a clean Debian 12 root"
