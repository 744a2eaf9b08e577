"""Opening images within limits, and preparing a page image for OCR where it pays.

Preparation, in order: EXIF orientation (photos), greyscale, background flattened and the
surroundings of a photographed sheet whitened (up to the sheet's edge, shadows on the sheet kept),
light despeckle of noisy scans, square pixels (fax "normal" 204×98 dpi is smoothed a little, then
stretched ×2 vertically), resolution brought to ~300 dpi (for a photo, guessed from the sheet's own
size), a sheet photographed at an angle mapped back onto a rectangle, deskew within ±10° (stretch,
rescale and deskew as one step), white-on-dark heading bars inverted, dotted leaders removed (not on
faxes). Orientation by quarter turns is decided in `ocr_page` (see its docstring).

Measured on the held-out sets (2026-11-26, same field extraction before and after): photos of set 6
80.0 % → 94.2 % field accuracy, of set 2 83.1 % → 90.8 %; faxes in normal resolution of set 6
89.2 % → 95.0 %, of set 2 84.6 % → 93.6 %, of set 5 68.9 % → 73.3 %.
On photos, paper between two parts of the sheet on a row is never surroundings (2026-11-27: r802 of
set 8, its amounts column and header back, 7 fields; with the grid re-reads of `parsers.recheck`, set 8
photos 79.1 % → 85.3 %, set 5 photos 86.7 % → 91.1 %; the other sets unchanged).
A photo of several sheets (separated by the table) is cut between them and each sheet read as a page
of its own (`split_sheets`, called by the image reader: v103 of set 10, two invoices, and r802 of set 8,
a cover and its invoice, and the two-page invoices k608 and v109 photographed as two sheets; 2026-11-27,
set 6 photos 95.0 % → 95.8 %); only sheets that no cut across bare table separates are still read as one
page, with a note that sends its documents to a clerk (`paper_sheets`).
A photo's page is OCR'd twice, with Tesseract's global Otsu threshold and with Sauvola's local one,
and the two readings merged region by region (`merge_readings`, 2026-11-27, same field extraction
before and after): photos of sets 1-11 95.6 % → 97.3 % field accuracy (set 8 +6 fields, set 6 +4,
sets 7 and 10 +3, sets 5 and 9 +1, the others and the samples unchanged), straight-through up on
sets 6, 7, 8, no wrong auto-accept; ~1.8 s more a photo page (2 loaded cores: 2.8 → 4.6 s).
A fax page is read a second time only when its first reading is poor as a whole (`poorly_read`), with
Tesseract's sparse-text segmentation (psm 11: no columns or blocks assumed), merged the same way but a
region going to the second reading only with 25 % more confident letters (2026-11-27, same field
extraction before and after, samples and sets 1-12): 35 of 283 fax pages read twice; fax normal
92.7 % → 93.1 % of fields (1220 → 1225 of 1316: set 10 +3, sets 2 and 11 +1, set 8 +1 -1),
straight-through 51.8 % → 56.2 % (sets 3, 9, 10 +1, set 8 +2), fax fine unchanged, no wrong
auto-accept; one field lost: r810's fax normal (set 8) reads its amounts line amid rule dashes and
takes the AMC's share for the total (0.88, held: the page lacks 7 other fields).
A fax page in normal resolution that is not read poorly but left text out (letter strokes no word's box
covers in 24 cells of ~2.7 mm or more, `unread_text`, ~30 ms of CPU) is read a second time as one
column (psm 4), merged the same way (2026-11-28, same field extraction before and after, every fax
normal page of the samples and sets 1-19): 9 of ~208 pages read twice (the well-read ones leave 0-20
such cells); fax normal 2028 → 2037 of 2165 fields (set 18 d110 and set 19 e102: their amounts column,
dropped whole by psm 3; set 11 w108 +1), straight-through 130 → 132 of 183, no wrong auto-accept,
every other set and rendering identical; ~+3 % of fax normal reading time over all pages.
A photo enlarged to ~300 dpi whose two readings, merged, are poor as a whole (`poorly_read`) is sharpened
by an unsharp mask as wide as the enlargement and read again the same two ways, the sharpened reading kept
when it holds more confident letters (`_sharpened_reading`, 2026-11-28, same field extraction before and
after, every photo of the samples and sets 1-20): 4 of 184 photos read again (e102, e104 of set 19, t902
of set 9, q701 of set 7), 2 keep the sharpened reading; set 19 photos 107 → 114 of 120 fields (e102's four
amounts, now straight-through; e104's RPPS, birth date and AMO share, and its two wrong dates gone), no
wrong auto-accept, every other set identical; the pages read again take ~1.4× as long.
Every OCR page (all renderings), after those readings: the bands of letters no word covers (the same
`letter_strokes` as `unread_text`, measured once a page; a band: cells side by side on a row a print
line tall, `uncovered_runs`) are cut out with the words already read whitened and read once as sparse
text (psm 11), the confident words added (`with_uncovered_text`): a care date's line, an act's amount,
a pharmacy ticket's sums missed by the page layout (2026-11-28, sets 2, 3, 6, 10, 13 +1 to +4 fields,
no field lost, no wrong auto-accept); ~20-40 ms a page (1.5 % of the reading of the sample faxes)
plus one small reading where it fires.

Speed (2026-11-28, session 17; HEAD and this code side by side in one run, file by file interleaved, on the
10 fax files (12 pages) of the speed bench, a 2-core machine at a load of 4-15): a skewed page is turned
by Pillow only where the turned page can hold anything but white (`turned_page`: a fax page turned by 0.3°,
5 of the 12, ~90 → ~40 ms of CPU; scans, whose grey noise leaves nothing white, are turned whole as
before); the letter strokes' runs across slide each row in place, not a transposed copy (`_runs`, ~3 →
~1.3 ms); the page OCR and the letter strokes take the pixels `prepare` has at hand (`Prepared.pixels`:
two copies of the page by Pillow's `tobytes` skipped). This process's CPU a page, three runs of 3-4
rounds: 168 → 131, 160 → 138 and 153 → 125 ms (medians; every round 14-37 ms less), Tesseract's
unchanged (~1.0 s). The overhead over the plain `tesseract` command on the same prepared pages (old, new
and the command interleaved file by file, medians of 4 rounds): CPU +10.7 → +7.2 %, wall +9.7 → +3.3 %
(the session-16 bench read +17.4 % on HEAD; rounds here run from +1 to +17 %: the machine's load moves
it more than this change does). Every page's reading identical (words, boxes, confidences, notes: the
12 pages' pickles compared in every run), and every turned image identical to Pillow's own turn on the
open sets' scans, photos and faxes (see `turned_page`).
"""

from __future__ import annotations

import io
import logging
import math
import os
import warnings
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
import pytesseract
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from intake.domain.model import Word
from parsers.base import ReadError
from parsers.filters import max_filter
from parsers.layout import by_line, group_lines
from parsers.limits import Limits
from parsers.ocr import SAUVOLA, mean_conf, ocr_words
from parsers.recheck import recheck_identifiers
from parsers.reread import reread_values

log = logging.getLogger(__name__)

TARGET_DPI = 300
LOW_DPI = 250  # below this (effective), upscale to TARGET_DPI: faxes at 204 dpi gain (measured)
HIGH_DPI = 400  # above this, downscale to TARGET_DPI (speed; no accuracy lost)
MAX_DESKEW = 10.0
LOW_CONF = 0.55  # mean word confidence under which orientation is questioned
SPECKLE_SHARE = 0.02
# On a fax in normal resolution (204×98 dpi) more "specks" than this share of the ink are a thin font's
# strokes broken by the half-resolution scan, not noise: whitening them ate letters. 48 fax-normal pages of
# the open sets over 2 %: the 13 above 3 % read 81 → 94 of their fields untouched, the 35 at 2–3 % read
# the same either way (measured 2026-11-29, session 21; the 3 % was chosen on those pages).
FAX_NORMAL_STROKES_SHARE = 0.03
FAX_NORMAL_BLUR = (1.0, 0.5)  # Gaussian radii (px) across and along the lines of a fax in normal resolution
OSD_MIN_CONF = 2.0  # Tesseract's orientation confidence under which OSD is ignored (but see POOR_OSD_MIN_CONF)
# On a page whose first reading is poor (`_poor`), OSD's answer is tried whatever its confidence: the turned
# page's reading is kept only when it holds 1.3 times the confident letters, which an upright page's turned
# copy never does. Set 30 o109: page 2 fed upside down, first read at 0.49 (fax normal) and 0.46 (photo);
# OSD said 180° at 1.46 and 0.53, ignored, and the page's four amounts were lost (turned: read at 0.86, 0.91).
POOR_OSD_MIN_CONF = 0.0
BACKGROUND_STEP = 8  # background estimated on a 1/8 copy, max filter 9 px there (~70 px, wider than ink)
UNEVEN = 0.9  # background darker than this share of the paper's white somewhere: flatten it
OUTSIDE = 0.75  # border-connected background darker than this share of the paper: not the paper
EDGE_STEP = 0.2  # ... reached without a step over this share of the paper-to-surroundings contrast
EDGE_MIN_STEP = 12
# "À vérifier : " makes a page note a reason for review (`parsers.fields.review.page_reasons`)
SEVERAL_SHEETS_NOTE = "À vérifier : photo de {sheets} feuilles lue comme une seule page, une facture peut manquer"


@dataclass
class Prepared:
    image: Image.Image  # mode "L"
    dpi: int
    notes: list[str] = field(default_factory=list)
    sideways: bool | None = None  # measured during preparation (None: measure in `ocr_page`)
    second_reading: tuple[str, ...] | None = None  # Tesseract variables of a second OCR merged in (photos)
    fax: bool = False  # a fax page: read a second time only when its first reading is poor (`poorly_read`)
    fax_normal: bool = False  # ... in normal resolution: also when it left text unread (`unread_text`)
    enlarged: float = 1.0  # a photo enlarged this much to ~300 dpi: read again sharpened when read poorly
    pixels: NDArray[np.uint8] | None = None  # `image`'s pixels, which `prepare` has at hand (no copy of the page later)


def check_pixels(width: int, height: int, limits: Limits) -> None:
    if width <= 0 or height <= 0:
        raise ReadError("image vide ou corrompue")
    if width * height > limits.max_pixels:
        raise ReadError(f"image trop grande ({width}×{height} px)")


def open_image(data: bytes, limits: Limits) -> Image.Image:
    """Open lazily and check the pixel count from the header before anything is decoded."""
    Image.MAX_IMAGE_PIXELS = limits.max_pixels  # Pillow's own guard (it refuses over twice this)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our check follows
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        size = header_size(data)
        raise ReadError(f"image trop grande ({size[0]}×{size[1]} px)" if size else "image trop grande") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ReadError("image illisible ou corrompue") from error
    check_pixels(*image.size, limits)
    return image


def header_size(data: bytes) -> tuple[int, int] | None:
    """Width and height straight from a PNG, GIF or BMP header (for the error message)."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data.startswith(b"GIF") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data.startswith(b"BM") and len(data) >= 26:
        return int.from_bytes(data[18:22], "little", signed=True), abs(
            int.from_bytes(data[22:26], "little", signed=True)
        )
    return None


def resolution(image: Image.Image) -> tuple[float, float] | None:
    """(x dpi, y dpi) when the file says so, else None. TIFFs in centimetres are converted."""
    dpi = image.info.get("dpi")
    if dpi is None and "resolution" in image.info:
        x, y = image.info["resolution"]
        dpi = (float(x) * 2.54, float(y) * 2.54)  # Pillow gives dpi only for inch units
    if not dpi:
        return None
    try:
        x_dpi, y_dpi = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return None
    if x_dpi < 20 or y_dpi < 20:
        return None
    return x_dpi, y_dpi


def to_grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.float64)
        span = max(float(array.max() - array.min()), 1.0)
        return Image.fromarray(((array - array.min()) * 255.0 / span).astype(np.uint8))
    return image.convert("L") if image.mode != "L" else image


def guess_dpi(image: Image.Image) -> float:
    """No trustworthy resolution (photos, screenshots): assume the image spans an A4 page, its short
    side the page's width. Either side alone overestimates when the image holds more than one page
    (two sheets photographed one above the other: the long side spans two pages, the guess was twice
    the real 165 dpi and the page was not upscaled), so the smaller of the two guesses."""
    return a4_dpi(*image.size)


def a4_dpi(width: float, height: float) -> float:
    """The resolution at which a sheet of this size in pixels is A4 (the smaller of the two sides' guesses)."""
    return min(max(width, height) / 11.69, min(width, height) / 8.27)


EXACT_OTSU_PIXELS = 5_000_000  # 255 × pixels² < 2^53: Otsu's sums below are exact in floats (a fax page: 4 M)


def ink_mask(image: Image.Image, *, bilevel: bool = False) -> NDArray[np.bool_]:
    """Dark pixels, by Otsu's threshold on the grey histogram. `bilevel`: the image holds only black
    (0) and white (255), a fax page: Otsu's threshold then splits black from white (0 when both are
    there; 127 when one is alone, which gives the same pixels), so the histogram (12 ms) is not counted."""
    array = np.asarray(image)
    if bilevel and array.size <= EXACT_OTSU_PIXELS:
        black: NDArray[np.bool_] = array < 128
        return black
    histogram = np.asarray(image.histogram()[:256], dtype=np.float64)  # Pillow's: ~5× np.bincount
    total = histogram.sum()
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(histogram)
    mass = np.cumsum(histogram * levels)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight / total - mass) ** 2 / (weight * (total - weight))
    between = np.nan_to_num(between)
    threshold = int(np.argmax(between)) if between.max() > 0 else 127
    mask: NDArray[np.bool_] = array <= threshold
    return mask


def isolated_ink(mask: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Dark pixels with no dark neighbour among their 8 (salt-and-pepper noise of scans and faxes)."""
    isolated: NDArray[np.bool_] = np.unpackbits(_isolated_bits(mask), axis=1, count=mask.shape[1]).view(np.bool_)
    return isolated


def _isolated_bits(mask: NDArray[np.bool_]) -> NDArray[np.uint8]:
    """`isolated_ink` with each row packed 8 pixels a byte (`np.packbits`, first pixel in the top bit):
    a pixel's left and right neighbours are its byte shifted a bit (with the next byte's edge bit), the
    rows above and below whole bytes, so the 8 neighbours are ORed over an eighth of the bytes that a
    3×3 box sum over the page adds (~2× quicker on a fax page, the same pixels)."""
    bits = np.packbits(mask, axis=1)
    left = bits >> 1  # each pixel's left neighbour, in the pixel's own bit
    left[:, 1:] |= bits[:, :-1] << 7
    right = bits << 1
    right[:, :-1] |= bits[:, 1:] >> 7
    beside = left | right
    row = beside | bits  # the 3 pixels centred on each, for the rows above and below
    beside[1:] |= row[:-1]
    beside[:-1] |= row[1:]
    isolated = np.asarray(bits & ~beside, dtype=np.uint8)  # uint8 throughout (numpy's shifts keep it)
    return isolated


def speckle_ratio(mask: NDArray[np.bool_]) -> float:
    """The share of dark pixels that are isolated specks."""
    dark = np.count_nonzero(mask)
    return _bit_count(_isolated_bits(mask)) / dark if dark else 0.0


def _bit_count(bits: NDArray[np.uint8]) -> int:
    return int(np.bitwise_count(bits).sum(dtype=np.int64))


def despeckle(image: Image.Image, *, bilevel: bool = False, strokes: float = 1.0) -> tuple[Image.Image, bool]:
    """Whiten isolated dark pixels when they are more than 2% of the ink. Unlike a median filter this
    leaves the thin strokes of 204 dpi faxes alone (a 3×3 median cost 6 points of word recall on
    fine faxes, measured). `bilevel`: only black and white pixels (`ink_mask`). `strokes`: above this
    share the isolated pixels are broken letter strokes, left alone (`FAX_NORMAL_STROKES_SHARE`)."""
    mask = ink_mask(image, bilevel=bilevel)
    specks = _isolated_bits(mask)
    dark = np.count_nonzero(mask)  # a count, ~8x quicker than mask.sum() (same value)
    if not dark or not SPECKLE_SHARE < _bit_count(specks) / dark <= strokes:
        return image, False
    array = np.array(image)
    array[np.unpackbits(specks, axis=1, count=mask.shape[1]).view(np.bool_)] = 255
    return Image.fromarray(array), True


def _bilevel(image: Image.Image) -> bool:
    histogram = image.histogram()
    return histogram[0] + histogram[255] >= 0.95 * sum(histogram)


def surroundings(small: NDArray[np.uint8], paper: float) -> NDArray[np.bool_]:
    """What lies around the sheet on a small copy of a photo: grown from the image's border through
    pixels darker than `OUTSIDE` × the paper, but never across a step between neighbours larger than
    `EDGE_STEP` of the paper-to-surroundings contrast (the sheet's edge).

    Why the step: a shadow over part of the sheet darkens its paper as much as the table (k610-like
    photos: paper at 0.55 of the lit paper near a shaded edge); grown by brightness alone, the
    surroundings swallowed the shaded third of the sheet and its amounts column was whitened away.
    Lighting changes smoothly across paper and across the table; the sheet's edge is a sharp step.
    On a photo, see `photo_surroundings`."""
    values = small.astype(np.int16)
    ring = np.concatenate((values[0], values[-1], values[:, 0], values[:, -1]))
    level = float(np.median(ring))
    step = max(EDGE_MIN_STEP, EDGE_STEP * (paper - level))
    edge = np.zeros(values.shape, dtype=bool)  # a pixel with a neighbour that much brighter or darker
    down = np.abs(np.diff(values, axis=0)) > step
    across = np.abs(np.diff(values, axis=1)) > step
    edge[1:] |= down
    edge[:-1] |= down
    edge[:, 1:] |= across
    edge[:, :-1] |= across
    allowed = (values < OUTSIDE * paper) & ~_dilate(edge, 1)  # the edge thickened: no leak through a gap
    region = np.zeros_like(allowed)
    region[0, :] = region[-1, :] = region[:, 0] = region[:, -1] = True
    region &= allowed
    for _ in range(sum(allowed.shape)):
        grown = _dilate(region, 1) & allowed
        if np.array_equal(grown, region):
            break
        region = grown
    return region


def photo_surroundings(table: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """`surroundings` of a photo: the table surrounds the sheet, so what lies between two parts of the
    sheet on a row is the sheet (`_between_sheet`). Not on a scan: a dark heading bar touching the
    page's edge is whitened as before (kept, it turned the page sideways: samples medecin-04)."""
    return table & ~_between_sheet(table)


def _between_sheet(outside: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Pixels of each row between its first and last pixel of the sheet (what `outside` leaves).

    Why: where a gap in the sheet's edge let the fill in, a shaded band of the paper inside the edge
    was taken for surroundings (r802-like photos: the amounts column of the lower of two sheets,
    whitened). What lies between two parts of the sheet on a row is the sheet."""
    sheet = ~outside
    cols = np.arange(outside.shape[1])
    first = np.argmax(sheet, axis=1)
    last = outside.shape[1] - 1 - np.argmax(sheet[:, ::-1], axis=1)
    rows: NDArray[np.bool_] = np.any(sheet, axis=1)
    inside: NDArray[np.bool_] = (cols[None, :] >= first[:, None]) & (cols[None, :] <= last[:, None])
    return inside & rows[:, None]


def _dilate(mask: NDArray[np.bool_], steps: int) -> NDArray[np.bool_]:
    out = mask.copy()
    for _ in range(steps):
        grown = out.copy()
        grown[1:] |= out[:-1]
        grown[:-1] |= out[1:]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def flatten_background(image: Image.Image) -> tuple[Image.Image, tuple[int, int, int, int] | None]:
    """`flatten_sheet` without the sheet's corners."""
    flat, box, _, _ = flatten_sheet(image)
    return flat, box


Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def flatten_sheet(
    image: Image.Image, *, photo: bool = False
) -> tuple[Image.Image, tuple[int, int, int, int] | None, Corners | None, int]:
    """Even out the paper of a photo or scan: divide by the local background (shadows, lighting
    gradients, grey table shading go white, ink keeps its contrast) and whiten what lies outside the
    sheet (the table or scanner lid around a photographed page). Returns the image, the sheet's box
    when something outside it was whitened, the sheet's four corners (top-left, top-right,
    bottom-right, bottom-left, in pixels) when its outline is one clear quadrilateral, and how many
    sheets of paper the surroundings separate (`paper_sheets`; 1 when nothing was whitened).

    Why: a dark margin or a shadow band along the image's edge made Tesseract's layout analysis drop
    the column next to it (the amounts of a photographed invoice), and dominated the projection
    profile that measures skew (scans with a lid shadow were never deskewed)."""
    uneven = _uneven_background(image)
    if uneven is None:
        return image, None, None, 1  # too small, bilevel or evenly lit already: nothing to gain
    small, background_small, paper = uneven
    width, height = image.size
    background = np.asarray(background_small.resize((width, height), Image.Resampling.BILINEAR), np.float32)
    scale = 255.0 / np.maximum(background, 1.0)
    scale *= np.asarray(image, dtype=np.float32)
    flat = np.clip(scale, 0, 255, out=scale).astype(np.uint8)
    table = surroundings(np.asarray(small), paper)  # all the table, between sheets side by side too
    outside = photo_surroundings(table) if photo else table
    box: tuple[int, int, int, int] | None = None
    corners: Corners | None = None
    sheets = 1
    if outside.any() and outside.mean() < 0.6:
        sheets = paper_sheets(table)
        grown = _dilate(outside, 5)  # the sheet's shaded edge goes too
        mask = Image.fromarray(grown.astype(np.uint8) * 255).resize((width, height), Image.Resampling.NEAREST)
        flat[np.asarray(mask) > 0] = 255
        rows = np.nonzero(~outside.all(axis=1))[0]
        cols = np.nonzero(~outside.all(axis=0))[0]
        if len(rows) and len(cols):
            scale_x, scale_y = width / outside.shape[1], height / outside.shape[0]
            box = (
                int(cols[0] * scale_x),
                int(rows[0] * scale_y),
                int((cols[-1] + 1) * scale_x),
                int((rows[-1] + 1) * scale_y),
            )
            found = sheet_corners(outside)
            if found is not None:
                corners = ((found[0][0] + 0.5) * scale_x, (found[0][1] + 0.5) * scale_y), (
                    (found[1][0] + 0.5) * scale_x, (found[1][1] + 0.5) * scale_y), (
                    (found[2][0] + 0.5) * scale_x, (found[2][1] + 0.5) * scale_y), (
                    (found[3][0] + 0.5) * scale_x, (found[3][1] + 0.5) * scale_y)
    return Image.fromarray(flat), box, corners, sheets


def _uneven_background(image: Image.Image) -> tuple[Image.Image, Image.Image, float] | None:
    """The 1/`BACKGROUND_STEP` copy of the image, its background (local maximum, blurred) and the
    paper's white on it; None when the image is too small, bilevel or evenly lit (nothing to flatten,
    no surroundings to find)."""
    if image.size[0] < 64 or image.size[1] < 64 or _bilevel(image):
        return None
    width, height = image.size
    small = image.resize(
        (max(8, width // BACKGROUND_STEP), max(8, height // BACKGROUND_STEP)), Image.Resampling.BILINEAR
    )
    background_small = Image.fromarray(max_filter(np.asarray(small), 9)).filter(ImageFilter.GaussianBlur(4))
    bg_small = np.asarray(background_small, dtype=np.float32)
    paper = float(np.percentile(bg_small, 90))
    if paper < 40 or float(bg_small.min()) >= UNEVEN * paper:
        return None
    return small, background_small, paper


SHEET_SHARE = 0.5  # a band of paper with at least this share of the largest band's paper: another sheet
PAPER_ROW = 0.1  # a row (column) holds paper when it has this share of the fullest row's paper


def paper_sheets(outside: NDArray[np.bool_]) -> int:
    """How many sheets of paper the surroundings separate on the small copy of a photo: bands of rows
    holding paper with only surroundings between them (sheets one above the other), or bands of
    columns (side by side), each band with at least `SHEET_SHARE` of the largest band's paper.

    Why: two invoices photographed one above the other on a table were read as one page, and the
    split into documents kept one of them: the other was lost silently and the document auto-accepted
    (v103-like photos of a GP's batch). A photo of several sheets goes to a clerk."""
    sheet = ~outside
    return max(_paper_bands(sheet), _paper_bands(sheet.T))


def _paper_bands(sheet: NDArray[np.bool_]) -> int:
    paper = np.count_nonzero(sheet, axis=1)
    if not paper.any():
        return 0
    holding = paper >= PAPER_ROW * paper.max()  # a stray bright speck between two sheets is no paper
    edges = np.diff(np.concatenate(([0], holding.view(np.int8), [0])))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    bands = np.asarray([paper[start:end].sum() for start, end in zip(starts, ends, strict=True)])
    return int(np.count_nonzero(bands >= SHEET_SHARE * bands.max()))


CUT_PAPER = 0.02  # a cut between two sheets crosses rows (columns) with at most this share of the fullest's paper
MAX_SHEET_CUTS = 2  # a photo is cut one way, then each part the other way (a grid of sheets), no further


def split_sheets(image: Image.Image, *, photo: bool = False, depth: int = MAX_SHEET_CUTS) -> list[Image.Image]:
    """The sheets of a photo of several, each its own image to prepare and read as a page (cut in the
    middle of the table between them: each keeps its own edges, so its own corners, perspective and
    resolution); [the image] when it shows one sheet, or sheets no straight cut across bare table
    separates (then read as one page, with `SEVERAL_SHEETS_NOTE` for a clerk).

    Why: two invoices photographed one above the other were read as one page, and the split into
    documents, seeing one page, kept one of them (v103-like photos of a GP's batch); a cover page
    photographed above its invoice gave the invoice's fields a page of the cover's text around them
    (r802-like). Parts cut from a photo come EXIF-turned and greyscale."""
    if depth <= 0:
        return [image]
    upright = (ImageOps.exif_transpose(image) or image) if photo else image
    grey = to_grey(upright)
    boxes = sheet_boxes(grey)
    if not boxes:
        return [image]
    return [part for box in boxes for part in split_sheets(grey.crop(box), depth=depth - 1)]


def sheet_boxes(image: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the sheets of a greyscale photo of several sheets one above
    the other (or side by side), cut across the middle of the widest run of bare table between each
    two (rows of the small copy with at most `CUT_PAPER` of the fullest row's paper); [] for one
    sheet, or when no such run lies between two sheets (overlapping, touching)."""
    found = _uneven_background(image)
    if found is None:
        return []
    small, _, paper = found
    table = surroundings(np.asarray(small), paper)
    if not table.any() or table.mean() >= 0.6:
        return []
    sheet = ~table
    down, across = _sheet_cuts(sheet), _sheet_cuts(sheet.T)
    if len(down) < 1 and len(across) < 1:
        return []
    width, height = image.size
    if len(down) >= len(across):
        ys = [0, *(round(cut * height / sheet.shape[0]) for cut in down), height]
        return [(0, top, width, bottom) for top, bottom in pairwise(ys)]
    xs = [0, *(round(cut * width / sheet.shape[1]) for cut in across), width]
    return [(left, 0, right, height) for left, right in pairwise(xs)]


def _sheet_cuts(sheet: NDArray[np.bool_]) -> list[float]:
    """Where to cut between the sheets of `paper_sheets` along the rows (small-copy row coordinates, the
    middle of the widest bare run between two sheets); [] for one sheet or when a gap has no bare run."""
    paper = np.count_nonzero(sheet, axis=1)
    if not paper.any():
        return []
    holding = paper >= PAPER_ROW * paper.max()
    edges = np.diff(np.concatenate(([0], holding.view(np.int8), [0])))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    bands = np.asarray([paper[start:end].sum() for start, end in zip(starts, ends, strict=True)])
    big = np.nonzero(bands >= SHEET_SHARE * bands.max())[0]
    cuts: list[float] = []
    for before, after in pairwise(big):
        bare = paper[ends[before] : starts[after]] <= CUT_PAPER * paper.max()
        run = _widest_run(bare)
        if run is None:
            return []
        cuts.append(float(ends[before]) + (run[0] + run[1]) / 2)
    return cuts


def _widest_run(flags: NDArray[np.bool_]) -> tuple[int, int] | None:
    """(start, end) of the longest run of True, None when there is none."""
    edges = np.diff(np.concatenate(([0], flags.view(np.int8), [0])))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    if not len(starts):
        return None
    widest = int(np.argmax(ends - starts))
    return int(starts[widest]), int(ends[widest])


EDGE_BAND = 1.5  # small-copy pixels of the sheet's edge band (see `surroundings`) outside the paper
SHEET_FIT = 0.96  # the quadrilateral and the sheet's pixels overlap this much (intersection / union)


def sheet_corners(outside: NDArray[np.bool_]) -> Corners | None:
    """The corners of the sheet (what `outside` leaves) on the small copy: a straight line fitted to
    each of its four edges (the middle 80 % of each, outliers dropped: a corner folded or a pocket of
    table the fill did not reach), intersected. None unless the quadrilateral covers the sheet's
    pixels closely (two sheets side by side or one above the other, a torn or curled page, a sheet
    running off the image)."""
    sheet = ~outside
    rows = np.nonzero(sheet.any(axis=1))[0]
    cols = np.nonzero(sheet.any(axis=0))[0]
    if len(rows) < 16 or len(cols) < 16:
        return None
    lines = []
    for grid, span in ((sheet, rows), (sheet.T, cols)):  # left/right edges by rows, top/bottom by columns
        lo, hi = int(span[0]), int(span[-1])
        trim = (hi - lo) // 10
        along = np.arange(lo + trim, hi - trim + 1)
        band = grid[along]
        present = band.any(axis=1)
        along, band = along[present], band[present]
        if len(along) < 8:
            return None
        first = np.argmax(band, axis=1).astype(np.float64)
        last = (band.shape[1] - 1 - np.argmax(band[:, ::-1], axis=1)).astype(np.float64)
        # the outermost sheet pixels lie on the thickened edge, ~1.5 px beyond the paper's edge
        first, last = first + EDGE_BAND, last - EDGE_BAND
        lines += [_fit_line(along.astype(np.float64), first), _fit_line(along.astype(np.float64), last)]
    left, right, top, bottom = lines  # x = a·y + b for left and right, y = a·x + b for top and bottom
    corners = (_meet(left, top), _meet(right, top), _meet(right, bottom), _meet(left, bottom))
    polygon = Image.new("1", (sheet.shape[1], sheet.shape[0]), 0)
    ImageDraw.Draw(polygon).polygon([(x, y) for x, y in corners], fill=1)
    inside = np.asarray(polygon, dtype=bool)
    union = int((inside | sheet).sum())
    if not union or int((inside & sheet).sum()) / union < SHEET_FIT:
        return None
    return corners


def _fit_line(t: NDArray[np.float64], v: NDArray[np.float64]) -> tuple[float, float]:
    """v = a·t + b by least squares, refitted twice without the points far off the line."""
    keep = np.ones(len(t), dtype=bool)
    a, b = 0.0, float(np.median(v))
    for _ in range(3):
        if keep.sum() < 4:
            break
        a, b = (float(c) for c in np.polyfit(t[keep], v[keep], 1))
        residual = np.abs(v - (a * t + b))
        keep = residual <= max(1.5, 2.0 * float(np.median(residual)))
    return a, b


def _meet(vertical: tuple[float, float], horizontal: tuple[float, float]) -> tuple[float, float]:
    """Where x = a·y + b meets y = c·x + d."""
    a, b = vertical
    c, d = horizontal
    x = (a * d + b) / (1.0 - a * c)
    return x, c * x + d


OBLIQUE_DEGREES = 0.5  # opposite edges of the sheet further from parallel than this: perspective
UNWARP_RESAMPLE = Image.Resampling.BICUBIC


def oblique(corners: Corners) -> bool:
    """The sheet was photographed at an angle: its opposite edges are not parallel (a turn alone,
    which deskewing undoes, keeps them parallel)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners
    top = np.degrees(np.arctan2(y1 - y0, x1 - x0))
    bottom = np.degrees(np.arctan2(y2 - y3, x2 - x3))
    left = np.degrees(np.arctan2(x3 - x0, y3 - y0))
    right = np.degrees(np.arctan2(x2 - x1, y2 - y1))
    return bool(abs(top - bottom) > OBLIQUE_DEGREES or abs(left - right) > OBLIQUE_DEGREES)


def sheet_size(corners: Corners) -> tuple[float, float]:
    """The sheet's width and height in pixels: its longer top/bottom and left/right edges."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners
    width = max(float(np.hypot(x1 - x0, y1 - y0)), float(np.hypot(x2 - x3, y2 - y3)))
    height = max(float(np.hypot(x3 - x0, y3 - y0)), float(np.hypot(x2 - x1, y2 - y1)))
    return width, height


def unwarp(image: Image.Image, corners: Corners, scale: float) -> Image.Image:
    """The sheet seen square on: its quadrilateral mapped onto an upright rectangle of its size ×
    `scale`, with a white margin, in one bicubic resampling (the rescale to ~300 dpi included)."""
    width, height = sheet_size(corners)
    margin = 0.02 * max(width, height) * scale
    out_w, out_h = round(width * scale + 2 * margin), round(height * scale + 2 * margin)
    targets = ((margin, margin), (out_w - margin, margin), (out_w - margin, out_h - margin), (margin, out_h - margin))
    matrix, vector = [], []
    for (x, y), (u, v) in zip(targets, corners, strict=True):  # output (x, y) → input (u, v)
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector += [u, v]
    coefficients = np.linalg.solve(np.asarray(matrix, dtype=np.float64), np.asarray(vector, dtype=np.float64))
    return image.transform(
        (out_w, out_h), Image.Transform.PERSPECTIVE, tuple(float(c) for c in coefficients),
        resample=UNWARP_RESAMPLE, fillcolor=255,
    )


def skew_angle(image: Image.Image, *, limit: float = MAX_DESKEW, aspect: float = 1.0) -> float:
    """The text lines' angle in degrees (positive: lines go down to the right), by maximising the
    sharpness of the horizontal projection profile of ink on a ~1000 px wide copy. `aspect`: the
    vertical stretch the page still needs (2 for a fax in normal resolution)."""
    return _skew_of_mask(ink_mask(_shrink(image, SKEW_WIDTH, aspect=aspect)), limit=limit)


SKEW_WIDTH = 1000


def _skew_of_mask(mask: NDArray[np.bool_], *, limit: float = MAX_DESKEW) -> float:
    # a solid band along the image's edge (scanner lid shadow, a dark margin) is not text: left in,
    # its rows, square to the image, outweigh every text line and the angle reads 0
    rows, cols = mask.shape  # a row (column) more than half ink, as `mask.mean(axis) < 0.5` said
    mask = mask & (2 * _row_counts(mask) < cols)[:, None] & (2 * _row_counts(mask.T) < rows)[None, :]
    ys, xs = np.nonzero(mask)
    if len(ys) < 200 or len(ys) > 0.5 * mask.size:
        return 0.0
    if len(ys) > 150_000:
        pick = np.random.default_rng(0).choice(len(ys), 150_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    xs_f = xs.astype(np.float64) - mask.shape[1] / 2
    ys_f = ys.astype(np.float64)

    work = np.empty_like(ys_f)

    def score(angle: float) -> float:
        # ys_f - xs_f·tan, less its minimum, rounded: the same operations in place (no new arrays)
        np.multiply(xs_f, np.tan(np.radians(angle)), out=work)
        np.subtract(ys_f, work, out=work)
        np.subtract(work, work.min(), out=work)
        bins = np.bincount(np.rint(work, out=work).astype(np.int64))
        return float(np.sum(bins.astype(np.float64) ** 2))

    coarse = max((float(a) for a in np.arange(-limit, limit + 0.01, 1.0)), key=score)
    fine = max((float(a) for a in np.arange(coarse - 1.0, coarse + 1.01, 0.1)), key=score)
    return float(round(fine, 1))


def _row_counts(mask: NDArray[np.bool_]) -> NDArray[np.intp]:
    """True pixels in each row: `np.count_nonzero(mask, axis=1)`, summed as bytes into 16-bit counts
    (exact: a row is narrower than 65536 px; numpy's vectorised byte sums, ~15× quicker than into
    64-bit counts or `count_nonzero`), returned as `np.intp`."""
    wide = mask.shape[1] >= 1 << 16
    counts = np.add.reduce(mask.view(np.uint8), axis=1, dtype=np.uint32 if wide else np.uint16)
    result: NDArray[np.intp] = counts.astype(np.intp)
    return result


def is_sideways(image: Image.Image) -> bool:
    """True when ink lines up in columns far better than in rows (a page turned by 90°)."""
    return _sideways_of_mask(ink_mask(_shrink(image, 800)))


def _sideways_of_mask(mask: NDArray[np.bool_]) -> bool:
    if mask.sum() < 200:
        return False
    rows = mask.sum(axis=1).astype(np.float64)
    cols = mask.sum(axis=0).astype(np.float64)
    row_sharpness = float(np.mean(np.diff(rows) ** 2)) / max(float(rows.mean()) ** 2, 1e-9)
    col_sharpness = float(np.mean(np.diff(cols) ** 2)) / max(float(cols.mean()) ** 2, 1e-9)
    return col_sharpness > 1.5 * row_sharpness


def _shrink(
    image: Image.Image, width: int, *, aspect: float = 1.0, array: NDArray[np.uint8] | None = None
) -> Image.Image:
    if image.size[0] <= width and aspect == 1.0:
        return image
    width = min(width, image.size[0])
    height = max(1, round(image.size[1] * aspect * width / image.size[0]))
    return resized(image, (width, height), Image.Resampling.BILINEAR, array=array)


INKED_ROWS = 0.85  # rows holding ink (not pure white) above this share of the page: resized as usual
TWO_PASS = frozenset({Image.Resampling.BOX, Image.Resampling.BILINEAR, Image.Resampling.HAMMING,
                      Image.Resampling.BICUBIC, Image.Resampling.LANCZOS})  # Pillow's separable filters


def resized(
    image: Image.Image, size: tuple[int, int], resample: Image.Resampling, *, array: NDArray[np.uint8] | None = None
) -> Image.Image:
    """`image.resize(size, resample)`, the same bytes, with the page's blank rows not resampled.

    Pillow resamples in two passes: each row on its own across (into an 8-bit copy of the new width
    and the old height), then each column down. A row of pure white comes out of the first pass pure
    white (checked here on one such row: every row has the same coefficients), so only the rows
    holding ink go through it; the second pass is Pillow's own on the whole. A fax page has ink on
    40-70 % of its rows: ~1/5 of the resize saved (~15-20 ms a fax page brought to 300 dpi). `array`: the
    image's pixels, when already at hand."""
    width, height = image.size
    if image.mode != "L" or resample not in TWO_PASS or size[0] == width or size[1] == height:
        return image.resize(size, resample)
    if array is None:
        array = np.asarray(image)
    inked = np.flatnonzero(array.min(axis=1) < 255)
    if len(inked) > INKED_ROWS * height:
        return image.resize(size, resample)
    if Image.new("L", (width, 1), 255).resize((size[0], 1), resample).getextrema() != (255, 255):
        return image.resize(size, resample)  # not seen with Pillow's filters: white stays white
    across = np.full((height, size[0]), 255, dtype=np.uint8)
    if len(inked):
        rows = Image.fromarray(array[inked])
        across[inked] = np.asarray(rows.resize((size[0], len(inked)), resample))
    return Image.fromarray(across).resize(size, resample)


def prepare(image: Image.Image, limits: Limits, *, dpi: tuple[float, float] | None, photo: bool = False) -> Prepared:
    """An OCR-ready greyscale page at ~300 dpi, square pixels, despeckled if noisy, deskewed.

    Stretch (fax normal) and rescale are one resampling, followed by a bilinear turn when skewed:
    with a bicubic rotation they cost 0.3–1.5 s a page, more than half the OCR itself (measured on
    fax, scan and photo samples). The skew and the sideways check share one small copy of the page
    (the sideways check on that copy straightened, as `ocr_page` used to make it on the full page)."""
    notes: list[str] = []
    fax = image.mode == "1"
    if photo:
        image = ImageOps.exif_transpose(image) or image
    image = to_grey(image)
    sheet: tuple[int, int, int, int] | None = None
    corners: Corners | None = None
    sheets = 1
    if not fax:  # a fax is black and white: nothing to flatten (`flatten_sheet` finds it bilevel, 12 ms)
        image, sheet, corners, sheets = flatten_sheet(image, photo=dpi is None)
    if sheet is not None:
        notes.append("fond autour de la page effacé")
    if sheets > 1 and dpi is None:
        notes.append(SEVERAL_SHEETS_NOTE.format(sheets=sheets))
    normal_fax = fax and dpi is not None and max(square_factors(dpi)[:2]) >= 2.0  # 204×98: a line for two
    strokes = FAX_NORMAL_STROKES_SHARE if normal_fax else 1.0
    image, cleaned = despeckle(image, bilevel=fax, strokes=strokes)  # native resolution: before stretching blurs them
    if cleaned:
        notes.append("points parasites filtrés")
    scale_x = scale_y = 1.0
    effective: float
    native = 0.0  # a photo's own resolution, guessed from its sheet (0: the file says it, no photo)
    if dpi is None:
        # the sheet's own size when its edges were found (the box around a turned sheet is larger:
        # 3 % at 2.7°), else its box, else the whole picture
        page = sheet_size(corners) if corners else (image.crop(sheet) if sheet else image).size
        effective = native = a4_dpi(*page)
    else:
        scale_x, scale_y, effective, note = square_factors(dpi)
        if note:
            notes.append(note)
    half_lines = max(scale_x, scale_y) >= 2.0 * min(scale_x, scale_y)
    if half_lines:
        # fax "normal": each scan line stands for two; smoothed across the fine axis and a little
        # along the stretched one before the stretch (thin strokes broken into dots and the
        # staircase of doubled lines come together). Word recall against the text layer, 10 pages
        # of set 6: 76.5 % → 80.7 %; 12 pages of the samples and set 5: 85.9 % → 89.1 % (a
        # blur after the stretch: 79.3 %; fine faxes gain ~1 point only and are left alone)
        if scale_y > scale_x:
            image, joined = join_broken_rules(image, dpi[0] if dpi else effective)
            if joined:
                notes.append("filets de tableau interrompus du fax rejoints")
        image = image.filter(ImageFilter.GaussianBlur(
            FAX_NORMAL_BLUR if scale_y > scale_x else FAX_NORMAL_BLUR[::-1]))
    width, height = image.size
    check_pixels(round(width * scale_x), round(height * scale_y), limits)
    if corners is not None and scale_x == scale_y == 1.0 and oblique(corners):
        # a photo taken at an angle: the sheet is unwarped and rescaled in one step, then deskewed
        # only if something is left over
        sheet_w, sheet_h = sheet_size(corners)
        factor = rescale_factor(round(sheet_w), round(sheet_h), effective, limits)
        image, effective = unwarp(image, corners, factor), effective * factor
        notes.append("perspective corrigée")
        width, height = image.size
    factor = rescale_factor(round(width * scale_x), round(height * scale_y), effective, limits)
    scale_x, scale_y, effective = scale_x * factor, scale_y * factor, effective * factor
    # skew and orientation are measured on the page as it will look (square pixels), on a small copy
    pixels = np.asarray(image)  # for both resamplings (`resized`)
    small = ink_mask(_shrink(image, SKEW_WIDTH, aspect=scale_y / scale_x, array=pixels))
    angle = _skew_of_mask(small, limit=MAX_DESKEW)
    if abs(angle) < 0.3:
        angle = 0.0
    else:
        notes.append(f"redressé de {angle:+.1f}°")
        small = shear_turn(small.view(np.uint8), angle, fill=0).view(np.bool_)
    sideways = _sideways_of_mask(small)  # on the straightened copy: a skew blurs the rows' profile
    image = affine(image, scale_x, scale_y, angle, array=pixels)
    array = original = np.asarray(image)
    array, bars = invert_dark_bars(array, round(effective))
    if bars:
        notes.append("bandeau foncé inversé")
    if not fax:  # Tesseract drops a fax's leaders by itself (measured); 0.2 s a page
        array, leaders = remove_leaders(array, round(effective))
        if leaders:
            notes.append("pointillés effacés")
    if array is not original:
        image = Image.fromarray(array)
    return Prepared(
        image, round(effective), notes, sideways, SAUVOLA if photo else None, fax=fax, fax_normal=fax and half_lines,
        enlarged=effective / native if photo and native else 1.0, pixels=array)


SHARPEN_MIN_ENLARGEMENT = 1.2  # a photo read poorly and enlarged at least this much to ~300 dpi is sharpened...
SHARPEN_PERCENT = 100  # ... by an unsharp mask this strong, its radius the enlargement
SHARPEN_THRESHOLD = 2  # grey levels: flatter detail (paper grain, JPEG noise) is left as it is


def sharpen_enlarged(image: Image.Image, enlargement: float) -> Image.Image:
    """An unsharp mask over a photo's page enlarged `enlargement` times to reach ~300 dpi, of radius
    `enlargement` px (the width over which the enlargement spread each edge). Used on enlarged photos
    read poorly (`_sharpened_reading`).

    Why: a phone photo holds the sheet at ~100-160 dpi, already soft (lens, JPEG); enlarged to 300 dpi
    by interpolation, a letter's edges fade over 2-3 px and thin strokes come out grey. Tesseract's
    binarisations (Otsu's global level, Sauvola's local one) then break thin strokes and join close
    letters: a small-print form's '57,44 €' read 'SME' and '40,21 €' '4,21€', its 6 pt labels lost
    (e104 of set 19), a thermal receipt's amounts column dropped (e102). Sharpening every enlarged photo
    was tried (2026-11-28): sets 19 +8 fields and 5 +1, but 8 -5, 18 -2, 20 -3 and one wrong auto-accept
    added (d105: an invoice number's leading '2025' read as a dash, the rest taken); radius 0.6× and
    1.5× the enlargement did no better; the mask at the photo's own resolution, before the enlargement,
    did worse. The gains were all on pages read poorly as a whole (mean confidence 0.72-0.81), the
    losses on pages read well (0.89 and up): hence only for those."""
    mask = ImageFilter.UnsharpMask(radius=enlargement, percent=SHARPEN_PERCENT, threshold=SHARPEN_THRESHOLD)
    return image.filter(mask)


RULE_MIN_LENGTH = 50.0  # mm: a table rule at least this long...
RULE_MAX_GAP = 0.75  # mm: ...broken by gaps no wider than this...
RULE_MIN_INK = 0.5  # ...its pixels mostly ink (a dotted leader's are a third at most)


def join_broken_rules(image: Image.Image, x_dpi: float) -> tuple[Image.Image, int]:
    """Close the gaps of the table rules of a fax in normal resolution, before its stretch.

    Why: a 1-line rule comes out of a 98 dpi fax as dashes, sometimes stepping between two scan
    lines; after the stretch Tesseract took the dashes for ink of the text rows around them, whose
    boxes grew into the rules and whose lines it then mixed ("Total 35,73" read "3579" on the row of
    the table beside it). The same rules on the fine fax are solid and read well. A rule: on one scan
    line or the union of two, a run of at least 50 mm, gaps of at most 0.75 mm, mostly ink, with no
    ink two lines above and below (text is never that thin). Returns the image (a copy when changed)
    and the number of rules joined."""
    array = np.asarray(image)
    ink = array < 128
    rows, cols = ink.shape
    if rows < 5:
        return image, 0
    pair = ink[:-1] | ink[1:]  # row r: scan lines r and r+1
    max_gap = max(1, round(x_dpi * RULE_MAX_GAP / 25.4))
    min_length = round(x_dpi * RULE_MIN_LENGTH / 25.4)
    candidates = np.nonzero(np.count_nonzero(pair, axis=1) >= min_length * RULE_MIN_INK)[0]
    if not len(candidates):
        return image, 0
    some = pair[candidates]
    index = np.arange(cols, dtype=np.int32)
    before = np.maximum.accumulate(np.where(some, index, -cols - max_gap), axis=1)
    after = np.minimum.accumulate(np.where(some, index, 2 * cols + max_gap)[:, ::-1], axis=1)[:, ::-1]
    closed = some | (after - before - 1 <= max_gap)
    first = closed.copy()
    first[:, 1:] &= ~closed[:, :-1]
    last = closed.copy()
    last[:, :-1] &= ~closed[:, 1:]
    start_rows, starts = np.nonzero(first)
    start_rows = candidates[start_rows]
    ends = np.nonzero(last)[1] + 1
    long = np.nonzero(ends - starts >= min_length)[0]
    out: NDArray[np.uint8] | None = None
    taken = np.zeros_like(ink)  # rules joined, with the scan lines beside them
    joined = 0
    for i in long[np.argsort(starts[long] - ends[long], kind="stable")]:  # the longest first
        r, c0, c1 = int(start_rows[i]), int(starts[i]), int(ends[i])
        if r < 2 or r + 3 >= rows or float(pair[r, c0:c1].mean()) < RULE_MIN_INK:
            continue
        if ink[r - 2, c0:c1].mean() > 0.2 or ink[r + 3, c0:c1].mean() > 0.2:
            continue  # text rows, or a thick bar
        if taken[r, c0:c1].mean() > 0.5:
            continue  # a rule on one scan line is also the union of it and the line above: joined once
        if out is None:
            out = array.copy()
        out[r, c0:c1][~pair[r, c0:c1]] = 0
        taken[r - 1 : r + 2, c0:c1] = True
        joined += 1
    if out is None:
        return image, 0
    return Image.fromarray(out), joined


def square_factors(dpi: tuple[float, float]) -> tuple[float, float, float, str | None]:
    """Stretch of the short axis when x/y resolutions differ by more than 1.5 (fax normal: 204×98)."""
    x_dpi, y_dpi = dpi
    if x_dpi / y_dpi > 1.5:
        factor = round(x_dpi / y_dpi)
        return 1.0, float(factor), x_dpi, f"étiré ×{factor} en hauteur"
    if y_dpi / x_dpi > 1.5:
        factor = round(y_dpi / x_dpi)
        return float(factor), 1.0, y_dpi, f"étiré ×{factor} en largeur"
    return 1.0, 1.0, max(x_dpi, y_dpi), None


def rescale_factor(width: int, height: int, dpi: float, limits: Limits) -> float:
    if LOW_DPI <= dpi <= HIGH_DPI:
        return 1.0
    factor = min(TARGET_DPI / dpi, 3.0)
    max_pixels = min(limits.max_pixels, 40_000_000)
    if width * height * factor * factor > max_pixels:
        factor = (max_pixels / (width * height)) ** 0.5
    return 1.0 if abs(factor - 1.0) < 0.05 else factor


def affine(
    image: Image.Image, scale_x: float, scale_y: float, angle: float, *, array: NDArray[np.uint8] | None = None
) -> Image.Image:
    """Scale by (scale_x, scale_y) (bicubic up, Lanczos down: separable, fast), then turn
    counter-clockwise by `angle` degrees with a bilinear resampling and white fill.

    Bilinear upscaling of fax pages cost 3 points of field accuracy on fine faxes (measured); a
    bicubic rotation of a 300 dpi page costs ~1 s, a bilinear one ~0.1 s, with no accuracy lost.
    Cheaper turns were tried and lost fields (measured on the samples and held-out sets, 2026-11-26):
    two whole-pixel shears (~5 ms) cost 1.5 points on the samples (4 on scans); a bilinear turn of
    the fine fax before its upscaling (~60 ms less) won 3 fields and lost 5 outside the identifiers.
    So the page is still turned this way (worked out only near ink: `turned_page`, the same bytes);
    `shear_turn` only straightens the small measuring copy.
    `array`: the image's pixels, when already at hand (`resized`)."""
    if scale_x != 1.0 or scale_y != 1.0:
        size = (max(1, round(image.size[0] * scale_x)), max(1, round(image.size[1] * scale_y)))
        shrink = min(scale_x, scale_y) < 1.0
        resample = Image.Resampling.LANCZOS if shrink else Image.Resampling.BICUBIC
        image = resized(image, size, resample, array=array)
    if angle == 0.0:
        return image
    return turned_page(image, angle)


TURN_ROWS = 32  # the turned page is worked out in bands of this many rows...
TURN_GAP = 16  # ... each across its runs of columns that may hold ink, runs closer than this joined
TURN_BLOCK = 8  # the source page's ink is looked up per block of this many rows
TURN_INKED = 0.8  # a page with grey in more of its pixels than this (a scan's noise; rows sampled) is turned whole...
TURN_WORTH = 0.8  # ... and so is one whose bands near ink cover more of the turned page than this


def turned_page(image: Image.Image, angle: float) -> Image.Image:
    """`image.rotate(angle, BILINEAR, expand=True, fillcolor=255)` for a grey page (the same bytes: see
    below), worked out only where the turned page can hold anything but white.

    Pillow's bilinear turn works out every pixel of the turned page (~10 ns each: ~90 ms of CPU for a
    300 dpi fax page), white or not. A pixel whose four source pixels are white comes out white (255
    plus a fraction of 0), and one whose source lies off the page gets the fill (white): only a pixel
    near ink can be anything else. So the turned page is cut into bands of `TURN_ROWS` rows; for each
    band, the source rows its pixels sample (its corners mapped back, 2 px of margin) are looked up for
    ink, per column, and Pillow turns only the runs of the band's columns whose source holds ink, with
    the same matrix moved to the run's corner (`_parts_near_ink`); the rest stays white. A fax page
    turned by 0.3° is worked out on ~40 % of its area. A scan's grey noise leaves no white to skip and a
    larger angle widens every band's source: such pages (`TURN_INKED`, `TURN_WORTH`) are turned whole,
    as before (in bands they took 5-20 % longer). CPU a turned page, every turned page of the open sets
    (2026-11-28, both ways in one process): fax fine 92 → 44 ms (86 pages), fax normal 90 → 38 ms (79),
    photos 121 → 116 ms (67), scans 96 → 100 ms (249: the look at the page before Pillow's one call).

    The same bytes: moving the matrix to a run's corner changes Pillow's sums in their last bits (a
    source position ~1e-13 px off), which changes a pixel only when its interpolated grey lies that
    close to a whole level. That happens at the turn's centre, where pixel centres map onto pixel
    centres exactly (one pixel one grey level off on 2 of 484 turned pages): the pixels around it are
    worked out with the whole page's matrix, as Pillow does (`bilinear_pixel`). Identical to Pillow's
    turn on all 484 turned pages of the open sets' scans, photos and faxes (1,032 pages prepared), and on
    350 random pages at random angles within ±10° (243 M pixels, 176 pages turned in parts; a few kept in
    `tests/test_ocr_prepare_speed.py`)."""
    if image.mode == "L" and -45.0 < angle < 45.0 and not _grey_all_over(image):
        array = np.asarray(image)
        matrix, size = turn_matrix(array.shape[1], array.shape[0], angle)
        parts = _parts_near_ink(matrix, size, _ink_by_block(array), array.shape)
        if sum((right - left) * (bottom - top) for left, top, right, bottom in parts) <= (
                TURN_WORTH * size[0] * size[1]):
            return _turned_in_parts(image, array, matrix, size, parts)
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)


def _grey_all_over(image: Image.Image) -> bool:
    """More than `TURN_INKED` of the page's pixels are not white, on 64 rows sampled (a scan's noise)."""
    sample = np.asarray(image.resize((image.size[0], min(64, image.size[1])), Image.Resampling.NEAREST))
    return bool(np.count_nonzero(sample < 255) > TURN_INKED * sample.size)


def _turned_in_parts(
    image: Image.Image, array: NDArray[np.uint8], matrix: tuple[float, ...], size: tuple[int, int],
    parts: list[tuple[int, int, int, int]],
) -> Image.Image:
    """The turned page, white but for `parts` (boxes of it), each turned by Pillow on its own."""
    a0, a1, a2, a3, a4, a5 = matrix
    out = Image.new("L", size, 255)
    for left, top, right, bottom in parts:
        moved = (a0, a1, a0 * left + a1 * top + a2, a3, a4, a3 * left + a4 * top + a5)
        part = image.transform((right - left, bottom - top), Image.Transform.AFFINE, moved,
                               Image.Resampling.BILINEAR, fillcolor=255)
        out.paste(part, (left, top))
    # the turn's centre maps pixel centres onto pixel centres exactly, where the moved matrix lands a hair
    # beside them (and the truncated grey one level lower): those pixels are worked out as Pillow does
    middle_x, middle_y = size[0] // 2, size[1] // 2
    for y in range(max(0, middle_y - 2), min(size[1], middle_y + 3)):
        for x in range(max(0, middle_x - 2), min(size[0], middle_x + 3)):
            out.putpixel((x, y), bilinear_pixel(array, matrix, x, y))
    return out


def _parts_near_ink(
    matrix: tuple[float, ...], size: tuple[int, int], ink: NDArray[np.bool_], shape: tuple[int, ...]
) -> list[tuple[int, int, int, int]]:
    """The boxes (left, top, right, bottom) of the turned page that may hold anything but white: in each
    band of `TURN_ROWS` rows, the runs of columns whose source pixels (the bilinear pair, 2 px more each
    way) hold ink in `ink` (`_ink_by_block`) somewhere over the rows the band samples."""
    a0, a1, a2, a3, a4, a5 = matrix
    height, width = shape
    middles = np.arange(size[0]) + 0.5
    parts = []
    for top in range(0, size[1], TURN_ROWS):
        bottom = min(size[1], top + TURN_ROWS)
        ys = [a3 * x + a4 * y + a5 for x in (0, size[0]) for y in (top, bottom)]  # the band's corners mapped back
        first, last = max(0, math.floor(min(ys)) - 2), min(height, math.floor(max(ys)) + 3)
        if first >= last:
            continue
        inked = np.concatenate(([0], np.cumsum(ink[first // TURN_BLOCK : (last - 1) // TURN_BLOCK + 1].any(axis=0))))
        if not inked[-1]:
            continue
        low = a0 * middles + a2 + min(a1 * (top + 0.5), a1 * (bottom - 0.5))
        high = a0 * middles + a2 + max(a1 * (top + 0.5), a1 * (bottom - 0.5))
        starts = np.clip(np.floor(low).astype(np.int64) - 3, 0, width)
        ends = np.clip(np.floor(high).astype(np.int64) + 4, 0, width)
        parts += [(left, top, right, bottom) for left, right in _runs_of(inked[ends] > inked[starts], TURN_GAP)]
    return parts


def bilinear_pixel(array: NDArray[np.uint8], matrix: tuple[float, ...], x: int, y: int) -> int:
    """Pixel (x, y) of Pillow's bilinear affine transform of `array` by `matrix` (white fill), with
    Pillow's arithmetic step by step (libImaging/Geometry.c: `affine_transform`, `bilinear_filter8`)."""
    a0, a1, a2, a3, a4, a5 = matrix
    height, width = array.shape
    across = a0 * (x + 0.5) + a1 * (y + 0.5) + a2
    down = a3 * (x + 0.5) + a4 * (y + 0.5) + a5
    if not (0.0 <= across < width and 0.0 <= down < height):
        return 255
    across, down = across - 0.5, down - 0.5
    column, row = math.floor(across), math.floor(down)
    dx, dy = across - column, down - row
    left, right = min(max(column, 0), width - 1), min(max(column + 1, 0), width - 1)
    pixels = array[min(max(row, 0), height - 1)]
    upper = int(pixels[left]) + (int(pixels[right]) - int(pixels[left])) * dx
    lower = upper
    if 0 <= row + 1 < height:
        pixels = array[row + 1]
        lower = int(pixels[left]) + (int(pixels[right]) - int(pixels[left])) * dx
    return int(upper + (lower - upper) * dy)


def turn_matrix(width: int, height: int, angle: float) -> tuple[tuple[float, ...], tuple[int, int]]:
    """The matrix (turned page to source) and the size of `Image.rotate(angle, expand=True)` for a page of
    `width`×`height`, worked out as Pillow 11 does (tested against it)."""
    radians = -math.radians(angle % 360.0)
    matrix = [round(math.cos(radians), 15), round(math.sin(radians), 15), 0.0,
              round(-math.sin(radians), 15), round(math.cos(radians), 15), 0.0]

    def mapped(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return a * x + b * y + c, d * x + e * y + f

    centre_x, centre_y = width / 2, height / 2
    matrix[2], matrix[5] = mapped(-centre_x, -centre_y)
    matrix[2] += centre_x
    matrix[5] += centre_y
    corners = [mapped(x, y) for x, y in ((0, 0), (width, 0), (width, height), (0, height))]
    new_width = math.ceil(max(x for x, _ in corners)) - math.floor(min(x for x, _ in corners))
    new_height = math.ceil(max(y for _, y in corners)) - math.floor(min(y for _, y in corners))
    matrix[2], matrix[5] = mapped(-(new_width - width) / 2.0, -(new_height - height) / 2.0)
    return tuple(matrix), (new_width, new_height)


def _ink_by_block(array: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """For each block of `TURN_BLOCK` rows, the columns holding a pixel that is not white."""
    rows, cols = array.shape
    full = rows // TURN_BLOCK
    ink = np.empty((-(-rows // TURN_BLOCK), cols), dtype=np.bool_)
    ink[:full] = array[: full * TURN_BLOCK].reshape(full, TURN_BLOCK, cols).min(axis=1) < 255
    if full < len(ink):
        ink[full] = array[full * TURN_BLOCK :].min(axis=0) < 255
    return ink


def _runs_of(flags: NDArray[np.bool_], gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in `flags`, runs fewer than `gap` apart joined."""
    where = np.flatnonzero(flags)
    if not len(where):
        return []
    breaks = np.flatnonzero(np.diff(where) > gap)
    starts = [int(where[0]), *(int(where[b + 1]) for b in breaks)]
    ends = [*(int(where[b]) + 1 for b in breaks), int(where[-1]) + 1]
    return list(zip(starts, ends, strict=True))


def shear_turn(array: NDArray[np.uint8], angle: float, aspect: float = 1.0, *, fill: int = 255) -> NDArray[np.uint8]:
    """Undo a skew of `angle` degrees (lines going down to the right when positive) by a vertical
    shear (each column moved by whole pixels, so text lines come level) then a horizontal one (each
    row moved, so upright strokes stand upright again); `aspect` is the vertical stretch the pixels
    still need (2 for a fax in normal resolution). Within ±10° this is a turn by `angle` up to a
    scaling of under 3 % across; the canvas grows to hold the page, the corners get `fill` (white).
    Cheap (~1 ms on a measuring copy) but blocky: used to straighten masks, not pages for OCR."""
    slope = float(np.tan(np.radians(angle)))
    rows, cols = array.shape
    column_shift = np.round(-(np.arange(cols) - cols / 2) * slope / aspect).astype(np.int64)
    array = _shift_runs(array, column_shift, axis=0, fill=fill)
    rows = array.shape[0]
    row_shift = np.round((np.arange(rows) - rows / 2) * slope * aspect).astype(np.int64)
    return _shift_runs(array, row_shift, axis=1, fill=fill)


def _shift_runs(array: NDArray[np.uint8], shift: NDArray[np.int64], *, axis: int, fill: int) -> NDArray[np.uint8]:
    """Move each column (axis 0: along the rows) or row (axis 1) by its own whole-pixel shift, copying
    runs of equal shift as blocks; the grown canvas gets `fill`."""
    low, span = int(shift.min()), int(shift.max() - shift.min())
    rows, cols = array.shape
    out = np.full((rows + span, cols) if axis == 0 else (rows, cols + span), fill, dtype=np.uint8)
    cuts = np.flatnonzero(np.diff(shift)) + 1
    for start, stop in zip(np.concatenate(([0], cuts)), np.concatenate((cuts, [len(shift)])), strict=True):
        offset = int(shift[start]) - low
        if axis == 0:
            out[offset : offset + rows, start:stop] = array[:, start:stop]
        else:
            out[start:stop, offset : offset + cols] = array[start:stop, :]
    return out


def ocr_page(prepared: Prepared, limits: Limits) -> tuple[Image.Image, list[Word], list[str]]:
    """OCR a prepared page, turned upright first. Returns the image the boxes refer to, words, notes.

    Orientation, measured on invoice pages (2 cores): a projection-profile check (~20 ms) spots pages
    turned by 90°; Tesseract's OSD (~0.7 s at 300 dpi, wrong under ~1400 px wide) is then asked which
    way, and is asked again only when the first OCR is poor (few words or mean confidence < 0.55),
    which is how an upside-down page shows. Upright pages pay only the 20 ms check.
    Identifiers whose reading fails its check are then re-read on their crop (`parsers.recheck`).
    """
    image, notes = prepared.image, list(prepared.notes)
    if prepared.sideways if prepared.sideways is not None else is_sideways(image):
        turn = osd_turn(image, limits) or _best_quarter_turn(image, (90, 270), limits, prepared.dpi)
        image = image.rotate(turn, expand=True)
        notes.append(f"pivoté de {turn}°")
    pixels = prepared.pixels if image is prepared.image else None  # not once turned
    words = ocr_words(image, limits, dpi=prepared.dpi, pixels=pixels)
    if _poor(words):
        turn = osd_turn(image, limits, min_conf=POOR_OSD_MIN_CONF)
        if turn:
            turned = image.rotate(turn, expand=True)
            turned_words = ocr_words(turned, limits, dpi=prepared.dpi)
            if _quality(turned_words) > 1.3 * _quality(words):
                image, words = turned, turned_words
                notes.append(f"pivoté de {turn}°")
    strokes = letter_strokes(image, pixels if image is prepared.image else None)
    if prepared.second_reading is not None:
        words = _with_second_reading(image, words, limits, prepared.dpi, config=prepared.second_reading)
        image, words, sharpened = _sharpened_reading(image, words, prepared, limits, prepared.second_reading)
        if sharpened:
            notes.append(SHARPENED_NOTE.format(enlarged=prepared.enlarged))
    elif prepared.fax:
        words = _fax_second_reading(image, words, prepared, limits, strokes)
    words = with_uncovered_text(image, words, strokes, limits, prepared.dpi)
    words, notes = _rechecked(image, words, notes, limits, prepared.dpi, fax=prepared.fax)
    return image, words, notes


RECHECK_FAILED_NOTE = "relecture des identifiants en échec"
SECOND_MIN_CONF = 0.6  # a word only the second reading found is added from this confidence
OVERLAP = 0.3  # two words' boxes overlapping this share of the smaller: the same ink read twice
FAX_POOR_CONF = 0.84  # a fax page whose words (with a letter or digit) average less is read a second time
SPARSE_PSM = 11  # ... by Tesseract's sparse-text segmentation (no columns nor blocks assumed)
FAX_SECOND_MARGIN = 0.25  # ... whose region wins only with this share more confident letters


SHARPENED_NOTE = "photo agrandie ×{enlarged:.1f} relue rendue plus nette"


def _sharpened_reading(
    image: Image.Image, words: list[Word], prepared: Prepared, limits: Limits, config: tuple[str, ...]
) -> tuple[Image.Image, list[Word], bool]:
    """A photo enlarged to ~300 dpi whose two readings, merged, are poor as a whole (`poorly_read`) is
    sharpened (`sharpen_enlarged`) and read again the same two ways (the second with `config`); the
    sharpened page and its reading replace the first when they hold more confident letters
    (`_quality`: a mean confidence can fall as a dropped column of amounts comes back). Returns
    (image, words, replaced). Pages read well, nearly all, pay nothing."""
    if prepared.enlarged < SHARPEN_MIN_ENLARGEMENT or not poorly_read(words):
        return image, words, False
    sharp = sharpen_enlarged(image, prepared.enlarged)
    try:
        first = ocr_words(sharp, limits, dpi=prepared.dpi)
    except ReadError:
        return image, words, False
    again = _with_second_reading(sharp, first, limits, prepared.dpi, config=config)
    if _quality(again) <= _quality(words):
        return image, words, False
    return sharp, again, True


def _fax_second_reading(
    image: Image.Image, words: list[Word], prepared: Prepared, limits: Limits, strokes: NDArray[np.bool_] | None = None
) -> list[Word]:
    """A fax page read poorly as a whole is read again as sparse text (`poorly_read`); a fax page in
    normal resolution that left text unread, as one column (`unread_text`). Else its first reading."""
    if poorly_read(words):
        return _with_second_reading(image, words, limits, prepared.dpi, psm=SPARSE_PSM, margin=FAX_SECOND_MARGIN)
    if not prepared.fax_normal:
        return words
    unread = unread_text(image, words, strokes)
    log.debug("unread text cells", extra={"cells": unread})
    if unread < UNREAD_CELLS:
        return words
    return _with_second_reading(image, words, limits, prepared.dpi, psm=COLUMN_PSM, margin=FAX_SECOND_MARGIN)


def poorly_read(words: list[Word]) -> bool:
    """A page read poorly as a whole: the mean confidence of its words with a letter or digit under
    `FAX_POOR_CONF` (no words at all is not this: nothing a second reading would mend).

    Why (2026-11-27, fax pages of the samples and sets 1-12): well-read fax pages average 0.86-0.94
    (every sample fax the speed bench times is above 0.9); pages that lose whole blocks of fields
    (small labels in boxes, a two-column header run together, a table's rules read as letters) average
    0.55-0.84. 35 of 283 fax pages are read twice (12 %), none of the speed bench's. At 0.85 a page at
    0.848 lost its ADELI (digits in a comb of boxes read as letters and brackets by the sparse reading,
    more confident than the first); at 0.83 a page at 0.837 misses the 2 amounts its second reading finds."""
    legible = [w for w in words if any(ch.isalnum() for ch in w.text)]
    return bool(legible) and mean_conf(legible) < FAX_POOR_CONF


UNREAD_CELLS = 24  # a fax page in normal resolution with this many cells of unread text is read again...
COLUMN_PSM = 4  # ... as one column of lines of varying sizes (Tesseract's psm 4: no blocks to drop)
CELL = 16  # px of the half-size ink mask (~2.7 mm at 300 dpi)
STEM = 6  # a letter's upright stroke: ink at least this many px down (~1 mm), ...
RULE = 40  # ... but no upright rule (a run of this many px down, ~7 mm) ...
WIDE = 8  # ... and narrow (no run of this many px across, ~1.4 mm: rules, a row of '=', a blot, a bar)


def unread_text(image: Image.Image, words: list[Word], strokes: NDArray[np.bool_] | None = None) -> int:
    """How many cells of the page hold letter strokes that no word read covers: the text Tesseract
    left out. A cell counts when such strokes lie in 4 of its columns (a rule's broken piece is 1-2).
    `strokes`: the page's `letter_strokes`, when already measured.

    Why (2026-11-28, fax normal): Tesseract's page layout (psm 3) dropped a whole amounts column, its
    label and values, on pages whose table rules came out of the 98 dpi fax as dashes stepping between
    scan lines (d110 of set 18: 'Total', the 3 shares and both acts' amounts; e102 of set 19: the
    receipt's 4 amounts), while the fine fax of the same page read them. A second reading as one column
    (psm 4) reads them; well-read pages leave 0-20 such cells (a logo, a stamp, a word or two)."""
    cells = text_cells(uncovered(letter_strokes(image) if strokes is None else strokes, words))
    return int(np.count_nonzero(cells))


def letter_strokes(image: Image.Image, pixels: NDArray[np.uint8] | None = None) -> NDArray[np.bool_]:
    """The page's letter strokes on a half-size ink mask: ink at least `STEM` px down, in no upright
    rule (`RULE`) and no run across (`WIDE`: rules, a row of '=', a blot, a bar). Dotted leaders' dots
    are shorter than a stem. ~6 ms at 300 dpi. `pixels`: the grey page's pixels, when already at hand
    (`Prepared.pixels`: no copy of the page)."""
    if pixels is None:
        pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
    ink = half_ink(pixels)
    return _runs(ink, STEM, 0) & ~_runs(ink, RULE, 0) & ~_runs(ink, WIDE, 1)


def half_ink(array: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """The page's ink (grey under 128) on a half-size mask: a pixel for each 2×2 block holding ink (an
    odd last row or column left out). A grey level is under 128 when its top bit is clear, so a block
    holds ink unless the top bit survives the AND of its two rows in both its columns: one byte AND
    and one 16-bit test per block, ~4× quicker than thresholding the page and OR-ing 4 strided views."""
    rows, cols = array.shape[0] // 2 * 2, array.shape[1] // 2 * 2
    both = np.bitwise_and(array[:rows:2, :cols], array[1:rows:2, :cols])
    ink: NDArray[np.bool_] = (both.view(np.uint16) & 0x8080) != 0x8080
    return ink


def uncovered(strokes: NDArray[np.bool_], words: list[Word]) -> NDArray[np.bool_]:
    """The strokes no word's box covers (boxes in page px, the mask at half size, 2 px of margin)."""
    left_over = strokes.copy()
    for word in words:
        top, left = max(0, int(word.y0) // 2 - 2), max(0, int(word.x0) // 2 - 2)
        left_over[top : int(word.y1) // 2 + 3, left : int(word.x1) // 2 + 3] = False
    return left_over


def text_cells(strokes: NDArray[np.bool_], columns: int = 4) -> NDArray[np.bool_]:
    """The grid of `CELL`-px cells (rows of cells, cells across) holding strokes in `columns` of their
    columns: letters, not a rule's broken piece (1-2 columns)."""
    return stroke_columns(strokes) >= columns


def stroke_columns(strokes: NDArray[np.bool_]) -> NDArray[np.intp]:
    """For each `CELL`-px cell (rows of cells, cells across), how many of its columns hold strokes."""
    down, across = strokes.shape[0] // CELL, strokes.shape[1] // CELL
    cells = strokes[: down * CELL, : across * CELL].reshape(down, CELL, across, CELL)
    columns: NDArray[np.intp] = cells.any(axis=1).sum(axis=2)
    return columns


def with_uncovered_text(
    image: Image.Image, words: list[Word], strokes: NDArray[np.bool_], limits: Limits, dpi: int
) -> list[Word]:
    """The page's words with the text no word covers read once more: the bands of letters left over
    (`uncovered_runs`) are cut out of the page with the words already read whitened, read as sparse
    text (psm 11) in one call, and their confident words (`SECOND_MIN_CONF`) added as lines of their
    own (`group_lines` joins them to the lines they sit on). Optional like the re-reads: if the reading
    fails, the first words stand."""
    runs = uncovered_runs(uncovered(strokes, words))
    if not runs:
        return words
    box, leftover = _leftover(image, words, runs)
    try:
        found = ocr_words(leftover, limits, dpi=dpi, psm=SPARSE_PSM)
    except ReadError:
        return words
    left, top = box[0], box[1]
    added = [
        Word(w.text, w.x0 + left, w.y0 + top, w.x1 + left, w.y1 + top, w.conf, w.line)
        for w in found
        if w.conf >= SECOND_MIN_CONF and any(ch.isalnum() for ch in w.text)
    ]
    log.debug("uncovered text", extra={"runs": len(runs), "words": len(added)})
    if not added:
        return words
    return group_lines([*_lines(words), *_lines(added)])


LINE_CELLS = 2  # a band of uncovered text: at least 2 cells side by side with strokes in 2 columns or more...
LINE_COLUMNS = 10  # ... and strokes in this many columns in all (~3 mm of letters' stems: 3-4 characters)


def uncovered_runs(strokes: NDArray[np.bool_]) -> list[tuple[int, int, int, int]]:
    """Bands of letters on a row of cells (a print line tall, `CELL`): cells side by side each holding
    strokes in 2 columns or more, a one-cell gap bridged, at least `LINE_CELLS` of them and `LINE_COLUMNS`
    columns of strokes in all. (row, first cell, last cell + 1, columns) each."""
    counts = stroke_columns(strokes)
    runs: list[tuple[int, int, int, int]] = []
    for row in np.flatnonzero((counts >= 2).any(axis=1)):
        across = np.flatnonzero(counts[row] >= 2).tolist()
        start = previous = across[0]
        for column in (*across[1:], None):
            if column is not None and column - previous <= 2:
                previous = column
                continue
            total = int(counts[row, start : previous + 1].sum())
            if previous + 1 - start >= LINE_CELLS and total >= LINE_COLUMNS:
                runs.append((int(row), start, previous + 1, total))
            if column is not None:
                start = previous = column
    return runs


def _leftover(
    image: Image.Image, words: list[Word], runs: list[tuple[int, int, int, int]]
) -> tuple[tuple[int, int, int, int], Image.Image]:
    """The box around the runs (page px, a cell of margin up and down) and the page inside it with
    only the runs' bands kept: the words already read and everything else whitened."""
    scale = 2 * CELL  # a cell of the half-size mask in page px
    width, height = image.size
    bands = [
        (max(0, first * scale - scale // 2), max(0, (row - 1) * scale + scale // 2),
         min(width, last * scale + scale // 2), min(height, (row + 2) * scale - scale // 2))
        for row, first, last, _ in runs
    ]
    box = (min(b[0] for b in bands), min(b[1] for b in bands), max(b[2] for b in bands), max(b[3] for b in bands))
    grey = image.convert("L") if image.mode != "L" else image
    kept = Image.new("L", image.size, 255)
    for band in bands:
        kept.paste(grey.crop(band), band[:2])
    draw = ImageDraw.Draw(kept)
    for word in words:
        draw.rectangle((word.x0 - 4, word.y0 - 4, word.x1 + 4, word.y1 + 4), fill=255)
    return box, kept.crop(box)


def _runs(ink: NDArray[np.bool_], length: int, axis: int) -> NDArray[np.bool_]:
    """The ink pixels lying in a run of at least `length` ink pixels down (axis 0) or across (axis 1),
    by doubling steps (a few boolean passes, no loop over pixels). Across, the steps slide each row in
    place: a transposed copy (once the quicker way) cost two strided passes over the page, the mask and
    then its combination with the others (~3 → ~1.3 ms of CPU a 300 dpi page, the same pixels)."""

    def part(start: int | None, stop: int | None) -> tuple[slice, ...]:  # a slice along `axis`
        return (slice(start, stop),) if axis == 0 else (slice(None), slice(start, stop))

    starts = ink.copy()  # starts[r]: ink from r down (across) over `reach` px
    reach = 1
    while reach < length:
        step = min(reach, length - reach)
        starts[part(None, -step)] &= starts[part(step, None)]
        starts[part(-step, None)] = False
        reach += step
    inside, reach = starts, 1
    while reach < length:
        step = min(reach, length - reach)
        inside[part(step, None)] |= inside[part(None, -step)].copy()
        reach += step
    return inside


def _with_second_reading(
    image: Image.Image, words: list[Word], limits: Limits, dpi: int, *, config: tuple[str, ...] = (),
    psm: int | None = None, margin: float = 0.0,
) -> list[Word]:
    """The page's words merged with a second OCR of it under other Tesseract settings (`merge_readings`).
    Optional like the re-reads: if it fails, the first reading stands."""
    try:
        second = ocr_words(image, limits, dpi=dpi, psm=psm, config=config)
    except ReadError:
        return words
    return merge_readings(words, second, margin=margin)


def merge_readings(first: list[Word], second: list[Word], *, margin: float = 0.0) -> list[Word]:
    """Two OCR readings of one page as one: lines of the two that share ink (a word of one overlapping
    a word of the other by `OVERLAP`) form a region, and each region is taken whole from the reading
    that read more confident letters there (`_quality`; the first on a tie, and unless the second read
    more than `margin` more); lines only the second
    reading found are added, their words read confidently (`SECOND_MIN_CONF`). Lines are renumbered
    geometrically. Whole lines, never a line's words from both: two readings place a line a pixel or
    two apart, and the mix split one line of a NIR in two (samples medecin-01). Confident letters, not
    the mean confidence: a reading that drops a line's uncertain label ("NIR :" read at 0.27) has the
    higher mean, and lost the label (h5-07 of the held-out sets).

    Why: on a photo, Tesseract's single global (Otsu) threshold and its layout analysis are thrown by
    what the flattening leaves (mottled paper, a shaded band along an edge): whole lines came back as
    garbage ("Total 67,00 €" read "RER 2 PRO SE") or missing (a table's header row, so its "Rbt AMO"
    column), while a reading with Sauvola's local threshold read them, and lost others (r801, v102 of
    the held-out sets against t904). Neither binarisation wins on every page; region by region, the
    confident one does."""
    if not second:
        return first
    first_lines = _lines(first)
    lines = [*first_lines, *_lines(second)]
    count = len(first_lines)
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(count):
        for j in range(count, len(lines)):
            if root(i) != root(j) and _lines_overlap(lines[i], lines[j]):
                parent[root(i)] = root(j)
    regions: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(lines)):
        regions.setdefault(root(i), ([], []))[0 if i < count else 1].append(i)
    units: list[list[Word]] = []
    for ones, twos in regions.values():
        if not ones:
            units += [[w for w in lines[i] if w.conf >= SECOND_MIN_CONF] for i in twos]
            continue
        words_one = [w for i in ones for w in lines[i]]
        words_two = [w for i in twos for w in lines[i]]
        chosen = twos if _quality(words_two) > (1.0 + margin) * _quality(words_one) else ones
        units += [lines[i] for i in chosen]
    return group_lines(units)


def _lines(words: list[Word]) -> list[list[Word]]:
    return list(by_line(words).values())


def _lines_overlap(one: list[Word], two: list[Word]) -> bool:
    top = max(min(w.y0 for w in one), min(w.y0 for w in two))
    bottom = min(max(w.y1 for w in one), max(w.y1 for w in two))
    if top >= bottom:
        return False  # the lines' bands do not meet: no word of one can overlap a word of the other
    return any(_overlap(a, b) >= OVERLAP for a in one for b in two)


def _overlap(a: Word, b: Word) -> float:
    """The area shared by two words' boxes, as a share of the smaller box."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
    return width * height / max(smaller, 1e-9)


def _rechecked(
    image: Image.Image, words: list[Word], notes: list[str], limits: Limits, dpi: int, *, fax: bool = False
) -> tuple[list[Word], list[str]]:
    """The words after the identifier re-reads, with their notes. A re-read is an optional improvement:
    whatever it raises, the page keeps its first OCR words and gets a note (a clerk sees why an
    identifier may be misread), never a lost page."""
    try:
        stretched = any(note.startswith("étiré ×") for note in notes)  # a fax in normal resolution
        rechecked, recheck_notes = recheck_identifiers(image, words, limits, dpi=dpi, low_resolution=stretched)
        rechecked, reread_notes = reread_values(image, rechecked, limits, dpi=dpi, fax=fax)
        recheck_notes = recheck_notes + reread_notes
    except Exception as error:  # noqa: BLE001 - any bug in a re-read must not lose the page
        return words, [*notes, f"{RECHECK_FAILED_NOTE} ({type(error).__name__})"]
    return rechecked, notes + recheck_notes


def osd_turn(image: Image.Image, limits: Limits, *, min_conf: float = OSD_MIN_CONF) -> int:
    """The counter-clockwise turn (0, 90, 180, 270) that puts the page upright according to Tesseract's
    orientation detection; 0 when it cannot tell (too little text, confidence under `min_conf`, failure)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        osd = pytesseract.image_to_osd(
            image, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=limits.ocr_timeout
        )
        rotate, confidence = int(osd["rotate"]), float(osd["orientation_conf"])
    except (RuntimeError, KeyError, ValueError, TypeError):  # TesseractError: too few characters
        return 0
    if confidence < min_conf or rotate % 90:
        return 0
    return (360 - rotate) % 360  # OSD says how far to turn clockwise; PIL turns counter-clockwise


def _best_quarter_turn(image: Image.Image, turns: tuple[int, ...], limits: Limits, dpi: int) -> int:
    best: tuple[float, int] | None = None
    for turn in turns:
        quality = _quality(ocr_words(_shrink(image.rotate(turn, expand=True), 1400), limits, dpi=dpi))
        if best is None or quality > best[0]:
            best = (quality, turn)
    assert best is not None
    return best[1]


def _poor(words: list[Word]) -> bool:
    return len(words) < 8 or mean_conf(words) < LOW_CONF


def _quality(words: list[Word]) -> float:
    """Confident letters: the sum over words of conf × length of the word's alphanumerics."""
    return sum(w.conf * sum(ch.isalnum() for ch in w.text) for w in words if w.conf > 0.3)


LEADER_MIN_DOTS = 6  # evenly spaced specks on one baseline: a dotted leader ("Part AMO ..... 31,16 €")
BAR_MIN_DARK = 0.6  # share of a row's pixels dark across a heading bar
BAR_MIN_LIGHT = 0.02  # the bar holds some white text
BAR_MAX_LIGHT = 0.45


def remove_leaders(array: NDArray[np.uint8], dpi: int) -> tuple[NDArray[np.uint8], int]:
    """Whiten dotted leaders: chains of at least 6 small isolated dots on one line, each within
    ~1.6 mm of the next.

    Why: Tesseract read the dots of a scanned "Montant total TTC ........ 1 480,00 €" as words
    ("men re", "LL OI") or dropped the label's line. A dot is ink that fits in a k×k window with a
    white ring around it (k ≈ 0.4 mm); i-dots, full stops and accents never come six in a row that
    close. Returns the array (a copy when changed) and the number of dotted runs whitened."""
    k = max(4, round(dpi * 0.02))
    mask = array < 200  # any ink, anti-aliased rims and light print included: the ring must be paper
    rows, cols = mask.shape
    if rows < 3 * k or cols < 3 * k:
        return array, 0
    # ink counts in windows by an integral image; uint16 wraps around, but window sums stay exact
    integral = np.zeros((rows + 1, cols + 1), dtype=np.uint16)
    np.cumsum(np.cumsum(mask, axis=0, dtype=np.uint16), axis=1, out=integral[1:, 1:])

    def box(size: int) -> NDArray[np.uint16]:  # ink in the size×size window whose top-left is (y, x)
        out: NDArray[np.uint16] = (
            integral[size:, size:] - integral[:-size, size:] - integral[size:, :-size] + integral[:-size, :-size]
        )
        return out

    inner = box(k)[1:-1, 1:-1]  # window at (y+1, x+1), aligned with the ring's top-left (y, x)
    outer = box(k + 2)
    ys, xs = np.nonzero((inner > 0) & (inner == outer))  # ink inside, nothing on the ring
    if len(ys) < LEADER_MIN_DOTS:
        return array, 0
    dots = np.zeros_like(mask)  # every inner window of a dot, whole (its grey anti-aliased rim too)
    for dy in range(1, k + 1):
        for dx in range(1, k + 1):
            dots[ys + dy, xs + dx] = True
    erase = np.zeros_like(mask)
    removed = 0
    step = max(1, k // 2)
    max_gap = 4 * k
    for y in np.unique((ys + 1) // step * step):
        band = dots[y : y + k].any(axis=0)
        edges = np.diff(band.view(np.int8), prepend=0, append=0)
        starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
        if len(starts) < LEADER_MIN_DOTS:
            continue
        breaks = np.nonzero(starts[1:] - ends[:-1] > max_gap)[0] + 1
        for first, last in zip(np.concatenate(([0], breaks)), np.concatenate((breaks, [len(starts)])), strict=True):
            pitch = np.diff(starts[first:last])
            if last - first >= LEADER_MIN_DOTS and _regular(pitch):
                erase[max(0, y - k) : y + 2 * k, int(starts[first]) : int(ends[last - 1])] = True
                removed += 1
    if not removed:
        return array, 0
    out = array.copy()
    out[erase & dots] = 255  # whole windows: the ring around each is light already
    return out, removed


def _regular(pitch: NDArray[np.int64]) -> bool:
    """Evenly spaced: most steps within 25 % of the median step (a stray speck may break one)."""
    median = float(np.median(pitch))
    return median > 0 and float(np.mean(np.abs(pitch - median) <= max(2.0, 0.25 * median))) >= 0.8


def invert_dark_bars(array: NDArray[np.uint8], dpi: int) -> tuple[NDArray[np.uint8], int]:
    """Turn white-on-dark heading bars into dark-on-white: Tesseract reads no white text.

    A bar: a band of rows at least 2 mm and at most 15 mm high, mostly dark over a span of at least
    a fifth of the page width, with some light pixels (the text) inside."""
    dark = array < 128
    rows, cols = dark.shape
    row_dark = _row_counts(dark) / cols  # = dark.mean(axis=1), without a float copy
    candidate = row_dark > BAR_MIN_DARK * 0.2  # cheap pre-filter: the bar may span a fifth of the page
    edges = np.diff(np.concatenate(([0], candidate.view(np.int8), [0])))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    low, high = round(dpi * 2 / 25.4), round(dpi * 15 / 25.4)
    out = array
    count = 0
    for top, bottom in zip(starts, ends, strict=True):
        if not low <= bottom - top <= high or top == 0 or bottom == rows:
            continue
        column_dark = dark[top:bottom].mean(axis=0) > 0.5
        col_edges = np.diff(np.concatenate(([0], column_dark.view(np.int8), [0])))
        c_starts, c_ends = np.nonzero(col_edges == 1)[0], np.nonzero(col_edges == -1)[0]
        if not len(c_starts):
            continue
        # join the dark stretches separated by letters (gaps under 3 mm)
        gap = round(dpi * 3 / 25.4)
        spans: list[list[int]] = []
        for c0, c1 in zip(c_starts, c_ends, strict=True):
            if spans and c0 - spans[-1][1] <= gap:
                spans[-1][1] = int(c1)
            else:
                spans.append([int(c0), int(c1)])
        for c0, c1 in spans:
            if c1 - c0 < cols / 5 or (c0 == 0 and c1 == cols):
                continue
            region = dark[top:bottom, c0:c1]
            light = 1.0 - float(region.mean())
            if not BAR_MIN_LIGHT <= light <= BAR_MAX_LIGHT:
                continue
            edge = max(1, (bottom - top) // 7)  # a solid bar: its top and bottom rows dark end to end
            if float(region[:edge].mean()) < 0.85 or float(region[-edge:].mean()) < 0.85:
                continue
            if out is array:
                out = array.copy()
            # the bar's own grey goes to white, its text to black (a plain 255 - v left mid-grey
            # bars light grey, and Tesseract lost their text)
            values = array[top:bottom, c0:c1].astype(np.float32)
            bar_level = float(np.median(values[region]))
            text_level = float(np.percentile(values, 99))
            if text_level - bar_level < 60:
                continue
            stretched = (text_level - values) * (255.0 / (text_level - bar_level))
            out[top:bottom, c0:c1] = np.clip(stretched, 0, 255).astype(np.uint8)
            count += 1
    return out, count
