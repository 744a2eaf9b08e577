"""Identifier re-reads on faxes in normal resolution (204×98 dpi): the crop's renderings suited to
strokes broken into dots (parsers/recheck.py, `fax_renderings`), and box walls read as colons."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.recheck
from intake.domain.model import Word
from parsers.limits import Limits
from parsers.recheck import RECHECK_CONF, crops, find_grid_suspects, find_suspects, recheck_identifiers

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ADELI = "769351479"  # Luhn key holds


def line(texts: Sequence[str], number: int = 0) -> list[Word]:
    return [Word(text, 100 * i, 10 + 50 * number, 100 * i + 80, 40 + 50 * number, 0.9, number)
            for i, text in enumerate(texts)]


def dotted_page() -> Image.Image:
    """"ADELI 769351479" in grey strokes with gaps, as a stretched and smoothed fax-normal page shows it."""
    image = Image.new("L", (1200, 200), 255)
    ImageDraw.Draw(image).text((100, 60), f"ADELI {ADELI}", font=ImageFont.truetype(FONT, 60), fill=90)
    array = np.asarray(image).copy()
    array[::4, :] = np.maximum(array[::4, :], 200)  # every fourth row of the strokes faded
    return Image.fromarray(array)


def test_a_fax_normal_crop_is_also_read_lighter_and_thickened() -> None:
    image = dotted_page()
    words = [Word("ADELI", 100, 60, 290, 120, 0.9, 0), Word("7693514279", 300, 60, 700, 120, 0.5, 0)]
    [suspect] = find_suspects(words)
    scan = crops(image, suspect, words)
    fax = crops(image, suspect, words, low_resolution=True)
    assert len(scan) == 3 and len(fax) == 5
    ink = [int((np.asarray(rendering) < 128).sum()) for rendering in fax]
    grey, otsu, darker, lighter, thickened = ink
    assert lighter > otsu > darker  # the faded rows between the dots count as ink: the strokes come together
    assert thickened > grey
    assert [np.asarray(r).tolist() for r in scan] == [np.asarray(r).tolist() for r in fax[:3]]


def test_a_value_only_the_lighter_rendering_gives_is_taken_on_a_fax_normal_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Set 13 y109: the grey and Otsu crops read a digit too many ("76935914279", "7693514279"), the
    darker one loses digits, the lighter one reads the ADELI, the thickened one another wrong 10 digits.
    Five readings a suspect."""
    image = dotted_page()
    words = [Word("ADELI", 100, 60, 290, 120, 0.9, 0), Word("7693514279", 300, 60, 700, 120, 0.5, 0)]
    seen: list[int] = []

    def readings(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[tuple[str, float]]:
        seen.append(len(images))
        return [("76935914279", 0.8), ("7693514279", 0.87), ("8 A", 0.11), (ADELI, 0.91), ("7693914279", 0.72)][
            : len(images)
        ]

    monkeypatch.setattr(parsers.recheck, "read_crops", readings)
    out, notes = recheck_identifiers(image, words, Limits(), dpi=300, low_resolution=True)
    assert seen == [5]
    assert [w.text for w in out] == ["ADELI", ADELI] and out[1].conf == RECHECK_CONF
    assert notes == ["identifiant relu (adeli)"]


def test_box_walls_read_as_colons_go_on_with_the_grid() -> None:
    """Set 24 j110: the NIR's last eight boxes read "21110::61110;;71)3" stayed out of the grid."""
    words = line(["N°", "d'immatriculation", "[2]", "819", "[o[2]", "|2[a|", "21110::61110;;71)3", "Tél."])
    [insured] = find_grid_suspects(words)
    assert insured.kind == "nir" and insured.indices == (2, 3, 4, 5, 6)


def test_colons_never_start_a_grid() -> None:
    assert find_grid_suspects(line(["RPPS", ":", "10003879623"])) == []
    assert find_grid_suspects(line(["N°", "RPPS:", "10003879623", "09:15"])) == []
    assert find_grid_suspects(line(["Date", "de", "naissance", ":", "12:03:1984"])) == []


NIR = "264072077279625"  # key holds


def test_a_rendering_that_loses_the_key_of_a_full_nir_is_no_rival(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set 23 i105: the grey crop reads the NIR, the darker one 13 digits that pass only as a temporary
    NIR without a key; the first reading had 15 characters, so the short one neither wins nor vetoes."""
    image = Image.new("L", (1200, 200), 255)
    words = [Word("NIR", 100, 60, 200, 120, 0.9, 0), Word("2640720772Z9625", 300, 60, 900, 120, 0.5, 0)]
    [suspect] = find_suspects(words)
    assert suspect.kind == "nir"

    def readings(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[tuple[str, float]]:
        return [(NIR, 0.8), ("2640720772 79 6", 0.6), ("7407207729862", 0.5), ("", 0.0), ("26407207 7", 0.4)]

    monkeypatch.setattr(parsers.recheck, "read_crops", readings)
    out, _ = recheck_identifiers(image, words, Limits(), dpi=300, low_resolution=True)
    assert [w.text for w in out] == ["NIR", NIR]


def test_a_temporary_nir_alone_is_still_taken_from_a_short_run() -> None:
    assert parsers.recheck.rival_values("nir", 13, ["7407207729862"]) == {"7407207729862"}
    assert parsers.recheck.rival_values("nir", 15, ["7407207729862"]) == set()


@pytest.mark.parametrize(
    "groups",
    [
        ["1", "81", "05", "76", "Ko6", "782", "33"],  # set 22 h104
        ["160", "02", "38", "6W", "U62", "V1"],  # set 16 b102
    ],
)
def test_nir_groups_read_as_letters_after_a_nir_label_are_suspects(groups: list[str]) -> None:
    words = line(["N°", "de", "sécurité", "sociale", ":", *groups, "Né", "le"])
    [suspect] = find_suspects(words)
    assert suspect.kind == "nir" and suspect.labelled
    assert suspect.indices == tuple(range(5, 5 + len(groups)))


def test_letter_groups_without_a_nir_label_or_of_another_length_are_not_suspects() -> None:
    assert find_suspects(line(["Tél", ":", "1", "81", "05", "76", "Ko6", "782", "33"])) == []
    assert find_suspects(line(["NIR", "1", "81", "Ko6", "Paris"])) == []
    assert find_suspects(line(["NIR", "1", "81", "05", "76", "866", "782", "33"])) == []  # valid as read
