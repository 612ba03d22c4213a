"""Hostile inputs in one folder: each ends with the right status and message, none is lost,
and the good files beside them are extracted completely."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from fixtures_gen import SEEDS, gdp_excerpt, html_page, pdf_bytes, scanned_pdf_bytes, seed_text, unwrap
from indicators.ingest.documents import MANIFEST
from indicators.run.corpus import extract_corpus

GOOD = sorted(p.name for p in SEEDS.glob("*.txt"))
SENTENCE = "上半年，全市实现生产总值385.12亿元，增长5.7%。"


def _hostile_files() -> dict[str, bytes]:
    pdf = pdf_bytes([], columns=2, lines=gdp_excerpt().split("\n"))
    seed = seed_text()
    return {
        "empty.txt": b"",
        "blank.txt": b" \n\r\n\t \n",
        "zero.pdf": b"",
        "truncated.pdf": pdf[: len(pdf) // 3],
        "encrypted.pdf": pdf_bytes(unwrap(gdp_excerpt()), columns=2, encrypt="secret"),
        "scanned.pdf": scanned_pdf_bytes(),
        "junk.txt": bytes(range(256)) * 64,
        "elf.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(4096),
        "pdf-named.txt": pdf,
        "gbk.txt": ("本报讯 " + SENTENCE).encode("gbk"),
        "gb18030.txt": ("本报讯 𠀀 " + SENTENCE).encode("gb18030"),
        "utf16.txt": ("本报讯 " + SENTENCE).encode("utf-16"),
        "nul.txt": seed.encode()[:3000] + b"\x00" * 16 + seed.encode()[3000:] + b"\x00" * 4096,
        "nul-only.txt": b"\x00" * 1024,
        "damaged-utf8.txt": seed.encode()[:1001] + b"\xff\xfe" + seed.encode()[1001:],
        "long-line.txt": (seed + "\n" + "社会大局和谐安定，" * 120_000 + "\n").encode(),
        "page.html": html_page("平湖上半年经济", unwrap(gdp_excerpt()), date="2024-07-26"),
        "photo.jpg": b"\xff\xd8\xff\xe0" + bytes(100),
    }


EXPECTED = {  # doc -> (status, words in the message)
    "empty.txt": ("error", "empty file (0 bytes)"),
    "blank.txt": ("error", "no text in the file"),
    "zero.pdf": ("error", "empty file (0 bytes), not a PDF"),
    "truncated.pdf": ("error", "damaged PDF"),
    "encrypted.pdf": ("error", "encrypted PDF: needs a password"),
    "scanned.pdf": ("error", "no text layer (scanned?)"),
    "junk.txt": ("error", "not text"),
    "elf.txt": ("error", "not text"),
    "pdf-named.txt": ("warning", "the content is a PDF"),
    "gbk.txt": ("warning", "bad pub_date"),
    "gb18030.txt": ("ok", "read"),
    "utf16.txt": ("warning", "listed again"),
    "nul.txt": ("warning", "NUL byte(s) replaced by spaces"),
    "nul-only.txt": ("error", "not text: 1024 of its 1024 characters are NUL bytes"),
    "damaged-utf8.txt": ("warning", "undecodable byte run(s)"),
    "long-line.txt": ("ok", "read"),
    "page.html": ("warning", "not in manifest.csv"),
    "photo.jpg": ("warning", "skipped: .jpg is not an article format"),
    "gone.txt": ("error", "listed in manifest.csv (line 4) but the file is not"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    for name in GOOD:
        shutil.copy(SEEDS / name, folder / name)
    for name, data in _hostile_files().items():
        (folder / name).write_bytes(data)
    good_rows = [line for line in (SEEDS / MANIFEST).read_text(encoding="utf-8").splitlines()[1:]]
    manifest = ["doc,pub_date,region,source",
                "gbk.txt,2024-02-30x,平湖,bad date",
                "utf16.txt,2024-07-26,平湖,first",
                "gone.txt,2024-07-26,平湖,listed but missing",
                "utf16.txt,2024-07-27,嘉善,duplicate row",
                *good_rows,
                *(f"{n},2024-07-26,平湖,x" for n in _hostile_files()
                  if n not in ("gbk.txt", "utf16.txt", "page.html"))]
    (folder / MANIFEST).write_text("\n".join(manifest) + "\n", encoding="utf-8")
    facts, report = extract_corpus(folder)
    return facts, report, sorted(p.name for p in folder.iterdir() if p.name != MANIFEST)


def test_every_file_has_one_row(hostile: tuple[pd.DataFrame, pd.DataFrame, list[str]]) -> None:
    _, report, files = hostile
    assert sorted(report["doc"]) == sorted([*files, "gone.txt"])
    assert report["doc"].is_unique


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_status_and_message(hostile: tuple[pd.DataFrame, pd.DataFrame, list[str]], doc: str) -> None:
    _, report, _ = hostile
    row = report.set_index("doc").loc[doc]
    status, words = EXPECTED[doc]
    assert (row["status"], words in row["message"] or words in row["problems"]) == (status, True), row.to_dict()


def test_encodings_recorded(hostile: tuple[pd.DataFrame, pd.DataFrame, list[str]]) -> None:
    enc = hostile[1].set_index("doc")["encoding"]
    assert (enc["gbk.txt"], enc["gb18030.txt"], enc["utf16.txt"]) == ("gb18030", "gb18030", "utf-16")


def test_good_files_are_extracted_completely(hostile: tuple[pd.DataFrame, pd.DataFrame, list[str]]) -> None:
    facts, report, _ = hostile
    alone, alone_report = extract_corpus(SEEDS)
    cols = ["doc", "metric", "year", "period", "value", "yoy_pct", "start", "end"]
    got = facts[facts["doc"].isin(GOOD)][cols].sort_values(cols).reset_index(drop=True)
    want = alone[cols].sort_values(cols).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
    rows = report.set_index("doc").loc[GOOD]
    assert (rows["status"] == "ok").all() and (rows["chars"] == alone_report.set_index("doc")["chars"]).all()


def test_readable_hostile_files_still_give_their_facts(hostile: tuple[pd.DataFrame, pd.DataFrame, list[str]]) -> None:
    facts, _, _ = hostile
    by_doc = facts.groupby("doc")["metric"].agg(set)
    for doc in ("nul.txt", "long-line.txt", "page.html", "pdf-named.txt", "damaged-utf8.txt"):
        if len(facts[facts["doc"] == "000_0105e60a5c96b0e6.txt"]):
            assert "gdp" in by_doc.get(doc, set()), doc


@pytest.mark.slow
def test_50_mb_text_file(tmp_path: Path) -> None:
    text = seed_text("001_4761a9b087fadb1d.txt")
    data = text.encode()
    n = 50 * 1024 * 1024 // len(data) + 1
    with (tmp_path / "big.txt").open("wb") as fh:
        for i in range(n):
            fh.write(data)
    shutil.copy(SEEDS / GOOD[0], tmp_path / GOOD[0])
    assert (tmp_path / "big.txt").stat().st_size >= 50 * 1024 * 1024
    facts, report = extract_corpus(tmp_path, region="平湖")
    row = report.set_index("doc").loc["big.txt"]
    assert row["status"] in ("ok", "warning") and row["chars"] == len(text) * n
    assert report.set_index("doc").loc[GOOD[0], "facts"] == len(extract_corpus(SEEDS)[0].query(f"doc == '{GOOD[0]}'"))
