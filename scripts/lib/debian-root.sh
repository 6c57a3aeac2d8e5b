# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/check-fresh-machine and scripts/check-package: a clean Debian 12 root
# made with debootstrap, kept as a tarball in the cache so later checks start faster, and
# unpacked afresh for every check. Needs root (debootstrap, chroot, mount).
#
#   KONVERGENSI_CACHE   where the tarball and the downloaded .debs are kept
#                       (default: ~/.cache/konvergensi)
#   KONVERGENSI_MIRROR  the Debian mirror (default: the first one this machine's apt uses)
#
# Functions (every one prints its progress with a "name: " prefix from $KV_NAME):
#   kv_root_create DIR     unpack a pristine root into DIR (made by debootstrap once)
#   kv_root_mount DIR      mount /proc, /sys, /dev, /dev/pts and the .deb cache into it
#   kv_root_umount DIR     undo kv_root_mount (safe to call twice, and on failure)
#   kv_root_destroy DIR    unmount and delete the root
#   kv_root_run DIR CMD    run a bash command in the root as root, with a clean environment
#   kv_require_tools CMD...  install the host's missing developer tools with apt-get

KV_NAME="${KV_NAME:-check}"
KV_CACHE="${KONVERGENSI_CACHE:-${HOME:-/root}/.cache/konvergensi}"
KV_SUITE=bookworm

kv_say() { printf '%s: %s\n' "$KV_NAME" "$*" >&2; }

# Installs host tools that are missing; arguments are command:package pairs.
kv_require_tools() {
    local pair command package missing=()
    for pair in "$@"; do
        command="${pair%%:*}"
        package="${pair#*:}"
        command -v "$command" >/dev/null 2>&1 || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    kv_say "installing developer tools on this machine: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        >/dev/null || {
        DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                "${missing[@]}" >/dev/null
    }
}

kv_mirror() {
    if [[ -n "${KONVERGENSI_MIRROR:-}" ]]; then
        echo "$KONVERGENSI_MIRROR"
        return
    fi
    local found
    found="$(grep -rhoE '(URIs:|^deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list \
        /etc/apt/sources.list.d/ 2>/dev/null | grep -v security | head -n1 |
        sed -E 's/^(URIs:|deb) +//; s/ *$//')"
    echo "${found:-http://deb.debian.org/debian}"
}

# The pristine root as a tarball; debootstrap runs only when the cache has none.
kv_root_tarball() {
    local tarball="$KV_CACHE/debian-$KV_SUITE-minbase.tar"
    if [[ ! -s "$tarball" ]]; then
        kv_require_tools debootstrap:debootstrap
        mkdir -p "$KV_CACHE"
        local work="$KV_CACHE/debootstrap.$$"
        rm -rf "$work"
        kv_say "debootstrap --variant=minbase $KV_SUITE from $(kv_mirror) (once; cached in $KV_CACHE)"
        if ! debootstrap --variant=minbase "$KV_SUITE" "$work" "$(kv_mirror)" \
            >"$KV_CACHE/debootstrap.log" 2>&1; then
            kv_say "debootstrap failed; see $KV_CACHE/debootstrap.log"
            rm -rf "$work"
            return 1
        fi
        # The security and updates suites too, as a machine installed today has them.
        local mirror
        mirror="$(kv_mirror)"
        cat >"$work/etc/apt/sources.list" <<EOF
deb $mirror $KV_SUITE main
deb $mirror $KV_SUITE-updates main
deb ${mirror%/debian*}/debian-security $KV_SUITE-security main
EOF
        rm -rf "$work"/var/cache/apt/archives/*.deb "$work"/var/lib/apt/lists/*
        tar -C "$work" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf "$work"
    fi
    echo "$tarball"
}

kv_root_create() {
    local dir="$1" tarball
    tarball="$(kv_root_tarball)" || return 1
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -C "$dir" -xf "$tarball"
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    # No services start inside the root (apt would otherwise try to start them).
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
    chmod 755 "$dir/usr/sbin/policy-rc.d"
}

kv_root_mount() {
    local dir="$1"
    mount -t proc proc "$dir/proc"
    mount --rbind /sys "$dir/sys"
    mount --make-rslave "$dir/sys"
    mount --rbind /dev "$dir/dev"
    mount --make-rslave "$dir/dev"
    # Downloaded packages are kept between checks (apt verifies each one again), one cache
    # per kind of check, so that two checks running at once do not wait for apt's lock.
    local archives="$KV_CACHE/apt-archives/$KV_NAME"
    mkdir -p "$archives/partial" "$dir/var/cache/apt/archives"
    mount --bind "$archives" "$dir/var/cache/apt/archives"
    mkdir -p "$dir/tmp/.X11-unix"
    chmod 1777 "$dir/tmp" "$dir/tmp/.X11-unix"
}

kv_root_umount() {
    local dir="$1" mounted
    [[ -n "$dir" && -d "$dir" ]] || return 0
    # Deepest first; lazily, so a process still holding a file does not keep the mount.
    mapfile -t mounted < <(awk -v root="$(realpath "$dir")" \
        '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/mounts | sort -r)
    local point
    for point in "${mounted[@]}"; do
        umount -l "$point" 2>/dev/null || true
    done
}

kv_root_destroy() {
    local dir="$1"
    [[ -n "$dir" && -d "$dir" ]] || return 0
    kv_root_umount "$dir"
    # Never delete through a mount that is still there.
    if awk -v root="$(realpath "$dir")" 'index($2, root "/") == 1 { found = 1 } END { exit !found }' \
        /proc/mounts; then
        kv_say "warning: $dir still has mounts; left in place"
        return 1
    fi
    rm -rf "$dir"
}

kv_root_run() {
    local dir="$1"
    shift
    chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive ${KV_ROOT_ENV:-} /bin/bash -c "$*"
}
