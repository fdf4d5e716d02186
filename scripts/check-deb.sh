#!/usr/bin/env bash
# Builds the Debian package of a configured and built build folder (cpack -G DEB) in a
# temporary folder and checks it: both programs, the desktop entry, the icon, the
# AppStream metainfo, the documentation, the German translations (the console built into
# cpconsole, Qt's through the qt6-translations-l10n dependency) and its Depends.
# Usage: scripts/check-deb.sh BUILD_DIR [OUT_DIR]   (CTest runs it as package_deb)
# Exit 77 (skipped) without cpack or dpkg-deb.
set -euo pipefail

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR [OUT_DIR]}" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing"; exit 77; }
done
out=${2:-$(mktemp -d)}
[[ -n ${2:-} ]] || trap 'rm -rf "$out"' EXIT
mkdir -p "$out"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"; exit 1; }
shopt -s nullglob
debs=("$out"/*.deb)
((${#debs[@]} == 1)) || { echo "expected one .deb in $out, found ${#debs[@]}"; exit 1; }
deb=${debs[0]}
echo "package: $deb ($(stat -c %s "$deb") bytes)"
dpkg-deb -I "$deb"

failed=0
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/cpconsole ./usr/bin/cplocal \
    ./usr/share/applications/io.github.cpconsole.desktop \
    ./usr/share/metainfo/io.github.cpconsole.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.cpconsole.svg \
    ./usr/share/doc/cpconsole/README.md ./usr/share/doc/cpconsole/copyright \
    ./usr/share/doc/cpconsole/docs/console.md; do
    grep -qxF "$path" <<<"$contents" || { echo "missing from the package: $path"; failed=1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6sql6-sqlite libqt6svg6 libqt6keychain1 libsqlite3-0 qt6-translations-l10n; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || { echo "Depends lacks $package"; failed=1; }
done

# The translations: the packaged cpconsole speaks German (its help text needs no display).
root="$out/root"
dpkg-deb -x "$deb" "$root"
help=$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=de_DE.UTF-8 ASAN_OPTIONS=detect_leaks=0 \
    "$root/usr/bin/cpconsole" --help)
grep -q "Desktop-Konsole" <<<"$help" || { echo "cpconsole --help is not German:"; echo "$help"; failed=1; }

((failed == 0)) && echo "package_deb: the package holds what it must"
exit "$failed"
