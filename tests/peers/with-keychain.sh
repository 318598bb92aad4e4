#!/usr/bin/env bash
# Runs a command against a REAL gnome-keyring (Secret Service) on a private D-Bus session bus, with
# HOME and the XDG dirs in a fresh temporary directory. Usage: with-keychain.sh COMMAND [ARGS...]
# The keyring is unlocked with a throwaway password; everything is removed afterwards.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keychain.sh: $tool missing (scripts/test installs it)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/krynet-keyring.XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
mkdir -p -m 700 "$work/run" "$work/data" "$work/config" "$work/cache"

export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
       XDG_RUNTIME_DIR="$work/run"
unset DISPLAY WAYLAND_DISPLAY KRYNET_CONFIG_DIR
export KRYNET_TEST_KEYRING=1

# dbus-run-session ends the bus (and the daemon it activated) when the command exits.
exec dbus-run-session -- sh -c '
    printf %s krynet-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' sh "$@"
