#!/usr/bin/env bash
# Fuzzes the whole HTTP API of the built jar with schemathesis, from the shop's own OpenAPI document
# (/api/openapi.json), with authentication set up so that protected endpoints are reached: one run as a
# registered customer (every route but /api/admin), one as the configured admin (the /api/admin routes).
# Checks: no 5xx, status codes, content types, headers and bodies as documented. Builds nothing: run
# `./mvnw -B -q package -DskipTests` first. Exits non-zero on any failure and prints the number of cases.
#
#   scripts/fuzz-api.sh                      # CI budget: --max-examples 150 per operation and run (about 3 000 cases, 2 minutes)
#   scripts/fuzz-api.sh --max-examples 1000  # longer, on demand
#   scripts/fuzz-api.sh --seed 42            # replay a run
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
max_examples=150
seed="${FUZZ_SEED:-$RANDOM$RANDOM}"
while [ $# -gt 0 ]; do
  case "$1" in
    --max-examples) max_examples="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: scripts/fuzz-api.sh [--max-examples N] [--seed N]" >&2; exit 2 ;;
  esac
done

jar="store-bootstrap/target/cloud-store.jar"
[ -f "$jar" ] || { echo "fuzz-api: $jar is missing; build it first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

# schemathesis lives in its own virtual environment, so that its dependencies never meet moto's
venv="target/schemathesis-venv"
st="$venv/bin/schemathesis"
if [ ! -x "$st" ] || [ "$("$venv/bin/python" -m pip show schemathesis 2>/dev/null | sed -n 's/^Version: //p')" != "$SCHEMATHESIS_VERSION" ]; then
  echo "Installing schemathesis==$SCHEMATHESIS_VERSION from PyPI into $venv..."
  mkdir -p target
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi

work="target/fuzz"
rm -rf "$work"; mkdir -p "$work"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
admin_email="fuzz-admin@example.com"
admin_password="fuzz admin password $RANDOM$RANDOM"

PORT="$port" STORE_STORAGE=memory STORE_DEMO_DATA=true STORE_BCRYPT_COST=4 STORE_TAX_RATE=8.25 \
  STORE_JWT_SECRET="fuzz-$(python3 -c 'import secrets; print(secrets.token_hex(32))')" \
  STORE_ADMIN_EMAIL="$admin_email" STORE_ADMIN_PASSWORD="$admin_password" \
  java -jar "$jar" >"$work/shop.log" 2>&1 &
shop_pid=$!
trap 'kill "$shop_pid" 2>/dev/null || true; wait "$shop_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$shop_pid" 2>/dev/null || { echo "fuzz-api: the shop exited; its log:" >&2; cat "$work/shop.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null || { echo "fuzz-api: the shop did not answer on $base" >&2; exit 1; }

token_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
customer_token="$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"name":"Fuzz Customer","email":"fuzz-customer@example.com","password":"fuzz customer password"}' \
  "$base/api/auth/register" | token_of)"
admin_token="$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}" "$base/api/auth/login" | token_of)"

checks="not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance"
status=0
total=0
run() {
  local name="$1" token="$2"; shift 2
  echo "== schemathesis as $name (seed $seed, max examples $max_examples) =="
  set +e
  "$st" run "$base/api/openapi.json" --url "$base" \
    --header "Authorization: Bearer $token" \
    --checks "$checks" --max-examples "$max_examples" --seed "$seed" --workers 1 \
    --phases examples,coverage,fuzzing --suppress-health-check all --no-color --generation-database none \
    --report junit,ndjson --report-dir "$work/$name" "$@" 2>&1 | tee "$work/$name.txt"
  local code=${PIPESTATUS[0]}
  set -e
  local cases
  cases="$(python3 - "$work/$name" <<'PY'
import json, pathlib, sys
count = 0
for path in pathlib.Path(sys.argv[1]).glob("*.ndjson"):
    for line in path.open():
        event = json.loads(line)
        if "ScenarioFinished" in event:
            count += len(event["ScenarioFinished"].get("recorder", {}).get("cases", {}))
print(count)
PY
)"
  echo "fuzz[$name]: $cases cases, exit code $code"
  total=$((total + cases))
  [ "$code" -eq 0 ] || status=1
}
run customer "$customer_token" --exclude-path-regex '^/api/admin/'
run admin "$admin_token" --include-path-regex '^/api/admin/'

echo "fuzz: $total cases in all, seed $seed, $( [ "$status" -eq 0 ] && echo 'failures: 0' || echo 'FAILURES: see above')"
exit "$status"
