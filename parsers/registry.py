"""Which reader handles which sniffed kind, and the kinds refused without being opened."""

from __future__ import annotations

from parsers.archive import ZipReader
from parsers.base import Reader
from parsers.pdf import PdfReader
from parsers.textdoc import TextReader
from parsers.tiff import ImageReader

# Kinds never opened, with the reason given to the clerk.
REFUSED: dict[str, str] = {
    "empty": "fichier vide",
    "exe": "exécutable refusé",
    "docm": "document Office avec macros refusé",
    "office": "document Office (Word, Excel…) non pris en charge : demander un PDF",
    "ole": "ancien document Office ou message Outlook (.doc, .xls, .msg) non pris en charge",
    "rar": "archive RAR non prise en charge : demander un PDF ou un ZIP",
    "7z": "archive 7z non prise en charge : demander un PDF ou un ZIP",
    "gzip": "archive gzip non prise en charge : demander un PDF ou un ZIP",
    "bzip2": "archive bzip2 non prise en charge : demander un PDF ou un ZIP",
    "xz": "archive xz non prise en charge : demander un PDF ou un ZIP",
    "unknown": "type de fichier inconnu",
}


class Registry:
    def __init__(self, readers: list[Reader]) -> None:
        self.readers = list(readers)

    def register(self, reader: Reader) -> None:
        if not isinstance(reader, Reader):
            raise TypeError(f"{reader!r} is not a Reader")
        self.readers.insert(0, reader)  # a later registration wins

    def reader_for(self, kind: str) -> Reader | None:
        return next((reader for reader in self.readers if kind in reader.kinds), None)


def default_registry() -> Registry:
    return Registry([PdfReader(), ImageReader(), ZipReader(), TextReader()])


REGISTRY = default_registry()
