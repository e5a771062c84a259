#!/bin/sh
# make-certs.sh OUTDIR -- a private test CA, a server certificate for every test name and address,
# a second, untrusted CA (for "certificate not trusted" tests), and certificates that Exim shows on
# some addresses only (addr-127.0.0.N.crt, see exim.conf.in): a shared-hosting machine's, a wildcard,
# one for smtp. where the user types mail., and one whose common name matches but whose alternative
# names do not; and popfirst.test's own (Exim and Dovecot on 127.0.0.11, the POP-before-SMTP server).
# Idempotent.
set -eu
OUT=${1:?usage: make-certs.sh OUTDIR}
mkdir -p "$OUT"
cd "$OUT"
[ -s server.crt ] && [ -s server.key ] && [ -s other-ca.crt ] && [ -s addr-127.0.0.10.crt ] && [ -s addr-127.0.0.11.crt ] && [ -s addr-127.0.0.13.crt ] && exit 0
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=MailFix Test CA" \
    -keyout ca.key -out ca.crt \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Some Other CA" \
    -keyout other-ca.key -out other-ca.crt \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=smtp.example.test" -keyout server.key -out server.csr 2>/dev/null
cat > server.ext <<EXT
subjectAltName=DNS:example.test,DNS:smtp.example.test,DNS:mx.example.test,DNS:mail.example.test,DNS:autoconfig.example.test,DNS:blocked25.test,DNS:smtp.blocked25.test,DNS:postfix.test,DNS:smtp.postfix.test,DNS:autoconfig.postfix.test,DNS:ispdb.test,DNS:smtp.hoster.test,DNS:autoconfig.hoster.test,DNS:autoconfig.plainhttp.test,DNS:submit.srv-inside.test,DNS:autoconfig.huge.test,DNS:autoconfig.deep.test,DNS:smtp.only465.test,DNS:only465.test,IP:127.0.0.2,IP:127.0.0.3,IP:127.0.0.4,IP:127.0.0.5,IP:127.0.0.6
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
EXT
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile server.ext \
    -out server.crt 2>/dev/null
rm -f server.csr server.ext

# leaf NAME CN SAN: NAME.crt and NAME.key, signed by the test CA
leaf() {
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$2" -keyout "$1.key" -out "$1.csr" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
        "$3" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile "$1.ext" \
        -out "$1.crt" 2>/dev/null
    rm -f "$1.csr" "$1.ext"
}
# shared hosting: the hosting machine's certificate, for its own name only
leaf addr-127.0.0.7 server17.sharedhost.test DNS:server17.sharedhost.test
# a hoster's wildcard certificate
leaf addr-127.0.0.8 '*.wildhost.test' 'DNS:*.wildhost.test'
# for smtp.swapped.test only (the user types mail.swapped.test)
leaf addr-127.0.0.9 smtp.swapped.test DNS:smtp.swapped.test
# the common name matches smtp.cnonly.test, the alternative names do not (RFC 6125: not valid for it)
leaf addr-127.0.0.10 smtp.cnonly.test DNS:elsewhere.cnonly.test
# popfirst.test (a separate certificate keeps server.crt's names, which golden files show, unchanged)
leaf addr-127.0.0.11 smtp.popfirst.test \
    DNS:smtp.popfirst.test,DNS:pop.popfirst.test,DNS:imap.popfirst.test,DNS:mail.popfirst.test,DNS:popfirst.test,IP:127.0.0.11
# the OAuth2 identity provider (idp-server.py) and oauth.test's servers (Postfix and Dovecot on 127.0.0.13)
leaf addr-127.0.0.12 idp.test DNS:idp.test,IP:127.0.0.12
leaf addr-127.0.0.13 smtp.oauth.test DNS:smtp.oauth.test,DNS:imap.oauth.test,DNS:pop.oauth.test,DNS:oauth.test,IP:127.0.0.13
rm -f ca.srl
chmod 644 ca.crt other-ca.crt server.crt addr-*.crt
chmod 640 server.key addr-*.key
