"""Zip archives, opened only within limits; each member read by `read_document`.

Refused outright: too many members, too large once expanded, a member compressed more than
`max_archive_ratio` times (zip bomb), absolute or `..` paths, encrypted members, an archive inside an
archive beyond `max_archive_depth`, and any archive holding an executable or a macro-enabled file.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from intake.domain.model import Page, ReadResult
from parsers.base import ReadError
from parsers.limits import Limits
from parsers.sniff import sniff

REFUSED = {"exe": "un exécutable", "docm": "un document Office avec macros"}
ARCHIVES = frozenset({"zip", "rar", "7z", "gzip", "bzip2", "xz"})
_CHUNK = 1 << 16


class ZipReader:
    kinds = frozenset({"zip"})

    def read(self, data: bytes, limits: Limits) -> ReadResult:
        if limits.max_archive_depth < 1:
            raise ReadError("archive imbriquée refusée")
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise ReadError("archive ZIP corrompue ou tronquée") from error
        with archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            check_members(members, limits)
            contents = [(info.filename, extract(archive, info)) for info in members]
        for name, content in contents:
            kind = sniff(content)
            if kind in REFUSED:
                raise ReadError(f"archive refusée : elle contient {REFUSED[kind]} ({_short(name)})")
        return read_members(contents, limits)


def check_members(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if not members:
        raise ReadError("archive vide")
    if len(members) > limits.max_archive_members:
        raise ReadError(f"archive avec trop de fichiers ({len(members)} > {limits.max_archive_members})")
    total = sum(info.file_size for info in members)
    if total > limits.max_archive_bytes:
        raise ReadError(f"archive trop volumineuse une fois décompressée ({total // 1_000_000} Mo)")
    for info in members:
        if info.flag_bits & 0x1:
            raise ReadError("archive chiffrée (mot de passe)")
        if info.file_size > max(info.compress_size, 1) * limits.max_archive_ratio:
            raise ReadError("archive refusée : taux de compression anormal (bombe de décompression)")
        if not safe_name(info.filename):
            raise ReadError("archive refusée : chemin de fichier dangereux")


def safe_name(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return not (path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]))


def extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than its declared size (zipfile also stops there)."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > info.file_size:
                    raise ReadError("archive refusée : taille de fichier falsifiée")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise ReadError(f"archive ZIP corrompue ({_short(info.filename)})") from error
    return bytes(out)


def read_members(contents: list[tuple[str, bytes]], limits: Limits) -> ReadResult:
    from parsers.read import read_document  # the registry imports this module

    inner = replace(limits, max_archive_depth=limits.max_archive_depth - 1)
    result = ReadResult(kind="zip")
    listing: list[dict[str, Any]] = []
    for name, content in sorted(contents):
        member = read_document(content, limits=inner, filename=name)
        numbers = _append_pages(result.pages, member.pages)
        listing.append({"name": _short(name), "kind": member.kind, "pages": numbers, "error": member.error})
        result.fax = result.fax or member.fax
        if len(result.pages) > limits.max_pages:
            raise ReadError(f"trop de pages dans l'archive (> {limits.max_pages})")
    result.meta["members"] = listing
    if not result.pages:
        errors = sorted({str(m["error"]) for m in listing if m["error"]})
        raise ReadError("archive sans document lisible" + (f" ({'; '.join(errors)})" if errors else ""))
    return result


def _append_pages(pages: list[Page], new: list[Page]) -> list[int]:
    numbers = []
    for page in new:
        page.number = len(pages) + 1
        pages.append(page)
        numbers.append(page.number)
    return numbers


def _short(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).name[:80]
