#!/usr/bin/env bash
# Smoke test of the shipped deployment: Debian's nginx with deploy/nginx/ rendered for this
# machine (high ports, a self-signed certificate made now) in front of gunicorn, both
# started as the current user. Checks the start page over HTTPS, a static file served by
# nginx with a year-long Cache-Control, the client address the login limiter records
# behind one proxy (PROXY_COUNT=1, a forged X-Forwarded-For is ignored), HSTS, and the
# redirect from HTTP. Installs nginx (and curl, openssl) with apt-get if missing.
#   deploy/smoke-test.sh            (PYTHON=/path/to/venv/bin/python to use another venv)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing Debian's ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Keep the package's own nginx service from starting on port 80 during the install.
  POLICY=/usr/sbin/policy-rc.d; ADDED_POLICY=""
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null && $SUDO chmod +x "$POLICY" && ADDED_POLICY=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ -z "$ADDED_POLICY" ] || $SUDO rm -f "$POLICY"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

TMP="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for log in "$TMP"/*.log; do echo "--- $log" >&2; tail -n 20 "$log" >&2; done
  exit 1
}

free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT="$(free_port)"; HTTP_PORT="$(free_port)"; HTTPS_PORT="$(free_port)"
SITE="https://localhost:$HTTPS_PORT"

echo "== Self-signed certificate, site config rendered from deploy/nginx/praeventionskatalog.conf.template"
openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost -keyout "$TMP/tls.key" -out "$TMP/tls.crt" 2>/dev/null
mkdir -p "$TMP/nginx"
SERVER_NAME=localhost APP_DIR="$ROOT" UPSTREAM="127.0.0.1:$APP_PORT" HTTP_PORT="$HTTP_PORT" HTTPS_PORT="$HTTPS_PORT" \
  TLS_CERTIFICATE="$TMP/tls.crt" TLS_CERTIFICATE_KEY="$TMP/tls.key" "$PYTHON" - \
  deploy/nginx/praeventionskatalog.conf.template "$TMP/nginx/site.conf" <<'PY'
import os, re, sys
names = ("SERVER_NAME", "APP_DIR", "UPSTREAM", "HTTP_PORT", "HTTPS_PORT", "TLS_CERTIFICATE", "TLS_CERTIFICATE_KEY")
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(re.sub(r"\$\{(%s)\}" % "|".join(names), lambda m: os.environ[m.group(1)], text))
PY
# The main configuration stands in for Debian's /etc/nginx/nginx.conf, with every path in $TMP.
{
  [ "$(id -u)" -ne 0 ] || echo "user $(id -un) $(id -gn);"
  cat <<CONF
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx-error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $TMP/nginx-access.log;
    client_body_temp_path $TMP/nginx/body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    include $TMP/nginx/site.conf;
}
CONF
} > "$TMP/nginx/nginx.conf"
"$NGINX" -e "$TMP/nginx-error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -t -q || fail "nginx -t rejects the site config"

echo "== gunicorn (APP_ENV=production, PROXY_COUNT=1) and nginx ($("$NGINX" -v 2>&1 | cut -d/ -f2))"
export APP_ENV=production PROXY_COUNT=1 BASE_URL="$SITE" TRUSTED_HOSTS=localhost INSTANCE_PATH="$TMP/instance" \
  DATABASE_URL="sqlite:///$TMP/katalog.sqlite3" SEARCH_INDEX_DIR="$TMP/index" MAIL_OUTBOX_DIR="$TMP/mail" \
  SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')" PYTHONWARNINGS=ignore
mkdir -p "$INSTANCE_PATH"
"$PYTHON" -m flask --app wsgi db upgrade >"$TMP/flask.log" 2>&1 || fail "db upgrade"
"$PYTHON" -m gunicorn --workers 1 --bind "127.0.0.1:$APP_PORT" wsgi:app >"$TMP/gunicorn.log" 2>&1 &
PIDS+=($!)
"$NGINX" -e "$TMP/nginx-error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g "daemon off;" &
PIDS+=($!)

CURL=(curl --silent --show-error --cacert "$TMP/tls.crt" --max-time 10)
for _ in $(seq 100); do
  [ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$SITE/" 2>/dev/null)" = 200 ] && break
  sleep 0.2
done

echo "== Start page over HTTPS, with HSTS"
"${CURL[@]}" -D "$TMP/page.headers" -o "$TMP/page.html" "$SITE/"
grep -q "^HTTP/[0-9.]* 200" "$TMP/page.headers" || fail "start page: $(head -1 "$TMP/page.headers")"
grep -q "Präventionskatalog" "$TMP/page.html" || fail "start page without the catalogue's name"
[ "$(grep -ci '^strict-transport-security: max-age=31536000' "$TMP/page.headers")" = 1 ] \
  || fail "start page: HSTS missing or twice"

echo "== Static file from disk through nginx, cached for a year"
STATIC="$(grep -o '/static/style\.css?v=[0-9a-f]*' "$TMP/page.html" | head -1)"
[ -n "$STATIC" ] || fail "start page links no hashed stylesheet"
"${CURL[@]}" -D "$TMP/static.headers" -o "$TMP/style.css" "$SITE$STATIC"
grep -q "^HTTP/[0-9.]* 200" "$TMP/static.headers" || fail "static file: $(head -1 "$TMP/static.headers")"
cmp -s "$TMP/style.css" catalogue/static/style.css || fail "static file differs from catalogue/static/style.css"
grep -qi '^cache-control: public, max-age=31536000, immutable' "$TMP/static.headers" || fail "static file: no long Cache-Control"
grep -qi '^strict-transport-security:' "$TMP/static.headers" || fail "static file: no HSTS"
! grep -q "GET /static/" "$TMP/gunicorn.log" || fail "static file was served by gunicorn, not nginx"
! grep -qi '^content-security-policy:' "$TMP/static.headers" || fail "static file came from the app"

echo "== Client address behind one proxy: the login limiter records the real one, not a forged X-Forwarded-For"
LOGIN="$SITE/konto/anmelden"
TOKEN="$("${CURL[@]}" -c "$TMP/cookies" "$LOGIN" | grep -o 'name="csrf_token" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
[ -n "$TOKEN" ] || fail "login form without a CSRF token"
STATUS="$("${CURL[@]}" -b "$TMP/cookies" -o /dev/null -w '%{http_code}' --referer "$LOGIN" \
  -H "X-Forwarded-For: 203.0.113.9" --data-urlencode "csrf_token=$TOKEN" \
  --data-urlencode "email=niemand@example.org" --data-urlencode "password=falsches-passwort" "$LOGIN")"
[ "$STATUS" != 500 ] && [ "$STATUS" != 400 ] || fail "failed login answered $STATUS"
KEYS="$("$PYTHON" -c 'import sqlite3, sys; print(" ".join(k for (k,) in sqlite3.connect(sys.argv[1]).execute("SELECT key FROM login_attempt WHERE key LIKE '"'ip:%'"'")))' "$TMP/katalog.sqlite3")"
[ "$KEYS" = "ip:127.0.0.1" ] || fail "login limiter saw '$KEYS' instead of ip:127.0.0.1"

echo "== Plain HTTP is redirected to HTTPS"
[ "$(curl --silent --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$HTTP_PORT/suche")" \
  = "301 https://localhost/suche" ] || fail "no redirect from HTTP to HTTPS"

echo "Smoke test through nginx passed."
