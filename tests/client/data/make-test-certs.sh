#!/usr/bin/env bash
# Makes the TEST-ONLY certificates of tst_tls and tst_proxy: a CA ("cpconsole Test CA"),
# a server certificate it issues for localhost, service.test and 127.0.0.1 (SAN), and
# the server's key. Valid for 100 years so that the committed files never expire.
# Nothing here is secret: never trust these anywhere but in the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
days=36500
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -subj "/CN=cpconsole Test CA" -keyout "$work/ca.key" -out test-ca.pem \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" \
    -keyout test-server.key -out "$work/server.csr"
cat > "$work/ext.cnf" <<'EXT'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,DNS:service.test,IP:127.0.0.1
EXT
openssl x509 -req -in "$work/server.csr" -CA test-ca.pem -CAkey "$work/ca.key" \
    -CAcreateserial -CAserial "$work/ca.srl" -sha256 -days "$days" -extfile "$work/ext.cnf" -out test-server.pem
# A second, unrelated CA: a bundle that holds a certificate, just not the right one.
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -subj "/CN=cpconsole Other Test CA" -keyout "$work/other.key" -out test-other-ca.pem
