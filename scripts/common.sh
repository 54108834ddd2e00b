# Shared by scripts/demo and scripts/test. Source it; do not run it.

PREF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs every package from scripts/packages.txt, and any named as
# arguments, that is missing.
pref_install_packages() {
    local wanted missing=()
    wanted="$(grep -v -E '^\s*(#|$)' "$PREF_ROOT/scripts/packages.txt") $*"
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# pref_build BUILD_DIR BUILD_TYPE [extra cmake args...]
pref_build() {
    local dir=$1 type=$2
    shift 2
    cmake -S "$PREF_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$dir" -j2
}
