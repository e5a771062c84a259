#!/bin/bash
# harness.sh start|stop|exec|env|latency|delayed STATE_DIR [command...]
#
# MailFix's real-server test harness. `start` creates a network namespace of its own and starts, inside
# it on loopback: dnsmasq (127.0.0.53), Exim (127.0.0.2 and 127.0.0.4, ports 25 26 465 587; 127.0.0.6,
# port 465 only; 127.0.0.7 to 127.0.0.10, ports 25 26 465 587, each with a certificate for other names:
# shared hosting, a wildcard, smtp. for mail., a matching common name only), Dovecot SASL + Postfix (127.0.0.3, ports 25 465 587;
# Dovecot's IMAP 143 993 and POP3 110 995 there too), a POP-before-SMTP server for popfirst.test
# (127.0.0.11: a second Exim on 25 587 that relays only for a client address that signed in to Dovecot's
# POP3 or IMAP there, 110 995 143 993, within MAILFIX_POPFIRST_MINUTES, default 2), an autoconfig web server
# (127.0.0.2 and 127.0.0.5, ports 80 443), an OAuth2 identity provider (idp.test, 127.0.0.12, port 443:
# idp-server.py) with a second Dovecot that checks its tokens for Postfix's oauth.test listeners (127.0.0.13,
# ports 465 587: XOAUTH2 and OAUTHBEARER only) and serves IMAP 143 993 and POP3 110 995 there with them,
# and nftables rules that drop port 25 to 127.0.0.4. `exec`
# runs a command inside the namespace with the harness's facts in its environment (MAILFIX_TEST_*).
# `stop` stops everything it started, by PID and by namespace, and deletes the namespace; it fails when
# a test in the namespace tried an address outside it (the network guard, tests/netguard). Needs root.
# Postfix comes from an unpacked .deb (MAILFIX_POSTFIX_ROOT), since Debian's postfix and exim4
# packages conflict.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ACTION=${1:-}
STATE_ARG=${2:-}
if [ -z "$ACTION" ] || [ -z "$STATE_ARG" ]; then
    echo "usage: harness.sh start|stop|exec|env|latency|delayed STATE_DIR [command...]" >&2
    exit 2
fi
shift 2
mkdir -p "$STATE_ARG"
STATE=$(cd "$STATE_ARG" && pwd)
NS="mailfix-$(printf '%s' "$STATE" | md5sum | cut -c1-10)"
# The servers' files live where their unprivileged users (Debian-exim, postfix, dovecot) can reach
# them, whatever the permissions of the folders above STATE_DIR (a clone under /root, a mktemp dir).
RUN="/run/mailfix-harness/$NS"
ENVFILE="$STATE/harness.env"

die() { echo "harness: $*" >&2; exit 1; }
in_ns() { ip netns exec "$NS" "$@"; }

pid_of() { # pidfile -> pid, or nothing
    [ -s "$1" ] && tr -dc '0-9' < "$1" || true
}

do_stop() {
    # SIGTERM to every daemon at once, then wait for all of them together
    local pids="" pid
    for f in "$RUN/postfix/spool/pid/master.pid" "$RUN/dovecot/run/master.pid" "$RUN/exim/exim.pid" \
        "$RUN/exim-popfirst/exim.pid" "$RUN/dovecot-oauth/run/master.pid" "$RUN/idp.pid" \
        "$RUN/http.pid" "$RUN/dnsmasq.pid" "$RUN/latency/relay.pid" "$RUN/latency/dnsmasq.pid"; do
        pid=$(pid_of "$f")
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && pids="$pids $pid"
    done
    if ip netns list 2>/dev/null | grep -qw "^$NS"; then
        # anything else alive in the namespace (children the daemons left) goes too
        pids="$pids $(ip netns pids "$NS" 2>/dev/null | tr '\n' ' ')"
    fi
    pids=$(echo $pids)
    if [ -n "$pids" ]; then
        kill $pids 2>/dev/null || true
        for _ in $(seq 1 50); do
            local alive=""
            for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
            pids=$(echo $alive)
            [ -z "$pids" ] && break
            sleep 0.1
        done
        [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
    fi
    if ip netns list 2>/dev/null | grep -qw "^$NS"; then
        ip netns del "$NS"
    fi
    # a daemon whose namespace was already deleted (an interrupted run) is still known by its files
    pkill -f "/run/mailfix-harness/$NS/" 2>/dev/null || true
    # keep the servers' logs beside the state for a look after a failed run; drop the rest
    if [ -d "$RUN" ]; then
        rm -rf "$STATE/logs"
        mkdir -p "$STATE/logs"
        for d in exim exim-popfirst dovecot dovecot-oauth postfix; do
            [ -d "$RUN/$d/log" ] && cp -r "$RUN/$d/log" "$STATE/logs/$d"
        done
        cp "$RUN"/*.log "$STATE/logs/" 2>/dev/null || true
        cp "$RUN/popfirst/signins" "$STATE/logs/popfirst-signins" 2>/dev/null || true
        rm -rf "$RUN"
    fi
    rm -rf "/etc/netns/$NS" "$ENVFILE"
}

wait_for_port() { # addr port
    for _ in $(seq 1 100); do
        if in_ns bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    die "nothing listens on $1:$2 after 10 s (logs: $RUN)"
}

fill() { # template output: replaces @NAME@ with the values below
    sed -e "s|@DIR@|$3|g" -e "s|@CERTS@|$RUN/certs|g" -e "s|@EXIMBIN@|$EXIMBIN|g" \
        -e "s|@USER@|$EXIM_USER|g" -e "s|@PASS@|$PASSWORD|g" -e "s|@PFROOT@|$PFROOT|g" \
        -e "s|@SASL@|$RUN/dovecot/run/auth-postfix|g" -e "s|@OAUTH_SASL@|$RUN/dovecot-oauth/run/auth-postfix|g" \
        -e "s|@OAUTH_ADDR@|$OAUTH_ADDR|g" \
        -e "s|@POPFIRST_ADDR@|$POPFIRST_ADDR|g" -e "s|@POPFIRST_MINUTES@|$POPFIRST_MINUTES|g" \
        -e "s|@POPFIRST_SECONDS@|$((POPFIRST_MINUTES * 60))|g" -e "s|@RECORD@|$POPFIRST_RECORD|g" \
        -e "s|@POPFIRST_SCRIPT@|$RUN/popfirst/postlogin.sh|g" \
        -e "s|@UID@|$(id -u postfix 2>/dev/null || echo 0)|g" -e "s|@GID@|$(id -g postfix 2>/dev/null || echo 0)|g" \
        "$1" > "$2"
}

do_start() {
    [ "$(id -u)" = 0 ] || die "needs root (it creates a network namespace)"
    for tool in ip nft dnsmasq exim4 dovecot doveconf openssl /usr/bin/python3; do
        command -v "$tool" >/dev/null || die "missing $tool: run scripts/dev.sh test, which installs it"
    done
    PFROOT=${MAILFIX_POSTFIX_ROOT:-}
    [ -x "$PFROOT/usr/lib/postfix/sbin/master" ] ||
        die "no unpacked Postfix at MAILFIX_POSTFIX_ROOT='$PFROOT': run scripts/dev.sh test, which unpacks it"
    EXIMBIN=$(command -v exim4)
    EXIM_USER=alice@example.test
    # a fresh marker password each run: secret-scanning tests look for it in every output
    PASSWORD="MfT-$(openssl rand -hex 6)"
    # POP before SMTP (popfirst.test): how long a POP3 or IMAP sign-in opens relay, and where it is recorded
    POPFIRST_ADDR=127.0.0.11
    POPFIRST_MINUTES=${MAILFIX_POPFIRST_MINUTES:-2}
    case "$POPFIRST_MINUTES" in '' | *[!0-9]* | 0*) die "MAILFIX_POPFIRST_MINUTES must be a whole number of minutes, 1 or more" ;; esac
    POPFIRST_RECORD="$RUN/popfirst/signins"
    # OAuth2 (oauth.test): the identity provider's address, its one user and its registered client
    IDP_ADDR=127.0.0.12
    OAUTH_ADDR=127.0.0.13
    OAUTH_USER=carol@oauth.test
    OAUTH_CLIENT=mailfix-test-client

    do_stop
    rm -rf "$RUN"
    mkdir -p "$RUN"
    chmod 755 /run/mailfix-harness "$RUN"
    trap 'echo "harness: start failed; stopping what was started" >&2; do_stop' ERR

    ip netns add "$NS"
    ip -n "$NS" link set lo up
    # the network guard: loopback only; any other address is refused and counted, and `stop` fails on it
    in_ns "$HERE/../netguard/netguard.sh" arm >/dev/null
    mkdir -p "/etc/netns/$NS"
    echo "nameserver 127.0.0.53" > "/etc/netns/$NS/resolv.conf"
    printf '127.0.0.1 localhost\n::1 localhost\n' > "/etc/netns/$NS/hosts"
    in_ns nft -f "$HERE/nftables.conf"

    "$HERE/make-certs.sh" "$RUN/certs"

    # DNS
    in_ns dnsmasq --conf-file="$HERE/dnsmasq.conf" --log-facility="$RUN/dnsmasq.log" \
        --listen-address=127.0.0.53 --port=53 --pid-file="$RUN/dnsmasq.pid" </dev/null >/dev/null 2>&1

    # Exim
    getent passwd Debian-exim >/dev/null || die "user Debian-exim missing (exim4 not installed?)"
    local ex="$RUN/exim"
    mkdir -p "$ex/spool" "$ex/log" "$ex/mail"
    chown -R Debian-exim:Debian-exim "$ex/spool" "$ex/log" "$ex/mail"
    chgrp Debian-exim "$RUN/certs/server.key" "$RUN/certs"/addr-*.key
    fill "$HERE/exim.conf.in" "$ex/exim.conf" "$ex"
    chmod 644 "$ex/exim.conf"
    "$EXIMBIN" -C "$ex/exim.conf" -bV >/dev/null || die "Exim rejects its configuration"
    in_ns "$EXIMBIN" -C "$ex/exim.conf" -bd -q1m </dev/null >/dev/null 2>&1

    # POP before SMTP: the sign-in record (Dovecot's post-login script writes it, as dovecot; the second
    # Exim reads it, as Debian-exim) and that Exim
    local pop="$RUN/popfirst"
    mkdir -p "$pop"
    fill "$HERE/popfirst-postlogin.sh.in" "$pop/postlogin.sh" "$pop"
    chmod 755 "$pop/postlogin.sh"
    : > "$POPFIRST_RECORD"
    : > "$POPFIRST_RECORD.lock"
    chmod 644 "$POPFIRST_RECORD" "$POPFIRST_RECORD.lock"
    chown -R dovecot:dovecot "$pop"
    local ep="$RUN/exim-popfirst"
    mkdir -p "$ep/spool" "$ep/log" "$ep/mail"
    chown -R Debian-exim:Debian-exim "$ep/spool" "$ep/log" "$ep/mail"
    fill "$HERE/exim-popfirst.conf.in" "$ep/exim.conf" "$ep"
    chmod 644 "$ep/exim.conf"
    "$EXIMBIN" -C "$ep/exim.conf" -bV >/dev/null || die "Exim rejects popfirst.test's configuration"
    in_ns "$EXIMBIN" -C "$ep/exim.conf" -bd -q1m </dev/null >/dev/null 2>&1

    # Dovecot (SASL for Postfix; IMAP and POP3 for alice@postfix.test, and for alice@popfirst.test on 127.0.0.11)
    getent group postfix >/dev/null || addgroup --system postfix >/dev/null
    getent passwd postfix >/dev/null ||
        adduser --system --home /nonexistent --no-create-home --disabled-password --ingroup postfix postfix >/dev/null
    getent group postdrop >/dev/null || addgroup --system postdrop >/dev/null
    local dv="$RUN/dovecot"
    mkdir -p "$dv/run" "$dv/state" "$dv/log" "$dv/home"
    chown dovecot:dovecot "$dv/home"
    printf '%s:{PLAIN}%s::::::\n' "alice@postfix.test" "$PASSWORD" "alice@popfirst.test" "$PASSWORD" > "$dv/users"
    chown root:dovecot "$dv/users"
    chmod 640 "$dv/users"
    fill "$HERE/dovecot.conf.in" "$dv/dovecot.conf" "$dv"
    doveconf -c "$dv/dovecot.conf" -n >/dev/null || die "Dovecot rejects its configuration"
    in_ns dovecot -c "$dv/dovecot.conf" </dev/null >>"$dv/log/dovecot.stdio" 2>&1
    for _ in $(seq 1 50); do [ -S "$dv/run/auth-postfix" ] && break; sleep 0.1; done
    [ -S "$dv/run/auth-postfix" ] || die "Dovecot's SASL socket did not appear (log: $dv/log)"

    # OAuth2 (oauth.test): the identity provider and the Dovecot that checks its tokens for Postfix
    in_ns setsid /usr/bin/python3 "$HERE/idp-server.py" --cert "$RUN/certs/addr-$IDP_ADDR.crt" \
        --key "$RUN/certs/addr-$IDP_ADDR.key" --listen "$IDP_ADDR" --issuer https://idp.test \
        --users "$OAUTH_USER" --client-ids "$OAUTH_CLIENT" \
        --log "$RUN/idp.log" --pidfile "$RUN/idp.pid" </dev/null >>"$RUN/idp.stdio" 2>&1 &
    local dvo="$RUN/dovecot-oauth"
    mkdir -p "$dvo/run" "$dvo/state" "$dvo/log" "$dvo/home"
    chown dovecot:dovecot "$dvo/home"
    fill "$HERE/dovecot-oauth.conf.in" "$dvo/dovecot.conf" "$dvo"
    fill "$HERE/dovecot-oauth2.conf.ext.in" "$dvo/dovecot-oauth2.conf.ext" "$dvo"
    fill "$HERE/dovecot-oauth2-imap.conf.ext.in" "$dvo/dovecot-oauth2-imap.conf.ext" "$dvo"
    chmod 644 "$dvo/dovecot-oauth2.conf.ext" "$dvo/dovecot-oauth2-imap.conf.ext"
    doveconf -c "$dvo/dovecot.conf" -n >/dev/null || die "Dovecot rejects its OAuth2 configuration"
    in_ns dovecot -c "$dvo/dovecot.conf" </dev/null >>"$dvo/log/dovecot.stdio" 2>&1
    for _ in $(seq 1 50); do [ -S "$dvo/run/auth-postfix" ] && break; sleep 0.1; done
    [ -S "$dvo/run/auth-postfix" ] || die "the OAuth2 Dovecot's SASL socket did not appear (log: $dvo/log)"

    # Postfix
    local pf="$RUN/postfix"
    mkdir -p "$pf/etc" "$pf/data" "$pf/log" "$pf/mail" "$pf/spool"
    for d in active bounce corrupt defer deferred flush hold incoming private saved trace; do
        mkdir -p "$pf/spool/$d"
        chown postfix:root "$pf/spool/$d"
        chmod 700 "$pf/spool/$d"
    done
    mkdir -p "$pf/spool/pid" "$pf/spool/public" "$pf/spool/maildrop"
    chown postfix:postdrop "$pf/spool/public" "$pf/spool/maildrop"
    chmod 2710 "$pf/spool/public"
    chmod 1730 "$pf/spool/maildrop"
    chown postfix:postfix "$pf/data" "$pf/mail"
    : > "$pf/etc/dynamicmaps.cf"
    [ -f "$PFROOT/etc/postfix/postfix-files" ] && cp "$PFROOT/etc/postfix/postfix-files" "$pf/etc/"
    fill "$HERE/postfix-main.cf.in" "$pf/etc/main.cf" "$pf"
    fill "$HERE/postfix-master.cf.in" "$pf/etc/master.cf" "$pf"
    export LD_LIBRARY_PATH="$PFROOT/usr/lib/postfix"
    "$PFROOT/usr/sbin/postconf" -c "$pf/etc" -n >/dev/null 2>&1 || die "Postfix rejects its configuration"
    if ! in_ns "$PFROOT/usr/lib/postfix/sbin/master" -c "$pf/etc" -w </dev/null >/dev/null 2>&1; then
        script -qec "$PFROOT/usr/sbin/postfix -c $pf/etc check" /dev/null >&2 || true
        die "Postfix did not start (log: $pf/log)"
    fi
    unset LD_LIBRARY_PATH

    # autoconfig web server
    in_ns setsid /usr/bin/python3 "$HERE/autoconfig-server.py" --docroot "$HERE/www" --http-only-docroot "$HERE/www-http-only" \
        --cert "$RUN/certs/server.crt" --key "$RUN/certs/server.key" --listen 127.0.0.2,127.0.0.5 \
        --log "$RUN/http.log" --pidfile "$RUN/http.pid" </dev/null >>"$RUN/http.stdio" 2>&1 &

    for p in 25 26 465 587; do wait_for_port 127.0.0.2 $p; done
    for p in 26 465 587; do wait_for_port 127.0.0.4 $p; done
    wait_for_port 127.0.0.6 465
    for a in 127.0.0.7 127.0.0.8 127.0.0.9 127.0.0.10; do for p in 25 465 587; do wait_for_port $a $p; done; done
    for p in 25 465 587 143 993 110 995; do wait_for_port 127.0.0.3 $p; done
    for p in 25 587 143 993 110 995; do wait_for_port $POPFIRST_ADDR $p; done
    for a in 127.0.0.2 127.0.0.5; do wait_for_port $a 80; wait_for_port $a 443; done
    for p in 465 587 143 993 110 995; do wait_for_port $OAUTH_ADDR $p; done
    wait_for_port $IDP_ADDR 443
    wait_for_port 127.0.0.53 53
    trap - ERR

    cat > "$ENVFILE" <<ENV
MAILFIX_HARNESS_NS=$NS
MAILFIX_HARNESS_RUNDIR=$RUN
MAILFIX_TEST_CA=$RUN/certs/ca.crt
MAILFIX_TEST_OTHER_CA=$RUN/certs/other-ca.crt
MAILFIX_TEST_USER=$EXIM_USER
MAILFIX_TEST_POSTFIX_USER=alice@postfix.test
MAILFIX_TEST_PASSWORD=$PASSWORD
MAILFIX_TEST_EXIM_HOST=127.0.0.2
MAILFIX_TEST_POSTFIX_HOST=127.0.0.3
MAILFIX_TEST_BLOCKED_HOST=127.0.0.4
MAILFIX_TEST_HTTP_HOST=127.0.0.5
MAILFIX_TEST_DNS=127.0.0.53
MAILFIX_TEST_POPFIRST_HOST=$POPFIRST_ADDR
MAILFIX_TEST_POPFIRST_NAME=smtp.popfirst.test
MAILFIX_TEST_POPFIRST_USER=alice@popfirst.test
MAILFIX_TEST_POPFIRST_RECORD=$POPFIRST_RECORD
MAILFIX_TEST_POPFIRST_MINUTES=$POPFIRST_MINUTES
MAILFIX_TEST_IDP_HOST=$IDP_ADDR
MAILFIX_TEST_IDP_URL=https://idp.test
MAILFIX_TEST_OAUTH_HOST=$OAUTH_ADDR
MAILFIX_TEST_OAUTH_NAME=smtp.oauth.test
MAILFIX_TEST_OAUTH_USER=$OAUTH_USER
MAILFIX_TEST_OAUTH_CLIENT_ID=$OAUTH_CLIENT
MAILFIX_TEST_OAUTH_SMTP_SCOPE=https://idp.test/SMTP.Send
MAILFIX_TEST_OAUTH_IMAP_NAME=imap.oauth.test
MAILFIX_TEST_OAUTH_IMAP_SCOPE=https://idp.test/IMAP.AccessAsUser.All
ENV
    chmod 600 "$ENVFILE"
    echo "harness: started in network namespace $NS (state: $STATE)"
}

case "$ACTION" in
start) do_start ;;
stop)
    # What the tests in the namespace tried outside the machine (see tests/netguard/netguard.sh).
    guard=0
    if ip netns list 2>/dev/null | grep -qw "^$NS" && in_ns nft list table inet mailfix_netguard >/dev/null 2>&1; then
        in_ns "$HERE/../netguard/netguard.sh" report "a test in the harness's namespace" || guard=1
    fi
    do_stop
    echo "harness: stopped"
    exit $guard
    ;;
latency)
    # latency STATE_DIR on [MS] | off: the delaying relay (tests/harness/latency.py) in front of every server
    # and a second dnsmasq (127.0.0.54) whose names lead to it; `delayed` runs a command that uses them
    [ -s "$ENVFILE" ] || die "not started (no $ENVFILE)"
    for f in "$RUN/latency/relay.pid" "$RUN/latency/dnsmasq.pid"; do
        pid=$(pid_of "$f")
        if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
            while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
        fi
        rm -f "$f"
    done
    case "${1:-}" in
    off) ;;
    on)
        mkdir -p "$RUN/latency"
        sed -e 's/,127\.0\.0\.\([0-9]*\)$/,127.0.1.\1/' "$HERE/dnsmasq.conf" >"$RUN/latency/dnsmasq.conf"
        echo "nameserver 127.0.1.53" >"$RUN/latency/resolv.conf"
        in_ns dnsmasq --conf-file="$RUN/latency/dnsmasq.conf" --log-facility="$RUN/latency/dnsmasq.log" \
            --listen-address=127.0.0.54 --port=53 --pid-file="$RUN/latency/dnsmasq.pid" </dev/null >/dev/null 2>&1
        wait_for_port 127.0.0.54 53
        in_ns setsid /usr/bin/python3 "$HERE/latency.py" --delay-ms "${2:-50}" --dns 127.0.1.53=127.0.0.54 \
            --log "$RUN/latency/relay.log" --pidfile "$RUN/latency/relay.pid" </dev/null >>"$RUN/latency/relay.stdio" 2>&1 &
        for _ in $(seq 1 100); do [ -s "$RUN/latency/relay.pid" ] && break; sleep 0.1; done
        [ -s "$RUN/latency/relay.pid" ] || die "latency.py did not start (log: $RUN/latency/relay.stdio)"
        ;;
    *) die "usage: harness.sh latency STATE_DIR on [MS] | off" ;;
    esac
    ;;
delayed)
    # like exec, but the command's resolver is the relay's DNS (its names lead to the relay); needs `latency on`
    [ -s "$RUN/latency/relay.pid" ] || die "the relay is not running: harness.sh latency STATE_DIR on"
    [ $# -gt 0 ] || die "delayed needs a command"
    set -a
    # shellcheck disable=SC1090
    . "$ENVFILE"
    set +a
    exec ip netns exec "$NS" unshare -m sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' \
        "$RUN/latency/resolv.conf" "$@"
    ;;
env)
    [ -s "$ENVFILE" ] || die "not started (no $ENVFILE)"
    cat "$ENVFILE"
    ;;
exec)
    [ -s "$ENVFILE" ] || die "not started (no $ENVFILE): run the harness.start test or 'harness.sh start'"
    [ $# -gt 0 ] || die "exec needs a command"
    set -a
    # shellcheck disable=SC1090
    . "$ENVFILE"
    set +a
    exec ip netns exec "$NS" "$@"
    ;;
*)
    echo "usage: harness.sh start|stop|exec|env|latency|delayed STATE_DIR [command...]" >&2
    exit 2
    ;;
esac
