#!/usr/bin/env bash
# installer_deb_package: builds the .deb from this build tree with cpack, checks its control fields and
# contents, installs it with dpkg, runs `krynet --version` and `krynetctl --version` from the installed
# /usr/bin and the GUI offscreen in demo mode (its krynet-labsim child must be the installed one next to
# it), then purges the package and checks that none of its files is left.
#
# Where it installs: into this machine (as root, when neither the package nor any /usr/bin/krynet* is
# present; the test holds RESOURCE_LOCK system_packages and always purges on exit), otherwise into a fresh
# dpkg root under WORKDIR (dpkg --root with its own database). KRYNET_DEB_TEST_MODE=root forces the latter.
# Usage: check_deb_package.sh WORKDIR      (exit 77 = skipped: dpkg tools missing)
set -euo pipefail
work=$1
package=krynet-control
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg dpkg-deb dpkg-shlibdeps pgrep; do
    command -v "$tool" >/dev/null || { echo "$tool missing (dpkg-dev, procps)"; exit 77; }
done

rm -rf "$work"
mkdir -p "$work"
gui_pid="" installed_here=0 mode=""

dpkg_run() { # dpkg with the mode's root; waits (up to 5 min) while another dpkg/apt holds the lock
    local deadline=$((SECONDS + 300)) out rc
    while :; do
        rc=0
        out=$(dpkg "${dpkg_root[@]}" "$@" 2>&1) || rc=$?
        if [ $rc -ne 0 ] && grep -qi 'lock' <<<"$out" && [ $SECONDS -lt $deadline ]; then
            sleep 1
            continue
        fi
        printf '%s\n' "$out"
        return $rc
    done
}

cleanup() {
    local rc=$?
    if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    if [ "$installed_here" = 1 ]; then
        dpkg_run --purge "$package" >/dev/null || echo "WARNING: could not purge $package" >&2
    fi
    if [ $rc -eq 0 ]; then
        rm -rf "$work"
    fi
    exit $rc
}
trap cleanup EXIT

# --- build the package -------------------------------------------------------------------------------------
start=$SECONDS
"${KRYNET_CPACK:-cpack}" -G DEB --config "$KRYNET_BINARY_DIR/CPackConfig.cmake" -B "$work/pkg" \
    >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(find "$work/pkg" -maxdepth 1 -name '*.deb' -print -quit)
[ -n "$deb" ] || fail "cpack wrote no .deb"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# --- control fields and contents ---------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$KRYNET_VERSION" ] || fail "Version: $(field Version)"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# Every library the executables link must come from a package named in Depends (names differ between
# Debian 12 and Ubuntu 24.04, e.g. t64 suffixes, so ask dpkg which package holds each one here).
dpkg-deb -x "$deb" "$work/extract"
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
owner_of() { # the package holding a library path (usr-merged or not)
    local path=$1 alt
    case $path in /usr/*) alt=${path#/usr} ;; *) alt=/usr$path ;; esac
    { dpkg-query -S "$path" || dpkg-query -S "$alt" || dpkg-query -S "$(readlink -f "$path")"; } 2>/dev/null |
        head -n1 | cut -d: -f1
}
for program in krynet krynetctl krynet-labsim; do
    needed=$(objdump -p "$work/extract/usr/bin/$program" | awk '$1 == "NEEDED" { print $2 }')
    for soname in $needed; do
        # "libx.so.1 => /path (addr)", or "/lib64/ld-linux-x86-64.so.2 (addr)" for the loader.
        path=$(ldd "$work/extract/usr/bin/$program" | awk -v so="$soname" '$1 == so { print $3 } $1 ~ "/" so "$" { print $1 }')
        [ -n "$path" ] || fail "$soname (needed by $program) is not found on this machine"
        owner=$(owner_of "$path")
        [ -n "$owner" ] || fail "no installed package holds $path (needed by $program)"
        grep -qxF "$owner" <<<"$depends_names" || fail "Depends lacks $owner ($soname, needed by $program)"
    done
done
grep -qx libqt6svg6 <<<"$depends_names" || fail "Depends lacks libqt6svg6 (SVG plugins)"
grep -q 'gnome-keyring | kwalletmanager' <<<"$(field Recommends)" || fail "Recommends lacks a keychain"
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$work/contents"
for path in ./usr/bin/krynet ./usr/bin/krynetctl ./usr/bin/krynet-labsim \
    "./usr/share/applications/$KRYNET_APP_ID.desktop" "./usr/share/metainfo/$KRYNET_APP_ID.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$KRYNET_APP_ID.svg" \
    "./usr/share/icons/hicolor/256x256/apps/$KRYNET_APP_ID.png" ./usr/share/man/man1/krynetctl.1.gz \
    ./usr/share/bash-completion/completions/krynetctl; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done

# --- install ---------------------------------------------------------------------------------------------
if [ "${KRYNET_DEB_TEST_MODE:-system}" = system ] && [ "$(id -u)" = 0 ] &&
    [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" != *installed* ]] &&
    ! compgen -G '/usr/bin/krynet*' >/dev/null; then
    mode=system root="" dpkg_root=()
else
    # A fresh root with an empty dpkg database; the system's libraries still serve the programs.
    mode=root root=$work/root
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
    touch "$root/var/lib/dpkg/status"
    dpkg_root=(--root="$root" --log=/dev/null --force-depends --force-script-chrootless)
    [ "$(id -u)" = 0 ] || dpkg_root+=(--force-not-root)
fi
echo "installing into ${root:-the system} (mode $mode)"
installed_here=1
dpkg_run --install "$deb" || fail "dpkg --install"
status=$(dpkg_run --status "$package") || fail "dpkg --status"
grep -qx 'Status: install ok installed' <<<"$status" || fail "not 'install ok installed'"
dpkg_run --listfiles "$package" >"$work/listed"
bin=$root/usr/bin

# --- run --------------------------------------------------------------------------------------------------
[ "$("$bin/krynet" --version)" = "krynet $KRYNET_VERSION" ] || fail "$bin/krynet --version"
[ "$("$bin/krynetctl" --version)" = "krynetctl $KRYNET_VERSION" ] || fail "$bin/krynetctl --version"
if [ "$mode" = system ]; then
    [ "$(command -v krynetctl)" = /usr/bin/krynetctl ] || fail "krynetctl is not found on PATH as /usr/bin/krynetctl"
    [ "$(man -w krynetctl)" = /usr/share/man/man1/krynetctl.1.gz ] || fail "man does not find krynetctl(1)"
fi

# The GUI offscreen in demo mode, with a throwaway home: it must start the installed krynet-labsim from
# next to itself (no KRYNET_LABSIM, no build tree on PATH) and stay up.
home=$work/home
mkdir -p "$home"
(
    unset KRYNET_LABSIM
    export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
    export KRYNET_CONFIG_DIR=$home/.config/krynet QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin
    exec "$bin/krynet" --demo
) >"$work/gui.log" 2>&1 &
gui_pid=$!
deadline=$((SECONDS + 60))
labsim_pid=""
while [ -z "$labsim_pid" ]; do
    kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "krynet --demo exited early"; }
    [ $SECONDS -lt $deadline ] || { cat "$work/gui.log"; fail "krynet --demo started no krynet-labsim within 60 s"; }
    labsim_pid=$(pgrep -P "$gui_pid" -x krynet-labsim || true)
    [ -n "$labsim_pid" ] || sleep 0.1
done
[ "$(readlink "/proc/$labsim_pid/exe")" = "$bin/krynet-labsim" ] ||
    fail "the demo ran $(readlink "/proc/$labsim_pid/exe"), not $bin/krynet-labsim"
# Alive for a second with the lab running (polled, so an early crash fails at once).
alive_until=$(($(date +%s%N) + 1000000000))
while [ "$(date +%s%N)" -lt "$alive_until" ]; do
    kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "krynet --demo died within a second"; }
    sleep 0.1
done
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
# krynet-labsim quits when its stdin (the pipe from krynet) closes.
deadline=$((SECONDS + 20))
while kill -0 "$labsim_pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
        kill "$labsim_pid" 2>/dev/null || true
        fail "krynet-labsim $labsim_pid outlived krynet by 20 s"
    fi
    sleep 0.1
done
echo "ran: krynet --version, krynetctl --version, krynet --demo (labsim $bin/krynet-labsim)"

# --- remove, and nothing of it is left ----------------------------------------------------------------------
dpkg_run --purge "$package" >/dev/null || fail "dpkg --purge"
installed_here=0
status=$(dpkg_run --status "$package" 2>/dev/null || true)
! grep -q '^Status: install' <<<"$status" || fail "still known to dpkg after --purge"
files=0 left=()
while read -r path; do
    [ -n "$path" ] || continue
    [ "$path" = "/." ] && continue
    target=$root$path
    if [ -e "$target" ] || [ -L "$target" ]; then
        if [ -d "$target" ] && [ ! -L "$target" ]; then
            # A directory may stay when another package owns it or it still holds other files.
            if [ "$mode" = system ] && ! dpkg-query -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$target")" ]; then
                left+=("$path/ (empty, unowned)")
            fi
        else
            left+=("$path")
        fi
    fi
    files=$((files + 1))
done <"$work/listed"
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
echo "removed: none of the $files listed paths is left"
