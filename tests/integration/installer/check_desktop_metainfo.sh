#!/usr/bin/env bash
# installer_desktop_file / installer_metainfo: validate the desktop entry (desktop-file-validate) and the
# AppStream metadata (appstreamcli validate --no-net), and check that both name the app id and that the
# newest release of the metainfo is the project version.
# Usage: check_desktop_metainfo.sh desktop|metainfo FILE   (exit 77 = skipped: validator missing)
set -euo pipefail
kind=$1 file=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

case $kind in
desktop)
    command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate missing (desktop-file-utils)"; exit 77; }
    out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
    # Hints are not failures for the tool, but a clean entry has none.
    [ -z "$out" ] || fail "desktop-file-validate reports: $out"
    [ "$(basename "$file")" = "$KRYNET_APP_ID.desktop" ] || fail "file name is not the app id"
    grep -qx "Icon=$KRYNET_APP_ID" "$file" || fail "Icon is not the app id"
    grep -qx 'Exec=krynet' "$file" || fail "Exec is not krynet"
    echo "desktop entry OK"
    ;;
metainfo)
    command -v appstreamcli >/dev/null || { echo "appstreamcli missing (appstream)"; exit 77; }
    appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate"
    grep -q "<id>$KRYNET_APP_ID</id>" "$file" || fail "<id> is not the app id"
    grep -q "<launchable type=\"desktop-id\">$KRYNET_APP_ID.desktop</launchable>" "$file" || fail "launchable"
    newest=$(grep -o '<release version="[^"]*"' "$file" | head -n1 | cut -d'"' -f2)
    [ "$newest" = "$KRYNET_VERSION" ] ||
        fail "newest <release> is $newest, project(VERSION) is $KRYNET_VERSION: add a release entry"
    for binary in krynet krynetctl krynet-labsim; do
        grep -q "<binary>$binary</binary>" "$file" || fail "<provides> lacks $binary"
    done
    echo "metainfo OK (release $newest)"
    ;;
*) fail "unknown kind $kind" ;;
esac
