# Shared by scripts/build-windows and scripts/test-windows (sourced, not run): a Debian
# sid chroot with rustc, cargo, rust-src and the MinGW-w64 cross toolchain, in which the
# Windows build and its Wine tests run. The chroot is made once and kept between runs
# (REIFEGRAD_WINDOWS_CHROOT, default /var/cache/reifegrad/windows-chroot); the project is
# bind-mounted at /src while a command runs in it.
#
# Why a chroot: rustup here cannot add the Windows target, and Debian's stable Rust has
# no Windows std. sid's rustc builds std for x86_64-pc-windows-gnu from rust-src
# (-Zbuild-std), and sid's Wine is new enough for today's std (ProcessPrng).

set -euo pipefail

WINDOWS_CHROOT=${REIFEGRAD_WINDOWS_CHROOT:-/var/cache/reifegrad/windows-chroot}
# Packages of the chroot: the build toolchain, and what the Wine tests use.
WINDOWS_CHROOT_BUILD_PACKAGES="ca-certificates rustc cargo rust-src gcc-mingw-w64-x86-64 \
binutils-mingw-w64-x86-64"
WINDOWS_CHROOT_TEST_PACKAGES="wine wine64 xvfb xauth openbox x11-utils libgl1-mesa-dri \
fonts-dejavu-core procps"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
        echo "This needs root (or sudo) for debootstrap and the chroot." >&2
        exit 1
    }
    SUDO="sudo"
fi

# The Debian mirror the host uses (so a machine behind a mirror or proxy works alike).
host_mirror() {
    local uri
    uri=$(grep -hoE '^URIs: *[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -v security | head -n 1 | sed 's/^URIs: *//')
    if [ -z "$uri" ]; then
        uri=$(grep -hoE '^deb +(\[[^]]*\] +)?[^ ]+' /etc/apt/sources.list 2>/dev/null |
            grep -v security | head -n 1 | awk '{print $NF}')
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

# Mounts /proc, /sys, /dev, /dev/pts and the project into the chroot; undone by
# chroot_umount (called on exit).
chroot_mount() {
    local project=$1
    for fs in proc sys dev dev/pts; do
        $SUDO mkdir -p "$WINDOWS_CHROOT/$fs"
        mountpoint -q "$WINDOWS_CHROOT/$fs" || $SUDO mount --bind "/$fs" "$WINDOWS_CHROOT/$fs"
    done
    $SUDO mkdir -p "$WINDOWS_CHROOT/src"
    # Always this project: a mount left by an interrupted run may be another checkout.
    if mountpoint -q "$WINDOWS_CHROOT/src"; then $SUDO umount -l "$WINDOWS_CHROOT/src"; fi
    $SUDO mount --bind "$project" "$WINDOWS_CHROOT/src"
    $SUDO cp /etc/resolv.conf "$WINDOWS_CHROOT/etc/resolv.conf"
}

chroot_umount() {
    for fs in src dev/pts dev sys proc; do
        if mountpoint -q "$WINDOWS_CHROOT/$fs"; then
            $SUDO umount -l "$WINDOWS_CHROOT/$fs" || true
        fi
    done
}

# Runs a shell command inside the chroot, in /src, as root.
in_chroot() {
    $SUDO chroot "$WINDOWS_CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/x86_64-linux-gnu/wine \
        LANG=C.UTF-8 TERM=dumb /bin/bash -c "cd /src && $1"
}

# Makes the chroot if it is missing and installs the given packages in it.
chroot_prepare() {
    local project=$1
    shift
    if [ ! -x "$WINDOWS_CHROOT/usr/bin/apt-get" ]; then
        command -v debootstrap >/dev/null ||
            $SUDO apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
        $SUDO mkdir -p "$(dirname "$WINDOWS_CHROOT")"
        $SUDO rm -rf "$WINDOWS_CHROOT"
        echo "debootstrap sid into $WINDOWS_CHROOT (mirror $(host_mirror))"
        $SUDO debootstrap --variant=minbase sid "$WINDOWS_CHROOT" "$(host_mirror)" >/dev/null
        # sid's Release file may be past its Valid-Until relative to this machine's clock.
        echo 'Acquire::Check-Valid-Until "false";' |
            $SUDO tee "$WINDOWS_CHROOT/etc/apt/apt.conf.d/99reifegrad" >/dev/null
    fi
    chroot_mount "$project"
    trap chroot_umount EXIT
    local missing=""
    for package in "$@"; do
        in_chroot "dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -q 'ok installed'" ||
            missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        echo "installing in the chroot:$missing"
        in_chroot "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends $missing >/dev/null"
    fi
    # Trust the same extra CA certificates as the host (a proxy's, say), else cargo
    # fails with "self-signed certificate in certificate chain".
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        $SUDO mkdir -p "$WINDOWS_CHROOT/usr/local/share/ca-certificates"
        $SUDO cp /usr/local/share/ca-certificates/*.crt "$WINDOWS_CHROOT/usr/local/share/ca-certificates/"
        in_chroot "update-ca-certificates >/dev/null 2>&1"
    fi
}
