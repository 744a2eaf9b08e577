"""Check that every truth value of a held-out set is printed in its text PDFs (pdftotext -layout and -raw,
spaces ignored): `python verify_printed.py documents18`."""
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def forms(key, v):
    if key.endswith("_date"):
        d = dt.date.fromisoformat(v)
        day = "1er" if d.day == 1 else str(d.day)
        return {f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}", f"{d:%d/%m/%y}", v,
                f"{day}{MONTHS[d.month - 1]}{d.year}"}
    if key.endswith("_amount"):
        return {v.replace(".", ",")}
    return {v}


def squash(s):
    return re.sub(r"\s+", "", s)


bad = 0
folder = Path(sys.argv[1])
for pdf in sorted(folder.glob("*.text.pdf")):
    truth = json.loads(Path(f"{pdf}.json").read_text())
    for mode in ("-layout", "-raw"):
        txt = squash(subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True).stdout)
        for doc in truth["documents"]:
            for k, v in doc["fields"].items():
                if not any(squash(f) in txt for f in forms(k, v)):
                    bad += 1
                    print("MISSING", pdf.name, mode, k, v)
print("missing:", bad)
sys.exit(1 if bad else 0)
