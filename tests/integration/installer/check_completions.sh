#!/usr/bin/env bash
# installer_completions: the generated bash completion completes commands, subcommands, options, profile
# names (from `krynetctl profile list`) and known secret keys; the zsh and fish files parse (zsh -n,
# fish --no-execute) where those shells are installed.
# Usage: check_completions.sh COMPLETIONDIR KRYNETCTL
set -euo pipefail
dir=$1 krynetctl=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 KRYNET_CONFIG_DIR=$work/config XDG_CONFIG_HOME=$work/config
mkdir -p "$work/bin"
ln -s "$krynetctl" "$work/bin/krynetctl"
export PATH="$work/bin:$PATH"

for file in krynetctl _krynetctl krynetctl.fish; do
    [ -s "$dir/$file" ] || fail "$dir/$file missing"
done
bash -n "$dir/krynetctl" || fail "bash syntax"
krynetctl profile add home --host nas.lan >/dev/null || fail "cannot add a test profile"

# complete WORD... : the completions offered for the last word.
complete_words() {
    bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _krynetctl
        printf "%s\n" "${COMPREPLY[@]}"' _ "$dir/krynetctl" "$@"
}
expect() { # expect WANTED WORD...
    local wanted=$1 got
    shift
    got=$(complete_words "$@")
    grep -qxF -- "$wanted" <<<"$got" || fail "completing '$*' offers no '$wanted' (got: $(echo $got))"
}
expect profile krynetctl ""
expect --json krynetctl --
expect exec krynetctl --json ""
expect add krynetctl profile ""
expect show krynetctl profile s
expect --host krynetctl profile add --h
expect --service krynetctl profile add home --host nas --
expect home krynetctl profile show ""
expect home krynetctl ssh-check --profile ""
expect home krynetctl --json http-check --profile h
expect sonarr.api-key krynetctl secret set --profile home ""
[ -z "$(complete_words krynetctl exec -- "")" ] || fail "completes after -- (remote command)"
checked="bash"

if command -v zsh >/dev/null; then
    zsh -n "$dir/_krynetctl" || fail "zsh syntax"
    checked+=", zsh syntax"
fi
if command -v fish >/dev/null; then
    fish --no-execute "$dir/krynetctl.fish" || fail "fish syntax"
    # The fish helpers answer like the bash completion.
    got=$(fish -c "source '$dir/krynetctl.fish'; complete -C 'krynetctl profile show '" | cut -f1)
    grep -qx home <<<"$got" || fail "fish does not complete profile names (got: $(echo $got))"
    got=$(fish -c "source '$dir/krynetctl.fish'; complete -C 'krynetctl prof'" | cut -f1)
    grep -qx profile <<<"$got" || fail "fish does not complete commands (got: $(echo $got))"
    checked+=", fish"
fi
echo "completions OK ($checked)"
