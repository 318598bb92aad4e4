# Shared by scripts/run and scripts/test. Sourced, not executed.
set -euo pipefail

KRYNET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KRYNET_ROOT

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Reads package names from the given list files (comments and blank lines ignored).
read_packages() {
    local f
    for f in "$@"; do
        sed -e 's/#.*//' -e 's/[[:space:]]//g' "$KRYNET_ROOT/scripts/deps/$f" | grep -v '^$'
    done
}

# Installs whichever of the listed packages are missing, through apt-get (as root or via sudo).
# Elsewhere it prints the exact list and stops.
ensure_packages() {
    local missing=() p
    while read -r p; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done < <(read_packages "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${*} packages are installed"
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "This is not a Debian/Ubuntu system. Install these packages (or their equivalents) and re-run:" >&2
        printf '  %s\n' "${missing[@]}" >&2
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Missing packages and neither root nor sudo. As root run:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    say "Installing ${#missing[@]} packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists may be absent or stale on a fresh machine: refresh once if an install fails.
    if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        "${sudo[@]}" apt-get update -q
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# Configures (once) and builds a CMake preset into build/<preset>.
build_preset() {
    local preset=$1
    cd "$KRYNET_ROOT"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        say "Configuring preset '$preset' into build/$preset"
        cmake --preset "$preset"
    fi
    say "Building preset '$preset'"
    cmake --build --preset "$preset" -j "$(nproc)"
}
