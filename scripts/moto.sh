#!/usr/bin/env bash
# Starts moto's DynamoDB-compatible server (serialised: see moto_serialized.py) on a free loopback port
# and prints its endpoint.
#   scripts/moto.sh start <pidfile> <logfile>   -> prints http://127.0.0.1:PORT once it answers
#   scripts/moto.sh stop <pidfile>
set -euo pipefail

case "${1:-}" in
  start)
    pidfile="$2"; logfile="$3"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    nohup python3 "$(dirname "$0")/moto_serialized.py" "$port" 127.0.0.1 >"$logfile" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 120); do
      if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/', timeout=2)" 2>/dev/null; then
        echo "http://127.0.0.1:$port"
        exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "moto_server exited while starting; its log:" >&2; cat "$logfile" >&2; exit 1
      fi
      sleep 0.5
    done
    echo "moto_server did not answer on port $port within 60 s; its log:" >&2; cat "$logfile" >&2
    exit 1
    ;;
  stop)
    pidfile="$2"
    if [ -f "$pidfile" ]; then
      pid="$(cat "$pidfile")"
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
      done
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: scripts/moto.sh start PIDFILE LOGFILE | stop PIDFILE" >&2
    exit 2
    ;;
esac
