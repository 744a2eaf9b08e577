"""`make bench`: every benchmark in one run, each side by side with its obvious baseline.

    .venv/bin/python -m bench [--quick] [--e2e] [--e2e-n 1000]

Writes the tables to bench/results/latest.md and prints them. Sections:
1. extraction quality on the samples' ground truth and on the held-out set (bench/heldout/documents);
2. reading speed: text-PDF pages/s (ours vs `pdftotext -layout`), OCR seconds per fax page
   (ours, whole read; our OCR call on the prepared image; plain `tesseract` on the same prepared image
   and on the received file), and the overhead of ours over plain tesseract on the same prepared
   pages, measured side by side in each of 3 rounds (wall and CPU seconds);
3. triage: confusion matrix and accuracies on samples/emails and the held-out sets;
4. (--e2e) end-to-end throughput from Dovecot through Redis and 2 Celery workers into PostgreSQL.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


HELDOUT = ROOT / "bench" / "heldout"
DOCUMENT_SETS = (
    ("samples/documents", ROOT / "samples" / "documents"),
    ("held-out layouts, set 1 (bench/heldout/documents)", HELDOUT / "documents"),
    ("held-out layouts, set 2 (bench/heldout/documents2)", HELDOUT / "documents2"),
    ("held-out layouts, set 3 (bench/heldout/documents3)", HELDOUT / "documents3"),
    ("held-out layouts, set 4, written blind; 3 fixes after its first run (documents4-first-run.txt)",
     HELDOUT / "documents4"),
    ("held-out layouts, set 5, written blind; tuned on after its first run (documents5-first-run.txt)",
     HELDOUT / "documents5"),
    ("held-out layouts, set 6, written blind; tuned on after its first run (documents6-first-run.txt)",
     HELDOUT / "documents6"),
    ("held-out layouts, set 7, written blind; tuned on after its first run (documents7-first-run.txt)",
     HELDOUT / "documents7"),
    ("held-out layouts, set 8, written blind; tuned on after its first run (documents8-first-run.txt)",
     HELDOUT / "documents8"),
    ("held-out layouts, set 9, written blind; tuned on after its first run (documents9-first-run.txt)",
     HELDOUT / "documents9"),
    ("held-out layouts, set 10, written blind (everyday); tuned on in session 6 (documents10-first-run.txt)",
     HELDOUT / "documents10"),
    ("held-out layouts, set 11, written blind (everyday); tuned on in session 7 (documents11-first-run.txt)",
     HELDOUT / "documents11"),
    ("held-out layouts, set 12, written blind (everyday); tuned on in session 8 (documents12-first-run.txt)",
     HELDOUT / "documents12"),
    ("held-out layouts, set 13, written blind (everyday); tuned on in session 8 (documents13-first-run.txt)",
     HELDOUT / "documents13"),
    ("held-out layouts, set 14, written blind (everyday); tuned on in session 9 (documents14-first-run.txt)",
     HELDOUT / "documents14"),
    ("held-out layouts, set 15, written blind (everyday) in session 9; scored after the session's changes, never tuned "
     "on (documents15-first-run.txt)", HELDOUT / "documents15"),
    ("held-out layouts, set 16, written blind (everyday) in session 10; tuned on in session 10 "
     "(documents16-first-run.txt)", HELDOUT / "documents16"),
    ("held-out layouts, set 17, written blind (everyday) in session 10; tuned on in session 11 "
     "(documents17-first-run.txt)", HELDOUT / "documents17"),
    ("held-out layouts, set 18, written blind (everyday) in session 11; tuned on in session 12 "
     "(documents18-first-run.txt)", HELDOUT / "documents18"),
    ("held-out layouts, set 19, written blind (everyday) at the end of session 11; scored once at the end of "
     "session 12 (documents19-scored-session12.txt), tuned on in session 13", HELDOUT / "documents19"),
    ("held-out layouts, set 20, written blind (everyday) in session 12; scored once at the end of session 13 "
     "(documents20-scored-session13.txt), then tuned on in sessions 13-14", HELDOUT / "documents20"),
    ("held-out layouts, set 21, written blind (everyday) in session 13; first run (documents21-first-run.txt) and "
     "score on session 13's final code (documents21-scored-session13.txt), tuned on in session 14",
     HELDOUT / "documents21"),
    ("held-out layouts, set 22, written blind (everyday) in session 14; first run on that session's starting code "
     "(documents22-first-run.txt), score on its final code (documents22-scored-session14.txt), tuned on in "
     "session 15", HELDOUT / "documents22"),
    ("held-out layouts, set 23, written blind (everyday) in session 15; first run on that session's starting code "
     "(documents23-first-run.txt), score on its final code (documents23-scored-session15.txt), tuned on in "
     "session 16", HELDOUT / "documents23"),
    ("held-out layouts, set 24, written blind (everyday) in session 16; first run on that session's starting code "
     "(documents24-first-run.txt), score on its final code (documents24-scored-session16.txt), tuned on in "
     "session 17", HELDOUT / "documents24"),
    ("held-out layouts, set 25, written blind (everyday) in session 17; first run on that session's starting code "
     "(documents25-first-run.txt), score on its final code (documents25-scored-session17.txt), tuned on in "
     "session 18", HELDOUT / "documents25"),
    ("held-out layouts, set 26, written blind (everyday) in session 18; first run on that session's starting code "
     "(documents26-first-run.txt), score on its final code (documents26-scored-session18.txt), tuned on in "
     "session 19", HELDOUT / "documents26"),
    ("held-out layouts, set 27, written blind (everyday) in session 19; first run on that session's starting code "
     "(documents27-first-run.txt), score on its final code (documents27-scored-session19.txt), tuned on in "
     "session 20", HELDOUT / "documents27"),
    ("held-out layouts, set 28, written blind (everyday) in session 20; first run on that session's starting code "
     "(documents28-first-run.txt), score on its final code (documents28-scored-session20.txt), tuned on in "
     "session 21", HELDOUT / "documents28"),
    ("held-out layouts, set 29, written blind (everyday) in session 21; first run on that session's starting code "
     "(documents29-first-run.txt), score on its final code (documents29-scored-session21.txt), tuned on in "
     "session 22", HELDOUT / "documents29"),
    ("held-out layouts, set 30, written blind (everyday) in session 22; first run on that session's starting code "
     "(documents30-first-run.txt), score on its final code (documents30-scored-session22.txt), tuned on in "
     "session 23", HELDOUT / "documents30"),
    ("held-out layouts, set 31, written blind (everyday) in session 23; first run on that session's starting code "
     "(documents31-first-run.txt), score on its final code (documents31-scored-session23.txt), tuned on in "
     "session 24", HELDOUT / "documents31"),
    ("held-out layouts, set 32, written blind (everyday) in session 24; first run on that session's starting code "
     "(documents32-first-run.txt), score on its final code (documents32-scored-session24.txt), tuned on in "
     "session 25", HELDOUT / "documents32"),
    ("held-out layouts, set 33, written blind (everyday) in session 25; first run on that session's starting code "
     "(documents33-first-run.txt), score on its final code (documents33-scored-session25.txt), tuned on in "
     "session 26", HELDOUT / "documents33"),
    ("held-out layouts, set 34, written blind (everyday) in session 26; first run on that session's starting code "
     "(documents34-first-run.txt), never tuned on", HELDOUT / "documents34"),
)


def section_extraction(out: list[str]) -> None:
    from bench.extraction import evaluate_rows, markdown, summarise

    pooled: list[dict[str, object]] = []
    for title, folder in DOCUMENT_SETS:
        if not folder.is_dir():
            continue
        started = time.perf_counter()
        rows = evaluate_rows(folder)
        if folder.parent == HELDOUT:
            pooled += rows
        out += [f"### Extraction quality — {title}", "", markdown(summarise(rows)), "",
                f"({time.perf_counter() - started:.0f} s with 2 processes)", ""]
        print("\n".join(out[-6:]), flush=True)
    out += ["### Extraction quality — all held-out sets together (1-34, the issue's targets: text >= 99 %, "
            "scans and photos >= 97 %, faxes >= 93 %; straight-through >= 90 % text, >= 70 % faxes; "
            "auto-accept errors <= 0.5 %)", "", markdown(summarise(pooled)), ""]
    print("\n".join(out[-4:]), flush=True)


def section_speed(out: list[str], quick: bool) -> None:
    from bench.readers import fax_page_report, fax_pages, ocr_round, pdf_text_ours, pdf_text_pdftotext
    from parsers.limits import Limits

    pdfs = sorted((ROOT / "samples" / "documents").glob("*.text.pdf"))
    rounds = 1 if quick else 3
    ours = min((pdf_text_ours(pdfs) for _ in range(rounds)), key=lambda t: t.seconds)
    base = min((pdf_text_pdftotext(pdfs) for _ in range(rounds)), key=lambda t: t.seconds)
    out += ["### Reading speed (one process, one core)", "",
            "| what | pages | seconds | pages / s |", "|---|---|---|---|",
            "| text PDF: `read_document` (pdfium characters grouped into words with boxes) | "
            f"{ours.pages} | {ours.seconds:.2f} | "
            f"{ours.pages_per_second:.1f} |",
            f"| text PDF: `pdftotext -layout` (baseline) | {base.pages} | {base.seconds:.2f} | "
            f"{base.pages_per_second:.1f} |", ""]
    faxes = sorted((ROOT / "samples" / "documents").glob("*.fax-*.tif"))[: 4 if quick else 10]
    limits = Limits()
    # ours against plain tesseract on the same prepared pages (same language, same --psm), file by file
    # in each round so both see the same load; the rounds' median ratio is the overhead reported
    # a worker starts its Tesseract child once and keeps it (parsers/tesseract_engine.py): started
    # here before timing, as the plain command's binary and model files are warm in the page cache
    from parsers.read import read_document

    read_document(faxes[0].read_bytes(), limits=limits)
    runs = [ocr_round(faxes, limits) for _ in range(rounds)]
    pages = runs[0].pages
    median = sorted(runs, key=lambda r: r.wall_overhead)[len(runs) // 2]
    prep = ocr = cli_raw = 0.0
    for path in faxes:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run(["tesseract", str(path), str(Path(tmp) / "out"), "-l", limits.ocr_lang, "--psm",
                            str(limits.ocr_psm)], capture_output=True, check=False,
                           env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            cli_raw += time.perf_counter() - started
        for frame in fax_pages(path):
            report = fax_page_report(frame, limits)
            prep += report.prepare_seconds
            ocr += report.ocr_seconds
    n = max(pages, 1)
    rows = " · ".join(f"{100 * r.wall_overhead:+.0f} % ({100 * r.cpu_overhead:+.0f} % CPU)" for r in runs)
    out += ["| OCR, fax pages | seconds / page |", "|---|---|",
            f"| ours: whole `read_document` (prepare, OCR, orientation checks, identifier re-reads, header "
            f"removal) | {median.ours_wall / n:.2f} (CPU {median.ours_cpu / n:.2f}) |",
            f"| baseline: plain `tesseract IMG - -l {limits.ocr_lang} --psm {limits.ocr_psm}` on the same "
            f"prepared image | {median.base_wall / n:.2f} (CPU {median.base_cpu / n:.2f}) |",
            f"| **overhead of ours over the baseline** (median of {len(runs)} rounds; each round: {rows}) | "
            f"**{100 * median.wall_overhead:+.1f} %** ({100 * median.cpu_overhead:+.1f} % CPU) |",
            f"| ours: preparation only (stretch, deskew, despeckle, upscale) | {prep / n:.2f} |",
            f"| ours: OCR call on the prepared image (long-lived Tesseract child) | {ocr / n:.2f} |",
            f"| baseline: plain `tesseract FILE.tif - -l {limits.ocr_lang}` on the received fax | {cli_raw / n:.2f} |",
            "", f"({pages} pages from {len(faxes)} fax files, {median.rechecked_pages} with an identifier re-read; "
            "OMP_THREAD_LIMIT=1)", ""]
    print("\n".join(out[-13:]), flush=True)


def section_triage(out: list[str]) -> None:
    from bench.triage_eval import evaluate, print_report

    for title, folder in (("samples/emails", ROOT / "samples" / "emails"),
                          ("held-out set 1 (bench/heldout/emails)", ROOT / "bench" / "heldout" / "emails"),
                          ("held-out set 2 (bench/heldout/emails2)", ROOT / "bench" / "heldout" / "emails2"),
                          ("held-out set 3 (bench/heldout/emails3)",
                           ROOT / "bench" / "heldout" / "emails3"),
                          ("held-out set 4, written blind (bench/heldout/emails4)",
                           ROOT / "bench" / "heldout" / "emails4"),
                          ("held-out set 5, written blind (bench/heldout/emails5)",
                           ROOT / "bench" / "heldout" / "emails5"),
                          ("held-out set 6, written blind, never tuned on (bench/heldout/emails6)",
                           ROOT / "bench" / "heldout" / "emails6")):
        if not folder.is_dir():
            continue
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            result = evaluate([folder], show=False)
            print_report(result)
        out += [f"### Triage — {title}", "", "```", buffer.getvalue().rstrip(), "```", ""]
        print("\n".join(out[-6:]), flush=True)


def section_e2e(out: list[str], n: int) -> None:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "e2e.py"), "--n", str(n), "--faxes", "20"],
                          capture_output=True, text=True, check=False)
    text = proc.stdout.strip()
    figures = text[text.find("{"):] if "{" in text else proc.stderr[-2000:]
    out += ["### End to end (Dovecot → Redis → 2 Celery workers → PostgreSQL)", "", "```",
            figures, "```", f"({time.perf_counter() - started:.0f} s)", ""]
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "imap_poll.py"), "--n", "10000"],
                          capture_output=True, text=True, check=False)
    out += ["### A poll with nothing new on a 10,000-message mailbox (bench/imap_poll.py)", "", "```",
            proc.stdout.strip() or proc.stderr[-2000:], "```", ""]
    print("\n".join(out[-7:]), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and fax pages")
    parser.add_argument("--e2e", action="store_true", help="also run the end-to-end throughput benchmark")
    parser.add_argument("--e2e-n", type=int, default=1000, help="messages in the e2e mailbox")
    parser.add_argument("--only", choices=["extraction", "speed", "triage", "e2e"], default=None)
    args = parser.parse_args()
    out = [f"## Benchmarks — {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, {os.cpu_count()} cores",
           "", "Command: `make bench` (`.venv/bin/python -m bench`)", ""]
    sections = {
        "extraction": lambda: section_extraction(out),
        "speed": lambda: section_speed(out, args.quick),
        "triage": lambda: section_triage(out),
        "e2e": lambda: section_e2e(out, args.e2e_n),
    }
    for name, run in sections.items():
        if args.only and name != args.only:
            continue
        if name == "e2e" and not (args.e2e or args.only == "e2e"):
            continue
        run()
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / ("latest.md" if not args.only else f"latest-{args.only}.md")
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwritten to {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
