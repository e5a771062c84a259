#!/bin/bash
# netguard.sh run COMMAND [ARG...] | arm | report NAME | self-test MAILFIX_CLI
#
# The network guard: no test may reach outside the machine. `run` runs COMMAND in a network namespace
# of its own (and a mount namespace, for its resolv.conf) whose only way out is an interface of its own
# with a default route (IPv4 and IPv6); nftables (netguard.nft) lets loopback pass and counts and
# refuses every other packet. The name server in its resolv.conf lies outside too, so a name lookup
# that would leave the machine is caught as well. When COMMAND is done, the guard lists what it tried,
# and fails (exit 1) when it tried anything, even if COMMAND passed.
#   arm:       sets the guard up inside the current network namespace (the harness uses it).
#   report:    prints what was tried in the current network namespace; exit 1 when anything was.
#   self-test: proves that the guard catches attempts (TCP, IPv6, name lookups, mailfix-cli detect and
#              probe) and lets loopback pass.
# Root, or a user who may create user namespaces (then the command runs as root of its own namespace).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SELF="$HERE/$(basename "$0")"
# RFC 2544 benchmarking and RFC 3849 documentation addresses: never a real name server.
DNS4=198.18.0.53
DNS6=2001:db8::53
IFACE=mfguard0

die() { echo "netguard: $*" >&2; exit 2; }
have_ipv6() { [ -e /proc/sys/net/ipv6 ]; }

arm() {
    ip link set lo up
    # A veth pair with both ends here: any interface with a default route would do (no dummy module needed).
    ip link add "$IFACE" type veth peer name mfguard1
    ip link set mfguard1 up
    ip link set "$IFACE" up
    ip addr add 198.18.0.2/32 dev "$IFACE"
    ip route add default dev "$IFACE"
    if have_ipv6; then
        ip -6 addr add fd6d:6667::2/128 dev "$IFACE" nodad
        ip -6 route add default dev "$IFACE"
    fi
    nft -f "$HERE/netguard.nft"
}

# One line per destination: "192.0.2.1 tcp port 25: 2 packets".
attempts() {
    nft -j list table inet mailfix_netguard | python3 -c '
import json, sys
for item in json.load(sys.stdin)["nftables"]:
    s = item.get("set")
    if not s:
        continue
    for e in s.get("elem", []):
        e = e.get("elem", e)
        key = e["val"]["concat"] if isinstance(e["val"], dict) else [e["val"]]
        what = "%s %s" % (key[0], key[1]) + (" port %s" % key[2] if len(key) > 2 else "")
        if key[0] in ("'"$DNS4"'", "'"$DNS6"'"):
            what += " (the guard'"'"'s name server: a name lookup that would leave the machine)"
        print("  %s: %d packets" % (what, e.get("counter", {}).get("packets", 0)))
'
}

report() {
    local name=$1 packets
    packets=$(nft list counter inet mailfix_netguard outside | awk '$1 == "packets" { print $2 }')
    [ -n "$packets" ] || die "no guard in this network namespace (nft table mailfix_netguard missing)"
    [ "$packets" = 0 ] && return 0
    echo "netguard: $name tried to reach outside the machine ($packets packets refused):" >&2
    attempts >&2
    echo "netguard: tests may use only 127.0.0.0/8, ::1 and the harness's namespace (tests/netguard/netguard.sh)" >&2
    return 1
}

run() {
    [ $# -gt 0 ] || die "run needs a command"
    if [ "${MAILFIX_NETGUARD_INSIDE:-}" != 1 ]; then
        local unshare=(unshare --net --mount --propagation private)
        [ "$(id -u)" = 0 ] || unshare+=(--user --map-root-user)
        if ! "${unshare[@]}" true 2>/dev/null; then
            [ "$(id -u)" != 0 ] || die "cannot create a network namespace"
            echo "netguard: this user may not create namespaces: $1 runs WITHOUT the network guard" >&2
            exec "$@"
        fi
        MAILFIX_NETGUARD_INSIDE=1 exec "${unshare[@]}" "$SELF" run "$@"
    fi
    unset MAILFIX_NETGUARD_INSIDE
    arm >/dev/null
    local tmp rc=0
    tmp=$(mktemp -d)
    {
        echo "nameserver $DNS4"
        have_ipv6 && echo "nameserver $DNS6"
        echo "options timeout:1 attempts:1"
    } > "$tmp/resolv.conf"
    mount --bind "$tmp/resolv.conf" /etc/resolv.conf
    # localhost for both families (else glibc asks DNS for ::1 localhost), then the system's names
    { printf '127.0.0.1 localhost\n::1 localhost\n'; cat /etc/hosts 2>/dev/null || true; } > "$tmp/hosts"
    mount --bind "$tmp/hosts" /etc/hosts
    # only files and DNS for host names: no NSS module that asks a daemon outside the namespace
    if [ -f /etc/nsswitch.conf ]; then
        sed -E 's/^hosts:.*/hosts: files dns/' /etc/nsswitch.conf > "$tmp/nsswitch.conf"
        mount --bind "$tmp/nsswitch.conf" /etc/nsswitch.conf
    fi
    "$@" || rc=$?
    if ! report "$(basename "$1")"; then
        [ "$rc" != 0 ] || rc=1
    fi
    umount /etc/resolv.conf /etc/hosts /etc/nsswitch.conf 2>/dev/null || true
    rm -rf "$tmp"
    exit "$rc"
}

# Each attempt must fail the guarded command, although the command itself exits 0, and be named.
self_test() {
    local cli=${1:-} failures=0
    [ -x "$cli" ] || die "self-test needs the path of mailfix-cli"
    expect_caught() { # description, what the report must name, command...
        local what=$1 needle=$2 out rc=0
        shift 2
        out=$("$SELF" run "$@" 2>&1) || rc=$?
        if [ "$rc" = 0 ] || ! grep -q "tried to reach outside" <<<"$out" || ! grep -qF "$needle" <<<"$out"; then
            echo "FAIL: $what was not caught (exit $rc):" >&2
            sed 's/^/    /' <<<"$out" >&2
            failures=$((failures + 1))
        else
            echo "ok: $what is caught: $(grep -F "$needle" <<<"$out" | head -1 | sed 's/^ *//')"
        fi
    }
    expect_caught "a TCP connection to 192.0.2.1" "192.0.2.1 tcp port 25" \
        bash -c '(exec 3<>/dev/tcp/192.0.2.1/25) 2>/dev/null; exit 0'
    if have_ipv6; then
        expect_caught "a TCP connection to 2001:db8::25" "2001:db8::25 tcp port 587" \
            bash -c '(exec 3<>/dev/tcp/2001:db8::25/587) 2>/dev/null; exit 0'
    fi
    expect_caught "a UDP datagram to 192.0.2.1" "192.0.2.1 udp port 9" \
        bash -c '(echo x >/dev/udp/192.0.2.1/9) 2>/dev/null; exit 0'
    expect_caught "a name lookup of example.org" "$DNS4 udp port 53" \
        bash -c 'getent ahosts example.org >/dev/null; exit 0'
    expect_caught "mailfix-cli detect alice@example.org (default online ISPDB)" "$DNS4 udp port 53" \
        bash -c '"$0" detect alice@example.org --timeout 2 --json >/dev/null 2>&1; exit 0' "$cli"
    expect_caught "mailfix-cli probe --server 192.0.2.1" "192.0.2.1 tcp port 587" \
        bash -c '"$0" probe --server 192.0.2.1 --ports 587 --timeout 2 >/dev/null 2>&1; exit 0' "$cli"

    # and loopback passes: a refused connect to 127.0.0.1 and ::1, a lookup of localhost
    local out rc=0
    out=$("$SELF" run bash -c '(exec 3<>/dev/tcp/127.0.0.1/1) 2>/dev/null; (exec 3<>/dev/tcp/::1/1) 2>/dev/null
                               getent hosts localhost >/dev/null; exit 0' 2>&1) || rc=$?
    if [ "$rc" != 0 ] || [ -n "$out" ]; then
        echo "FAIL: loopback was refused (exit $rc): $out" >&2
        failures=$((failures + 1))
    else
        echo "ok: loopback passes"
    fi
    [ "$failures" = 0 ]
}

case "${1:-}" in
run)
    shift
    run "$@"
    ;;
arm) arm ;;
report) report "${2:-the command}" ;;
self-test) self_test "${2:-}" ;;
*)
    echo "usage: netguard.sh run COMMAND [ARG...] | arm | report NAME | self-test MAILFIX_CLI" >&2
    exit 2
    ;;
esac
