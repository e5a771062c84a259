#!/bin/sh
# make-certs.sh OUTDIR -- a private test CA, a server certificate for every test name and address,
# and a second, untrusted CA (for "certificate not trusted" tests). Idempotent.
set -eu
OUT=${1:?usage: make-certs.sh OUTDIR}
mkdir -p "$OUT"
cd "$OUT"
[ -s server.crt ] && [ -s server.key ] && [ -s other-ca.crt ] && exit 0
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
rm -f server.csr server.ext ca.srl
chmod 644 ca.crt other-ca.crt server.crt
chmod 640 server.key
