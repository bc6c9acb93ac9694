"""Runs moto's DynamoDB-compatible server, handling one request at a time.

Real DynamoDB serialises conflicting transactions: of two TransactWriteItems racing for the last unit of
stock, exactly one commits. moto 5.2 does not: its backend takes no lock and a failed transaction
restores a copy of the table taken before it started, which can undo another thread's committed write.
Concurrent checkouts against plain moto_server therefore sometimes oversell, and concurrent registrations
sometimes let two users claim one email (reproduce with scripts/moto_race_repro.py). Handling requests one
at a time makes each request atomic, as DynamoDB's are, so our concurrency tests test our conditions and
not moto's missing lock. Clients still connect concurrently.

usage: python3 scripts/moto_serialized.py PORT [HOST]
"""
import os
import signal
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

port = int(sys.argv[1])
host = sys.argv[2] if len(sys.argv) > 2 else "127.0.0.1"
moto_app = DomainDispatcherApplication(create_backend_app)
one_at_a_time = threading.Lock()


def serialized_app(environ, start_response):
    with one_at_a_time:
        body = moto_app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            if hasattr(body, "close"):
                body.close()


signal.signal(signal.SIGTERM, lambda *_: os._exit(0))  # no in-flight work worth waiting for in a test emulator
run_simple(host, port, serialized_app, threaded=True)
