"""A long-lived Tesseract for one worker process: `python -m parsers.tesseract_server --tessdata DIR`.

Run by `parsers.tesseract_engine` as a child process, never by hand. Each request is one JSON line
on stdin followed by the raw bytes of its images; each answer is one JSON line on stdout:

    {"lang": "fra", "psm": 3, "dpi": 300, "config": ["k=v"], "timeout_ms": 60000,
     "images": [[width, height, bytes_per_pixel, bytes_per_line, length], ...]}   + image bytes
    -> {"tsv": ["<Tesseract TSV of image 1>", ...]}   or   {"error": "timeout" | "<reason>"}

The models stay loaded between requests (one engine per language and settings), which is what the
plain `tesseract` command pays again for every page: process start, model and dictionary load, image
decode. The engine runs outside the worker so that a crash or a hang of the C++ library costs this
child, not the worker (the parent kills it after its deadline and starts a new one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, BinaryIO

os.environ["OMP_THREAD_LIMIT"] = "1"  # before the library loads: one thread, the workers parallelise

import tesserocr  # after the thread limit


class Engines:
    """One initialised Tesseract per (language, settings): variables set on an engine stay set."""

    def __init__(self, tessdata: str) -> None:
        self.tessdata = tessdata.rstrip("/") + "/"
        self.engines: dict[tuple[str, tuple[str, ...]], Any] = {}

    def get(self, lang: str, config: tuple[str, ...]) -> Any:
        key = (lang, config)
        if key not in self.engines:
            api = tesserocr.PyTessBaseAPI(path=self.tessdata, lang=lang)
            for setting in config:
                name, _, value = setting.partition("=")
                api.SetVariable(name, value)
            self.engines[key] = api
        return self.engines[key]


def answer(engines: Engines, request: dict[str, Any], data: bytes) -> dict[str, Any]:
    api = engines.get(str(request["lang"]), tuple(request.get("config") or ()))
    api.SetPageSegMode(int(request["psm"]))
    dpi = int(request["dpi"])
    api.SetVariable("user_defined_dpi", str(dpi))  # what `tesseract --dpi` sets
    out: list[str] = []
    offset = 0
    for width, height, depth, stride, length in request["images"]:
        api.SetImageBytes(data[offset : offset + length], width, height, depth, stride)
        offset += length
        api.SetSourceResolution(dpi)
        if not api.Recognize(timeout=int(request.get("timeout_ms") or 0)):
            api.Clear()
            return {"error": "timeout"}
        out.append(api.GetTSVText(0))
        api.Clear()
    return {"tsv": out}


def read_exactly(stream: BinaryIO, size: int) -> bytes:
    chunks: list[bytes] = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def serve(tessdata: str, stdin: BinaryIO, stdout: BinaryIO) -> None:
    engines = Engines(tessdata)
    while line := stdin.readline():
        request = json.loads(line)
        try:
            data = read_exactly(stdin, sum(int(image[4]) for image in request["images"]))
        except EOFError:
            return
        try:
            reply = answer(engines, request, data)
        except Exception as error:  # noqa: BLE001 - reported to the parent, which raises a ReadError
            reply = {"error": f"{type(error).__name__}: {error}"[:300]}
        stdout.write(json.dumps(reply).encode("utf-8") + b"\n")
        stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tessdata", required=True, help="the folder holding the *.traineddata files")
    args = parser.parse_args()
    sys.stdout.buffer.write(b'{"ready": true}\n')
    sys.stdout.buffer.flush()
    serve(args.tessdata, sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
