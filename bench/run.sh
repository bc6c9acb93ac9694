#!/usr/bin/env bash
# The benchmark suite in one command. Builds the shop jar and the bench jar, then measures the shop from
# outside its JVM with wrk and prints the tables (also written to bench/results/<date>.md and .json).
#
#   bench/run.sh                 full run, about 10 minutes: the published numbers (see bench/README.md)
#   bench/run.sh --smoke         about a minute on a tiny catalog, for CI: fails when the jar does not start,
#                                a scenario answers errors or an audit finds an oversell; never on speed
#   bench/run.sh --skip-build    use the jars already built (CI builds them in its test run)
#   other options (--no-dynamodb, --no-jmh, --jfr, --jvm-flags "...", --memory-flags "...", --bcrypt-cost N):
#                                see bench/README.md
#
# Needs a JDK 17+, wrk (Debian's package, installed here when missing and running as root) and, for the
# DynamoDB rows, moto's server (pip install 'moto[server]'; scripts/install-test-deps.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
dynamodb=true
suite_args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) build=false ;;
    --no-dynamodb) dynamodb=false; suite_args+=("$arg") ;;
    --help|-h)
      sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
      exit 0 ;;
    *) suite_args+=("$arg") ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench: wrk is missing; install Debian's package: sudo apt-get install -y wrk" >&2
    exit 1
  fi
  echo "bench: installing Debian's wrk..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

if $dynamodb && ! python3 -c 'import moto.server' >/dev/null 2>&1; then
  echo "bench: moto's server is missing for the DynamoDB rows: run scripts/install-test-deps.sh" \
    "(or pip install 'moto[server]'), or pass --no-dynamodb" >&2
  exit 1
fi

if $build; then
  echo "bench: building the shop jar and the bench jar..."
  if grep -q '<module>store-bench</module>' pom.xml; then
    ./mvnw -B -q package -DskipTests -pl store-bootstrap,store-bench -am
  else
    # store-bench is not in the parent's modules yet: build it on its own against the installed core.
    ./mvnw -B -q package -DskipTests -pl store-bootstrap -am
    ./mvnw -B -q package -DskipTests -f store-bench/pom.xml
  fi
fi

for jar in store-bootstrap/target/cloud-store.jar store-bench/target/store-bench.jar; do
  [ -f "$jar" ] || { echo "bench: $jar is missing; run without --skip-build" >&2; exit 1; }
done

exec java -Xmx512m -cp store-bench/target/store-bench.jar io.cloudstore.bench.suite.Suite --root . \
  ${suite_args[@]+"${suite_args[@]}"}
