#!/usr/bin/env bash
# Prints an access token for a demo user from the local Keycloak (password grant): scripts/bench/token.sh USER
set -euo pipefail
user=${1:?usage: token.sh USER}
curl -fsS -d "grant_type=password&client_id=capability-portal&client_secret=demo-portal-secret&username=$user&password=$user-demo" \
  "http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/capability-portal/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
