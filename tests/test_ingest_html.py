"""HTML ingest: the article body without navigation or footer, the date from <meta>."""
from __future__ import annotations

from fixtures_gen import gdp_excerpt, html_page, unwrap
from indicators.facts.extract import extract_document
from indicators.ingest.documents import read_document

TITLE = "平湖上半年经济稳进向好"


def test_body_without_boilerplate_and_meta_date() -> None:
    paragraphs = unwrap(gdp_excerpt())
    doc = read_document("a.html", html_page(TITLE, paragraphs, date="2024-07-26"), region="平湖")
    assert doc.format == "html" and doc.encoding == "utf-8" and not doc.error
    assert (str(doc.pub_date), doc.pub_date_source) == ("2024-07-26", "metadata")
    assert doc.text.startswith(TITLE)
    for p in paragraphs:
        assert p in doc.text
    for boilerplate in ("首页", "数字报", "版权所有", "浙ICP备", "88.8%", "旧闻回顾"):
        assert boilerplate not in doc.text


def test_same_facts_as_the_txt() -> None:
    text = gdp_excerpt()
    html = read_document("a.html", html_page(TITLE, unwrap(text), date="2024-07-26"), region="平湖")
    txt = read_document("a.txt", text.encode(), pub_date="2024-07-26", region="平湖")
    got = {(f.metric, f.value, f.yoy_pct) for f in extract_document(html)}
    assert got == {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)}
    assert all(f.value_text in html.text[f.start:f.end] for f in extract_document(html))


def test_no_meta_date_is_inferred_from_the_article_not_the_side_bar() -> None:
    paragraphs = ["本报讯 2024年7月25日下午，全市经济形势分析会召开。", *unwrap(gdp_excerpt())]
    doc = read_document("b.html", html_page(TITLE, paragraphs))
    assert (str(doc.pub_date), doc.pub_date_source) == ("2024-07-25", "inferred")


def test_manifest_date_wins_over_meta() -> None:
    from indicators.ingest.documents import ManifestRow
    from indicators.ingest.pubdate import PubDate

    row = ManifestRow("c.html", PubDate(2024, 7, 27), "平湖", "嘉兴日报")
    doc = read_document("c.html", html_page(TITLE, ["正文。"], date="2024-07-26"), manifest=row)
    assert (str(doc.pub_date), doc.pub_date_source) == ("2024-07-27", "manifest")


def test_gbk_page() -> None:
    doc = read_document("g.htm", html_page(TITLE, unwrap(gdp_excerpt()), date="2024-07-26", charset="gbk"))
    assert doc.encoding == "gb18030" and "385.12亿元" in doc.text and not doc.problems


def test_empty_and_textless_pages_are_errors() -> None:
    assert "empty" in read_document("e.html", b"").error
    assert read_document("n.html", b"<html><body><nav><a href='/'></a></nav></body></html>").error
