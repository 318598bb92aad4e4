#!/usr/bin/env bash
# installer_install_tree: `cmake --install` of this build into a fresh prefix installs exactly the expected
# files (executables, desktop entry, metainfo, SVG + PNG icons of the right sizes, man pages, bash/zsh/fish
# completions) and nothing else; appstreamcli validate-tree accepts the tree; the installed programs run.
# Usage: check_install_tree.sh WORKDIR
set -euo pipefail
work=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
root=$work/root
prefix=$root/usr
cmake --install "$KRYNET_BINARY_DIR" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install"; }

id=$KRYNET_APP_ID
sizes="16 22 24 32 48 64 128 256 512"
man_suffix=.gz
[ -e "$prefix/share/man/man1/krynet.1.gz" ] || man_suffix=""
expected=(
    bin/krynet bin/krynetctl bin/krynet-labsim
    "share/applications/$id.desktop"
    "share/metainfo/$id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$id.svg"
    "share/man/man1/krynet.1$man_suffix" "share/man/man1/krynetctl.1$man_suffix"
    share/bash-completion/completions/krynetctl
    share/zsh/vendor-completions/_krynetctl
    share/fish/vendor_completions.d/krynetctl.fish
)
for size in $sizes; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/actual"
diff -u "$work/expected" "$work/actual" || fail "installed files differ from the expected layout (- missing, + unexpected)"

for program in krynet krynetctl krynet-labsim; do
    [ -x "$prefix/bin/$program" ] || fail "$program is not executable"
done
# PNG width and height (bytes 16..23 of the IHDR chunk, big-endian) are the directory's size.
for size in $sizes; do
    read -r w h < <(od -An -tu1 -j16 -N8 "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "${size}x${size} icon is ${w}x${h}"
done
if [ -n "$man_suffix" ]; then
    gzip -t "$prefix/share/man/man1/krynetctl.1.gz" || fail "krynetctl.1.gz is not gzip"
fi

if command -v appstreamcli >/dev/null; then
    # Checks the metainfo against the installed desktop entry and icons together.
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
fi

[ "$("$prefix/bin/krynetctl" --version)" = "krynetctl $KRYNET_VERSION" ] || fail "installed krynetctl --version"
[ "$("$prefix/bin/krynet" --version)" = "krynet $KRYNET_VERSION" ] || fail "installed krynet --version"
echo "install tree OK: ${#expected[@]} files"
