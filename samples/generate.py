"""Generates tp-intake's bundled samples: `python samples/generate.py [--out samples] [--seed 7]`."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from samplegen.bad import make_bombs, write_bad  # noqa: E402
from samplegen.documents import write_documents  # noqa: E402
from samplegen.emails import write_emails  # noqa: E402
from samplegen.faxspool import write_fax_spool  # noqa: E402

__all__ = ["main", "make_bombs"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.monotonic()
    for sub in ("documents", "emails", "fax"):
        shutil.rmtree(args.out / sub, ignore_errors=True)
    out = write_documents(args.out, args.seed)
    print(f"documents: {len(out.files)} files ({time.monotonic() - started:.0f}s)")
    bad = write_bad(out, args.out, args.seed)
    print(f"bad: {len(bad)} files")
    counts = write_emails(out, args.out)
    print(f"emails: {sum(counts.values())} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    fax = write_fax_spool(out, args.out, args.seed)
    print(f"fax spool: {len(fax)} faxes ({time.monotonic() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
