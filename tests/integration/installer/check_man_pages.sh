#!/usr/bin/env bash
# installer_man_pages: krynet.1 and krynetctl.1 are warning-free roff, krynet.1 describes every option
# of `krynet --help`, and krynetctl.1 has a section for every command of `krynetctl --help` with each of
# its options.
# Usage: check_man_pages.sh MANDIR KRYNET KRYNETCTL
set -euo pipefail
mandir=$1 krynet=$2 krynetctl=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 KRYNET_CONFIG_DIR=$work/config XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen
unset LANGUAGE

for page in krynet.1 krynetctl.1; do
    [ -s "$mandir/$page" ] || fail "$mandir/$page missing"
    # -k: UTF-8 input through preconv; -ww: every warning; -z: no output.
    warnings=$(groff -k -man -ww -z -Tutf8 "$mandir/$page" 2>&1) || fail "groff failed on $page: $warnings"
    [ -z "$warnings" ] || fail "groff warnings in $page:"$'\n'"$warnings"
    grep -q '^\.TH .*"KryNet Control '"$KRYNET_VERSION"'"' "$mandir/$page" || fail "$page: .TH lacks version $KRYNET_VERSION"
done

# krynet.1 against the real options of the GUI (--help needs a QApplication: offscreen).
options=$("$krynet" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || fail "no options in krynet --help"
for option in $options; do
    grep -qF -- "${option//-/\\-}" "$mandir/krynet.1" || fail "krynet.1 does not describe $option"
done

# krynetctl.1 against every command and option.
commands=$("$krynetctl" --help | sed -n 's/^  \([a-z][a-z0-9-]*\( [a-z][a-z0-9-]*\)\?\)  *[^ ].*$/\1/p')
[ -n "$commands" ] || fail "no commands in krynetctl --help"
count=0
while read -r command; do
    grep -qF ".SS \"$command\"" "$mandir/krynetctl.1" || fail "krynetctl.1 has no section for '$command'"
    # shellcheck disable=SC2086 # the command is one or two words
    for option in $("$krynetctl" $command --help | grep -o -- '^  \(-[a-z], \)\?--[a-z][a-z-]*' | grep -o -- '--[a-z-]*'); do
        [ "$option" = --help ] && continue
        grep -qF -- "${option//-/\\-}" "$mandir/krynetctl.1" || fail "krynetctl.1 lacks $option of '$command'"
    done
    count=$((count + 1))
done <<<"$commands"
echo "man pages OK: krynet.1 ($(echo "$options" | wc -w) options), krynetctl.1 ($count commands)"
