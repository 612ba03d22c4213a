"""Documents: encodings, manifest problems, duplicates, uploads."""
from __future__ import annotations

from pathlib import Path

import pytest

from indicators.ingest.documents import (MANIFEST, document_from_bytes, read_document, read_manifest, sanitize_name,
                                         save_upload)
from indicators.ingest.folder import load_folder
from indicators.ingest.readers.text import decode_text
from indicators.run.corpus import extract_corpus, extract_documents

SENTENCE = "上半年，全市实现生产总值385.12亿元，增长5.7%。𠀀€"  # 𠀀 needs GB18030's 4-byte form


@pytest.mark.parametrize(("data", "encoding"), [
    pytest.param(SENTENCE.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(SENTENCE.encode("utf-16"), "utf-16", id="utf-16-bom"),
    pytest.param(b"\xfe\xff" + SENTENCE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
    pytest.param(SENTENCE.encode("gb18030"), "gb18030", id="gb18030"),
    pytest.param(SENTENCE[:-2].encode("gbk"), "gb18030", id="gbk"),
])
def test_encodings(data: bytes, encoding: str) -> None:
    d = decode_text(data)
    assert d.encoding == encoding and d.problems == []
    assert d.text.startswith("上半年，全市实现生产总值385.12亿元")


def test_damaged_utf8_is_reported_not_mojibake() -> None:
    data = bytearray(("本报讯 " + SENTENCE * 20).encode())
    data[30] ^= 0xFF
    d = decode_text(bytes(data))
    assert d.encoding == "utf-8" and "undecodable" in d.problems[0]
    assert d.text.count("385.12亿元") >= 19  # no GB18030 mojibake


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(range(7, 250)) * 4,
                                  b"\x01\x02\x03\x04" * 100], ids=["all-bytes", "png", "controls"])
def test_binary_junk_is_refused(data: bytes) -> None:
    doc = read_document("junk.txt", data)
    assert doc.error.startswith("not text") and doc.text == ""


def _folder(tmp_path: Path, files: dict[str, bytes], manifest: str | None) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    if manifest is not None:
        (tmp_path / MANIFEST).write_text(manifest, encoding="utf-8")
    return tmp_path


def test_manifest_problems_are_attached_to_their_documents(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {
        "a.txt": SENTENCE.encode(), "b.txt": ("本报讯 2024年7月25日 " + SENTENCE).encode(),
        "c.txt": "另一篇文章。".encode(), "unknown.txt": "2023年5月1日 文章".encode()}, (
        "doc,pub_date,region,source\n"
        "a.txt,2024-07-26,平湖,嘉兴日报\n"
        "b.txt,2024-13-45,平湖,嘉兴日报\n"
        "c.txt,2024-07-01,平湖,x\n"
        "c.txt,2024-07-02,嘉善,y\n"
        "missing.txt,2024-07-03,平湖,z\n"
        ",2024-07-03,平湖,z\n"))
    docs, problems = load_folder(folder)
    by = {d.doc: d for d in docs}
    assert sorted(by) == ["a.txt", "b.txt", "c.txt", "missing.txt", "unknown.txt"]
    assert not by["a.txt"].problems and by["a.txt"].pub_date_source == "manifest"
    assert "bad pub_date '2024-13-45'" in by["b.txt"].problems[0]
    assert (str(by["b.txt"].pub_date), by["b.txt"].pub_date_source) == ("2024-07-25", "inferred")
    assert "listed again; line 4 is used" in by["c.txt"].problems[0] and by["c.txt"].region == "平湖"
    assert "not in manifest.csv" in by["unknown.txt"].problems[0]
    assert by["unknown.txt"].pub_date_source == "inferred"
    assert "listed in manifest.csv (line 6) but the file is not" in by["missing.txt"].error
    assert problems == ["manifest.csv line 7: empty doc name; row ignored"]
    _, report = extract_corpus(folder)
    status = dict(zip(report["doc"], report["status"]))
    assert status == {"a.txt": "ok", "b.txt": "warning", "c.txt": "warning",
                      "missing.txt": "error", "unknown.txt": "warning"}


@pytest.mark.parametrize("manifest", ["", "name,date\nx,y\n", "doc,pub_date\n\"a.txt,2024\n"],
                         ids=["empty", "no-doc-column", "open-quote"])
def test_broken_manifests_do_not_stop_the_run(tmp_path: Path, manifest: str) -> None:
    folder = _folder(tmp_path, {"a.txt": SENTENCE.encode()}, manifest)
    rows, problems = read_manifest(folder / MANIFEST)
    docs, _ = load_folder(folder)
    by = {d.doc: d for d in docs}
    assert by["a.txt"].text and all(d.doc == "a.txt" or d.error for d in docs)


def test_duplicates_by_content_are_counted_once(tmp_path: Path) -> None:
    seed = (Path(__file__).parent.parent / "seeds" / "000_0105e60a5c96b0e6.txt").read_bytes()
    folder = _folder(tmp_path, {"a.txt": seed, "copy of a.txt": seed,
                                "a-gbk.txt": seed.decode().encode("gb18030")},
                     "doc,pub_date,region,source\na.txt,2024-07-26,平湖,x\n"
                     "copy of a.txt,2024-07-26,平湖,x\na-gbk.txt,2024-07-26,平湖,x\n")
    facts, report = extract_corpus(folder)
    rows = report.set_index("doc")
    # files are read in name order: a-gbk.txt comes first and is the one counted
    assert rows.loc["a-gbk.txt", "duplicate_of"] == ""
    assert rows.loc["a.txt", "duplicate_of"] == "a-gbk.txt"
    assert rows.loc["copy of a.txt", "duplicate_of"] == "a-gbk.txt"
    assert rows.loc["copy of a.txt", "facts"] == 0 and rows.loc["copy of a.txt", "status"] == "warning"
    assert set(facts["doc"]) <= {"a-gbk.txt"}
    assert "same text as a-gbk.txt" in rows.loc["a.txt", "message"]


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd.txt", "passwd.txt"), ("..\\..\\win.ini.txt", "win.ini.txt"),
    ("/abs/path/a.pdf", "a.pdf"), ("a\x00b.txt", "a_b.txt"), ("", "upload"), ("..", "upload"),
    ("CON.txt", "_CON.txt"), ("平湖日报 2024.html", "平湖日报 2024.html"), ("x" * 300 + ".txt", "x" * 116 + ".txt"),
])
def test_sanitize_name(name: str, safe: str) -> None:
    assert sanitize_name(name) == safe
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".")


def test_document_from_bytes() -> None:
    doc = document_from_bytes("../../a.txt", SENTENCE.encode("gb18030"), pub_date="2024-07-26", region="平湖")
    assert (doc.doc, doc.encoding, doc.pub_date_source, doc.region_source) == ("a.txt", "gb18030", "given", "default")
    assert "safe name" in doc.problems[-1]
    assert "limited to" in document_from_bytes("big.txt", b"x" * 100, max_bytes=10).error
    assert "only .txt" in document_from_bytes("a.docx", b"x").error
    assert "bad pub_date" in document_from_bytes("b.txt", SENTENCE.encode(), pub_date="yesterday").problems[0]
    assert document_from_bytes("p.pdf", b"%PDF-1.4 broken").error.startswith("damaged PDF")


def test_save_upload_round_trip(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    name, msg = save_upload(corpus, "../a.txt", SENTENCE.encode(), pub_date="2024-07-26", region="平湖")
    assert name == "a.txt" and (corpus / "a.txt").read_bytes() == SENTENCE.encode()
    again, msg = save_upload(corpus, "other.txt", SENTENCE.encode())
    assert again == "a.txt" and "already in the corpus" in msg
    second, msg = save_upload(corpus, "a.txt", "另一篇。".encode(), pub_date="2024-07", region="嘉善")
    assert second == "a-2.txt"
    with pytest.raises(ValueError, match="bad pub_date"):
        save_upload(corpus, "c.txt", b"x", pub_date="2024-99")
    with pytest.raises(ValueError, match="limited to"):
        save_upload(corpus, "c.txt", b"x" * 11, max_bytes=10)
    with pytest.raises(ValueError, match="only"):
        save_upload(corpus, "c.exe", b"x")
    rows, problems = read_manifest(corpus / MANIFEST)
    assert problems == [] and sorted(rows) == ["a-2.txt", "a.txt"]
    assert (str(rows["a.txt"].pub_date), rows["a.txt"].region, rows["a.txt"].source) == ("2024-07-26", "平湖", "upload")
    docs, problems = load_folder(corpus)
    assert [d.doc for d in docs] == ["a-2.txt", "a.txt"] and problems == []
    assert all(d.pub_date_source == "manifest" and not d.problems for d in docs)
    assert not list(corpus.glob(".upload-*"))


def test_save_upload_appends_to_a_manifest_without_final_newline(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("doc,pub_date,region,source\nold.txt,2024,平湖,x", encoding="utf-8")
    (tmp_path / "old.txt").write_text("旧文章。", encoding="utf-8")
    save_upload(tmp_path, "new.txt", "新文章。".encode())
    rows, problems = read_manifest(tmp_path / MANIFEST)
    assert sorted(rows) == ["new.txt", "old.txt"] and problems == []


def test_extract_documents_reports_every_document() -> None:
    docs = [document_from_bytes("a.txt", SENTENCE.encode(), pub_date="2024-07-26"),
            document_from_bytes("b.pdf", b""), document_from_bytes("c.txt", b"\x00" * 10)]
    _, report = extract_documents(docs)
    assert list(report["status"]) == ["ok", "error", "error"]
    assert report.loc[1, "message"] == "empty file (0 bytes), not a PDF"
