"""Tesseract for this process: a long-lived child (`parsers.tesseract_server`) holding the models, or
the plain `tesseract` command when the child cannot run (tesserocr not installed).

`tesseract_columns(images, ...)` returns the TSV columns of all images, rows of image i carrying
`page_num` i + 1 (what the command gives for a list file). Measured on the samples' fax pages
(2026-11-26, Tesseract 5.3.0 both ways, same prepared images, one thread): 0.80 s a page through the
child against 0.89 s with a `tesseract` process per page — the process start, model and dictionary
load and image file the command pays for every page. A request goes as its JSON line then each image's
bytes, written one after the other (not joined into one copy first) through a 1 MB pipe (Linux's
F_SETPIPE_SZ; 64 kB otherwise); the TSV rows are taken column by column: sending a 300 dpi grey page
(2541×3370) cost the worker 24-33 ms of CPU before, 5-6 ms after (2026-11-27, side by side, same
words); a prepared page's pixels, which `parsers.image.prepare` has at hand, go as they are, without
Pillow's copy (`tobytes`, ~1.5-5 ms a page; 2026-11-28). Errors become a `ReadError` with a French
reason; a child that crashes, hangs past its deadline or answers garbage is killed and replaced on
the next call, so the worker itself never crashes on an image.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import importlib.util
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from parsers.base import ReadError
from parsers.limits import Limits

STARTUP_SECONDS = 30.0  # the child's import and first model load, on a loaded machine
_SHM = "/dev/shm"  # noqa: S108 - NamedTemporaryFile: random name, created exclusively, mode 0600
TMP = _SHM if os.path.isdir(_SHM) and os.access(_SHM, os.W_OK) else None
PIPE_SIZE_SETTER = getattr(fcntl, "F_SETPIPE_SZ", 1031)  # Linux's fcntl to resize a pipe's buffer
PIPE_BYTES = 1 << 20  # /proc/sys/fs/pipe-max-size, the most an unprivileged process may ask
COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
           "left", "top", "width", "height", "conf", "text")


def tesseract_columns(
    images: Sequence[Image.Image | NDArray[np.uint8]],
    limits: Limits,
    *,
    dpi: int,
    psm: int,
    config: Sequence[str] = (),
    lang: str | None = None,
) -> dict[str, list[str]]:
    """Word rows of Tesseract's TSV for each image (grey "L" or bilevel "1", or a grey image's pixels),
    as columns."""
    if not images:
        return {name: [] for name in COLUMNS}
    lang = lang or limits.ocr_lang
    if server_available():
        texts = _child().run(images, lang=lang, psm=psm, dpi=dpi, config=config, timeout=limits.ocr_timeout)
        return merge_tsv(texts)
    return _command(images, limits, dpi=dpi, psm=psm, config=config, lang=lang)


def merge_tsv(texts: Sequence[str]) -> dict[str, list[str]]:
    """Word rows of several TSV texts (with or without the header row), `page_num` = position + 1."""
    data: dict[str, list[str]] = {name: [] for name in COLUMNS}
    for number, text in enumerate(texts, start=1):
        add_word_rows(data, text, page=str(number))
    return data


def add_word_rows(data: dict[str, list[str]], text: str, *, page: str | None = None) -> None:
    """Append the word rows of a TSV text to `data`; header and page/block/line rows have no text."""
    rows = [
        cells for row in text.splitlines()
        if len(cells := row.split("\t", 11)) == 12 and cells[11].strip() and cells[0].isdigit()
    ]
    if not rows:
        return
    for name, column in zip(COLUMNS, zip(*rows, strict=True), strict=True):  # column by column
        data[name].extend([page] * len(rows) if page is not None and name == "page_num" else column)


@functools.cache
def server_available() -> bool:
    return os.environ.get("INTAKE_OCR_CHILD", "1") != "0" and importlib.util.find_spec("tesserocr") is not None


@functools.cache
def tessdata_dir() -> str:
    """Where the system's Tesseract keeps its models (so the child and the command use the same)."""
    if prefix := os.environ.get("TESSDATA_PREFIX"):
        return prefix
    try:
        done = subprocess.run([_command_name(), "--list-langs"], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ReadError("OCR indisponible (Tesseract absent)") from error
    first = (done.stdout or done.stderr).splitlines()[:1]
    if first and '"' in first[0]:
        return first[0].split('"')[1]
    raise ReadError("OCR indisponible (modèles Tesseract introuvables)")


class Child:
    """The child process and its pipes; one request at a time (a lock), restarted after any failure."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()
        self.buffer = b""

    def run(self, images: Sequence[Image.Image | NDArray[np.uint8]], *, lang: str, psm: int, dpi: int,
            config: Sequence[str], timeout: float) -> list[str]:
        shapes: list[list[int]] = []
        payload: list[bytes | memoryview] = []
        for image in images:
            data, depth, stride = raw(image)
            width, height = image.size if isinstance(image, Image.Image) else image.shape[::-1]
            shapes.append([width, height, depth, stride, len(data)])
            payload.append(data)
        request = {"lang": lang, "psm": psm, "dpi": int(dpi), "config": list(config),
                   "timeout_ms": int(timeout * 1000), "images": shapes}
        deadline = timeout * len(images) + 5.0
        with self.lock:
            process = self._started()
            try:
                ends = time.monotonic() + deadline
                self._send(process, [json.dumps(request).encode("utf-8") + b"\n", *payload], ends)
                reply = json.loads(self._line(process, ends - time.monotonic()))
            except TimeoutError as error:
                self.stop()
                raise ReadError(f"OCR trop long (plus de {timeout:g} s par page)") from error
            except (OSError, ValueError, EOFError) as error:
                self.stop()
                raise ReadError("OCR en échec") from error
        if reply.get("error") == "timeout":
            raise ReadError(f"OCR trop long (plus de {timeout:g} s par page)")
        if "tsv" not in reply or len(reply["tsv"]) != len(images):
            raise ReadError("OCR en échec")
        return [str(text) for text in reply["tsv"]]

    def _started(self) -> subprocess.Popen[bytes]:
        if self.process is not None and self.process.poll() is None:
            return self.process
        self.stop()
        command = [sys.executable, "-m", "parsers.tesseract_server", "--tessdata", tessdata_dir()]
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env)
        assert self.process.stdin is not None
        with contextlib.suppress(OSError):  # a page (~8 MB) in 1 MB writes, not 64 kB ones (Linux only)
            fcntl.fcntl(self.process.stdin.fileno(), PIPE_SIZE_SETTER, PIPE_BYTES)
        try:
            ready = json.loads(self._line(self.process, STARTUP_SECONDS))
        except (TimeoutError, ValueError, EOFError, OSError) as error:
            self.stop()
            raise ReadError("OCR indisponible (le moteur Tesseract ne démarre pas)") from error
        if not ready.get("ready"):
            self.stop()
            raise ReadError("OCR indisponible (le moteur Tesseract ne démarre pas)")
        return self.process

    @staticmethod
    def _send(process: subprocess.Popen[bytes], parts: Sequence[bytes | memoryview], ends: float) -> None:
        """Write the whole request (its parts one after the other: a page's pixels are not copied into
        one string first) before `ends` (TimeoutError): a hung child stops reading its pipe."""
        assert process.stdin is not None
        fd = process.stdin.fileno()
        os.set_blocking(fd, False)  # a write takes what fits in the pipe now, never waits
        for part in parts:
            view = memoryview(part)
            while view:
                left = ends - time.monotonic()
                if left <= 0 or not select.select([], [fd], [], left)[1]:
                    raise TimeoutError
                try:
                    view = view[os.write(fd, view) :]
                except BlockingIOError:
                    continue

    def _line(self, process: subprocess.Popen[bytes], seconds: float) -> bytes:
        """One answer line, within `seconds` (TimeoutError), EOFError when the child is gone."""
        assert process.stdout is not None
        fd = process.stdout.fileno()
        deadline = time.monotonic() + seconds
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def stop(self) -> None:
        process, self.process, self.buffer = self.process, None, b""
        if process is None:
            return
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        if process.poll() is None:
            process.kill()
        process.wait()


def raw(image: Image.Image | NDArray[np.uint8]) -> tuple[bytes | memoryview, int, int]:
    """(bytes, bytes per pixel, bytes per line) as Tesseract's SetImage wants them: 8-bit grey, or
    1-bit packed with 1 = white (Pillow's "1" layout). A grey image's pixels go as they are (no copy)."""
    if isinstance(image, np.ndarray):
        pixels = np.ascontiguousarray(image, dtype=np.uint8)
        return pixels.data.cast("B"), 1, pixels.shape[1]
    if image.mode == "1":
        return image.tobytes(), 0, (image.size[0] + 7) // 8
    if image.mode != "L":
        image = image.convert("L")
    return image.tobytes(), 1, image.size[0]


_children: dict[int, Child] = {}


def _child() -> Child:
    """This process's child (a forked worker starts its own: a pipe is never shared across a fork)."""
    pid = os.getpid()
    if pid not in _children:
        _children.clear()  # inherited from the parent before a fork: not ours to use or to kill
        _children[pid] = Child()
    return _children[pid]


def _command_name() -> str:
    import pytesseract

    return str(getattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract") or "tesseract")


def _command(images: Sequence[Image.Image | NDArray[np.uint8]], limits: Limits, *, dpi: int, psm: int,
             config: Sequence[str], lang: str) -> dict[str, list[str]]:
    """The plain command over a list file (one process, the model loaded once for all images)."""
    with tempfile.TemporaryDirectory(dir=TMP) as folder:
        paths = []
        for number, image in enumerate(images):
            path = os.path.join(folder, f"{number}.bmp")
            (image if isinstance(image, Image.Image) else Image.fromarray(image)).save(path, format="BMP")
            paths.append(path)
        source = paths[0]
        if len(paths) > 1:
            source = os.path.join(folder, "list.txt")
            with open(source, "w", encoding="utf-8") as file:
                file.write("\n".join(paths) + "\n")
        command = [_command_name(), source, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(int(dpi))]
        for setting in config:
            command += ["-c", setting]
        command.append("tsv")
        try:
            done = subprocess.run(command, capture_output=True, timeout=limits.ocr_timeout * len(images),
                                  env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False)
        except FileNotFoundError as error:
            raise ReadError("OCR indisponible (Tesseract absent)") from error
        except subprocess.TimeoutExpired as error:
            raise ReadError(f"OCR trop long (plus de {limits.ocr_timeout:g} s par page)") from error
    if done.returncode != 0:
        raise ReadError("OCR en échec")
    data: dict[str, list[str]] = {name: [] for name in COLUMNS}
    add_word_rows(data, done.stdout.decode("utf-8", errors="replace"))  # the list's own page numbers
    return data
