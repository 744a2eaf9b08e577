"""A stand-in for the operator's core system, run as its own process by the tests.

POST /claims and /tickets with JSON and an `Idempotency-Key`. Every call is appended to a JSONL log
(path, key, status, replay). The first `--fail-first` calls answer 500. A key seen before answers the
first answer again (200, replay) and creates nothing, as a real idempotent API does.
"""

from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

LOCK = threading.Lock()
STATE: dict[str, Any] = {"calls": 0, "fail_first": 0, "log": None, "seen": {}}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        key = self.headers.get("Idempotency-Key") or ""
        with LOCK:
            STATE["calls"] += 1
            if STATE["calls"] <= STATE["fail_first"]:
                status, answer, replay = 500, {"error": "unavailable"}, False
            elif key in STATE["seen"]:
                status, answer, replay = 200, STATE["seen"][key], True
            else:
                answer = {"id": f"CORE-{len(STATE['seen']) + 1}"}
                STATE["seen"][key] = answer
                status, replay = 201, False
            record = {
                "path": self.path,
                "key": key,
                "status": status,
                "replay": replay,
                "payload": json.loads(body or b"{}") if status != 500 else None,
            }
            with Path(STATE["log"]).open("a") as log:
                log.write(json.dumps(record) + "\n")
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_: Any) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    STATE["fail_first"], STATE["log"] = args.fail_first, args.log
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
