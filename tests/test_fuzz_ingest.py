"""Fuzz the whole ingest and extract path with mutated seed text: nothing raises, nothing is lost."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures_gen import SEEDS
from indicators.ingest.documents import document_from_bytes
from indicators.run.corpus import extract_documents

SEED_BYTES = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030"]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed (or a slice of one), re-encoded, with byte flips, truncation, inserted breaks and spaces."""
    raw = draw(st.sampled_from(SEED_BYTES))
    start = draw(st.integers(0, len(raw) - 1))
    length = draw(st.integers(0, 3000))
    text = raw[start:start + length].decode("utf-8", errors="ignore")
    encoding = draw(st.sampled_from(ENCODINGS))
    data = bytearray(text.encode(encoding))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "break", "space", "truncate", "nul"]))
        pos = draw(st.integers(0, max(len(data), 1))) if data else 0
        if op == "flip" and data:
            i = min(pos, len(data) - 1)
            data[i] ^= draw(st.integers(1, 255))
        elif op == "break":
            data[pos:pos] = draw(st.sampled_from([b"\n", b"\n\n", b"\r\n", "\n".encode(encoding)[-2:]]))
        elif op == "space":
            data[pos:pos] = draw(st.sampled_from([b" ", "　".encode("utf-8"), b"\t"]))
        elif op == "truncate":
            del data[pos:]
        else:
            data[pos:pos] = b"\x00"
    name = draw(st.sampled_from(["a.txt", "b.TXT", "c.html", "d.pdf"]))
    return name, bytes(data)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from([None, "2024-07-26", "2024-13"]))
def test_ingest_and_extract_never_raise(case: tuple[str, bytes], pub_date: str | None) -> None:
    name, data = case
    doc = document_from_bytes(name, data, pub_date=pub_date, region="平湖")
    facts, report = extract_documents([doc])
    assert len(report) == 1  # never lost
    row = report.iloc[0]
    assert row["status"] in ("ok", "warning", "error")
    if row["status"] == "error":
        assert row["message"] and not doc.text.strip() and len(facts) == 0
    for start, end in zip(facts["start"], facts["end"]):
        assert 0 <= start <= end <= len(doc.text)
    assert "\x00" not in doc.text
