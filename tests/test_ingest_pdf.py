"""PDF ingest: column reading order, pages and offsets, same facts as the .txt, broken PDFs."""
from __future__ import annotations

import pytest

from fixtures_gen import (gdp_excerpt, grid_pdf_bytes, mixed_pdf_bytes, page_pdf_bytes, pdf_bytes, scanned_pdf_bytes,
                          seed_text, unwrap)
from indicators.facts.extract import extract_document
from indicators.ingest.documents import read_document
from indicators.ingest.readers.formats import ReadError
from indicators.ingest.readers.pdf import read_pdf
from indicators.rules.repair import repair

LAYOUTS = [  # (columns, lines per column, headline)
    pytest.param(2, 10, None, id="2col"),
    pytest.param(3, 8, "平湖上半年经济稳进向好", id="3col-headline"),
    pytest.param(3, None, None, id="3col-full-page"),
    pytest.param(2, 5, "很长很长的标题横跨两栏文字内容很长很长的标题横跨两栏", id="2col-wide-headline-3pages"),
    pytest.param(3, 3, "短标题", id="3col-short-headline-3pages"),
]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("columns", "per_column", "headline"), LAYOUTS)
def test_columns_are_read_in_order(columns: int, per_column: int | None, headline: str | None) -> None:
    paragraphs = unwrap(gdp_excerpt())
    read = read_pdf(pdf_bytes(paragraphs, columns=columns, lines_per_column=per_column, headline=headline))
    expected = ([headline] if headline else []) + paragraphs
    assert _squash(read.text) == _squash("".join(expected))
    assert read.problems == []


def test_pages_and_offsets() -> None:
    paragraphs = unwrap(gdp_excerpt())
    doc = read_document("p.pdf", pdf_bytes(paragraphs, columns=2, lines_per_column=5))
    assert len(doc.page_starts) == 3 and doc.page_starts[0] == 0
    at = doc.text.index("213.37")
    page, offset = doc.locate(at)
    page_text = doc.text[doc.page_starts[page - 1]:]
    assert page_text[offset:offset + 6] == "213.37"
    assert page == 2


@pytest.mark.parametrize(("columns", "per_column", "headline"), LAYOUTS)
@pytest.mark.parametrize("seed", ["000_0105e60a5c96b0e6.txt", "002_519b2fc436397343.txt"])
def test_same_facts_as_the_txt(seed: str, columns: int, per_column: int | None,
                               headline: str | None) -> None:
    """The seed's own lines set in PDF columns give the facts the .txt gives."""
    text = gdp_excerpt() if seed.startswith("000") else seed_text(seed)
    txt = read_document("a.txt", text.encode(), pub_date="2024-07-26", region="平湖")
    pdf = read_document("a.pdf", pdf_bytes([], columns=columns, lines_per_column=per_column,
                                           headline=headline, lines=text.split("\n")),
                        pub_date="2024-07-26", region="平湖")
    from_txt = {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)}
    found = extract_document(pdf)
    if not from_txt:
        pytest.skip("the extractor finds no facts in this text yet")
    assert {(f.metric, f.value, f.yoy_pct) for f in found} == from_txt
    for f in found:  # offsets point into the PDF's text, on a page the fact names
        assert f.value_text in pdf.text[f.start:f.end] or f.value_text == ""
        assert pdf.locate(f.start) is not None and f.page == pdf.locate(f.start)[0]
    assert all(f.page is None for f in extract_document(txt))


def test_same_facts_after_rewrapping() -> None:
    """Re-wrapped into 13-character columns, numbers are cut across lines ('385.\\n12亿元')."""
    text = gdp_excerpt()
    txt = read_document("a.txt", text.encode(), pub_date="2024-07-26", region="平湖")
    pdf = read_document("a.pdf", pdf_bytes(unwrap(text), columns=3, lines_per_column=8),
                        pub_date="2024-07-26", region="平湖")
    assert ({(f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)}
            == {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)})


@pytest.mark.parametrize(("data", "message"), [
    pytest.param(b"", "empty file (0 bytes)", id="zero-bytes"),
    pytest.param(b"PK\x03\x04 not a pdf", "not a PDF", id="zip-named-pdf"),
    pytest.param(pdf_bytes(["全市实现生产总值385.12亿元。"], encrypt="secret"), "encrypted PDF", id="encrypted"),
    pytest.param(scanned_pdf_bytes(), "no text layer (scanned?)", id="scanned"),
])
def test_unreadable_pdfs(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        read_pdf(data)
    doc = read_document("x.pdf", data)
    assert doc.error and message in doc.error and doc.text == ""


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_pdf_is_reported_not_raised(fraction: float) -> None:
    data = pdf_bytes(unwrap(gdp_excerpt()), columns=2)
    doc = read_document("t.pdf", data[: int(len(data) * fraction)])
    if doc.error:
        assert "PDF" in doc.error
    else:  # pdfminer recovered the pages it could
        assert doc.text


def test_scanned_page_among_text_pages_is_a_warning() -> None:
    doc = read_document("m.pdf", mixed_pdf_bytes())
    assert not doc.error and "385.12" in doc.text
    assert any("page 1: an image but no text layer (scanned?)" in p for p in doc.problems)
    assert len(doc.page_starts) == 2 and doc.locate(doc.text.index("385.12"))[0] == 2
    assert {f.page for f in extract_document(doc)} == {2}


def test_text_layer_without_unicode_mapping_is_reported() -> None:
    """An owner-password-only PDF opens, but its CID font text has no Unicode mapping in pdfminer."""
    doc = read_document("c.pdf", pdf_bytes(["全市实现生产总值385.12亿元。"], encrypt=" "))
    assert doc.error or doc.text
    if doc.error:
        assert "password" in doc.error or "Unicode mapping" in doc.error


# A statistics bulletin of our own making: a title, prose, and a ranked list whose items end
# without a full stop, as papers print them.
BULLETIN = [
    "湖州市2023年经济运行情况",
    "全年全市实现地区生产总值3968.4亿元,比上年增长6.2%。其中第二产业增加值1912.7亿元,增长7.1%。",
    "各区县地区生产总值",
    "1.吴兴区:802.6亿元;",
    "2.德清县:718.9亿元;",
    "3.南浔区:496.3亿元;",
    "全年全市一般公共预算收入336.2亿元,增长5.4%。",
]


@pytest.mark.parametrize("indent", [0, 2], ids=["blank-line-between", "first-line-indent"])
def test_paragraphs_come_out_one_per_line(indent: int) -> None:
    """Where a page shows its paragraphs (a blank line's space, an indent), each comes out on a line
    of its own, its column lines joined where the typesetter broke them (mid-word, mid-number)."""
    read = read_pdf(pdf_bytes(BULLETIN, columns=1, width=11, indent=indent))
    assert [line for line in read.text.split("\n") if line] == BULLETIN


@pytest.mark.parametrize("indent", [0, 2], ids=["blank-line-between", "first-line-indent"])
def test_a_list_set_in_columns_gives_the_facts_of_its_text(indent: int) -> None:
    txt = read_document("a.txt", "\n".join(BULLETIN).encode(), pub_date="2024-02-01", region="湖州")
    pdf = read_document("a.pdf", pdf_bytes(BULLETIN, columns=3, width=11, lines_per_column=9, indent=indent),
                        pub_date="2024-02-01", region="湖州")
    from_txt = {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(txt)}
    assert len(from_txt) == 6
    assert {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)} == from_txt


# A web table saved one cell to a line (our own figures), with a short article around it.
CELL_TABLE = ["2024年1-7月各县(市、区)一般公共预算收入", "单位:亿元、%", "地区 |", "累计 |", "同比增长 |",
              "吴兴区 |", "48.6 |", "5.2 |", "南浔区 |", "31.2 |", "-1.4 |", "德清县 |", "52.7 |", "6.8 |",
              "长兴县 |", "60.3 |", "3.9 |", "安吉县 |", "41.5 |", "2.2 |"]


@pytest.mark.parametrize("per_column", [7, 9, 11])
def test_a_table_one_cell_a_line_reads_whole_across_columns(per_column: int) -> None:
    """A column's end in a page whose paragraphs can be told is no blank line: a table printed one
    cell to a line keeps its header and rows together wherever the columns break it."""
    txt = read_document("a.txt", "\n".join(CELL_TABLE).encode(), pub_date="2024-08-20", region="湖州")
    pdf = read_document("a.pdf", pdf_bytes(CELL_TABLE, columns=3, width=22, lines_per_column=per_column),
                        pub_date="2024-08-20", region="湖州")
    from_txt = {(f.region, f.metric, f.period, f.value, f.yoy_pct) for f in extract_document(txt)}
    assert len(from_txt) == 5
    assert {(f.region, f.metric, f.period, f.value, f.yoy_pct) for f in extract_document(pdf)} == from_txt


def test_a_short_first_line_does_not_split_the_columns_below_it() -> None:
    """A dateline shorter than its column leaves a wide gap beside it, and the other column has a
    blank line beside the next, longer line: both still belong to their two columns (the gutter
    narrows to what every line leaves free)."""
    left = ["2024年3月5日", "", "南溪县一季度经济运行数据公", "布,全县经济稳中有进。",
            "全县实现地区生产总值185.", "6亿元,同比增长6.1%。"]
    right = ["规上工业增加值增长7.4%", "。", "", "固定资产投资同比增长9.", "2%。", "出口增长3.5%。"]
    read = read_pdf(pdf_bytes([], columns=2, lines_per_column=6, headline="南溪日报 第A02版 要闻",
                              lines=left + right))
    assert _squash(read.text) == _squash("南溪日报 第A02版 要闻" + "".join(left + right))


def test_running_heads_and_folios_do_not_cut_a_sentence_across_pages() -> None:
    """A paper prints its name, date and page above every page and the page number below; a
    sentence that runs on to the next page is read whole, and the first page's head stays."""
    text = gdp_excerpt()
    txt = read_document("a.txt", text.encode(), pub_date="2024-07-26", region="平湖")
    pdf = read_document("a.pdf", pdf_bytes(unwrap(text), columns=2, lines_per_column=5,
                                           running_head="平湖日报 2024年7月26日 星期五 第{page}版"),
                        pub_date="2024-07-26", region="平湖")
    assert len(pdf.page_starts) >= 3
    assert pdf.text.count("平湖日报") == 1 and "- 2 -" not in pdf.text
    assert ({(f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)}
            == {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)})


# Tables set as grids, every cell at its column's x: their gaps are no newspaper columns.
GRID_ROWS = [["海宁市", "1321.5", "5.8", "102.31", "3.2"], ["桐乡市", "1245.8", "6.1", "98.07", "-1.5"],
             ["平湖市", "1101.2", "6.4", "95.66", "2.9"]]
GRIDS = [
    pytest.param(["2023年各县(市、区)主要经济指标"],
                 [["地区", "生产总值(亿元)", "增长(%)", "一般公共预算收入(亿元)", "增长(%)"]], None, 1, id="title-line"),
    pytest.param(["2023年,全市经济运行稳中有进,各县(市、区)发展态势良好。各县(市、区)主要指标见下表。"],
                 [["地区", "生产总值(亿元)", "增长(%)", "一般公共预算收入(亿元)", "增长(%)"]], "全市经济稳中有进", 1,
                 id="under-prose"),
    pytest.param(["2023年,全市经济运行稳中有进,各县(市、区)发展态势良好,工业、投资、消费齐头并进,"
                  "财政收入保持增长。各县(市、区)主要指标见下表。"],
                 [["地区", "生产总值", "增长", "一般公共预算收入", "增长"], ["", "(亿元)", "(%)", "(亿元)", "(%)"]],
                 None, 2, id="two-line-header-under-two-columns"),
]


@pytest.mark.parametrize(("paragraphs", "header", "headline", "columns"), GRIDS)
def test_a_table_set_as_a_grid_is_read_row_by_row(paragraphs: list[str], header: list[list[str]],
                                                  headline: str | None, columns: int) -> None:
    pdf = read_document("t.pdf", grid_pdf_bytes(paragraphs, header, GRID_ROWS, headline=headline, columns=columns,
                                                width=40 // columns), pub_date="2024-02-01", region="嘉兴")
    assert "海宁市  1321.5  5.8  102.31  3.2" in pdf.text
    got = {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)}
    assert got == {(g[:2], m, v, y) for g, *cells in GRID_ROWS
                   for m, v, y in (("gdp", float(cells[0]), float(cells[1])),
                                   ("fiscal_revenue_general", float(cells[2]), float(cells[3])))}


def test_a_headline_is_no_line_of_the_columns_under_it() -> None:
    """A headline that ends before the second column's indented first line starts is still a
    headline: the columns under it are read whole, the first before the second."""
    left = ["\u3000\u3000\u30001-5月,全县财政", "总收入完成21.3亿元,", "增长4.9%。"]
    right = ["\u3000\u3000\u3000二、工业生产", "1-5月,全县规上工业", "增加值增长7.2%。"]
    read = read_pdf(pdf_bytes([], columns=2, lines_per_column=3, headline="前五月全县经济运行", lines=left + right))
    assert _squash(read.text) == _squash("前五月全县经济运行" + "".join(left + right))


# A page as a browser prints a newspaper's: masthead and foot spread over the columns' tops and
# bottoms, a short headline centred over the middle columns; a paragraph runs through all columns.
PAGE_TEXT = ["上半年,南溪县坚持稳中求进工作总基调,全县经济运行稳中向好。根据地区生产总值统一核算结果,"
             "全县实现地区生产总值212.36亿元,同比增长5.9%;规上工业增加值68.2亿元,增长7.4%;"
             "固定资产投资同比增长9.2%;社会消费品零售总额88.4亿元,增长6.3%;一般公共预算收入"
             "15.7亿元,增长4.1%;城镇居民人均可支配收入28650元,增长5.2%。"]
PAGES = [  # (masthead, headline, foot, columns, characters a line)
    pytest.param(["南溪日报", "2024年7月26日 星期五", "第3版 经济"], "南溪经济稳中向好", [], 4, 12,
                 id="masthead-and-short-headline"),
    pytest.param(["南溪日报", "2024年7月26日", "第A3版"], None, [], 4, 12, id="masthead-no-headline"),
    pytest.param([], "上半年经济稳中向好", ["责任编辑 王某", "美术编辑 李某", "校对 张某"], 4, 12, id="foot"),
    pytest.param(["第3版", "要闻"], "稳中向好", ["热线 1234567", "南溪日报社"], 4, 12, id="two-piece-edges"),
    pytest.param(["南溪日报", "2024年7月26日 星期五", "第3版 经济"], None, ["责任编辑 王某", "校对 张某"], 6, 9,
                 id="six-narrow-columns"),
]


@pytest.mark.parametrize(("masthead", "headline", "foot", "columns", "width"), PAGES)
def test_masthead_headline_and_foot_are_no_lines_of_the_columns(masthead: list[str], headline: str | None,
                                                                foot: list[str], columns: int, width: int) -> None:
    data = page_pdf_bytes(PAGE_TEXT, masthead=masthead, headline=headline, foot=foot, columns=columns, width=width)
    read = read_pdf(data)
    assert _squash(PAGE_TEXT[0]) in _squash(read.text)
    doc = read_document("p.pdf", data, pub_date="2024-07-26", region="南溪")
    txt = read_document("p.txt", PAGE_TEXT[0].encode(), pub_date="2024-07-26", region="南溪")
    assert ({(f.metric, f.value, f.yoy_pct) for f in extract_document(doc)}
            == {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)})


# Short articles (our own figures): under a headline, a few lines balanced over the columns.
SHORT_ARTICLES = [
    ["1-8月,全县外贸出口额累计达56.4亿元,增长7.2%,出口增幅居全市首位。"],
    ["记者从县统计局获悉,前三季度,全县实现社会消费品零售总额128.6亿元,同比增长5.1%。"],
    ["一季度,全区规上工业增加值增长9.3%。", "其中,高新技术产业增加值增长12.4%。"],
]


@pytest.mark.parametrize("paragraphs", SHORT_ARTICLES, ids=["export", "retail", "two-paragraphs"])
@pytest.mark.parametrize("columns, width", [(4, 10), (3, 12), (5, 9)])
def test_a_short_article_under_its_headline_is_no_foot(paragraphs: list[str], columns: int, width: int) -> None:
    """A short article's lines, a few in each column under the headline and nothing below them, are
    its body, read column by column, not the page's foot read across."""
    data = page_pdf_bytes(paragraphs, masthead=["丽水日报", "2024年10月20日"], headline="外贸稳中有进", columns=columns,
                          width=width)
    assert _squash("".join(paragraphs)) in _squash(read_pdf(data).text)
    pdf = read_document("p.pdf", data, pub_date="2024-10-20", region="丽水")
    txt = read_document("p.txt", "\n".join(paragraphs).encode(), pub_date="2024-10-20", region="丽水")
    assert {(f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)} == {
        (f.metric, f.value, f.yoy_pct) for f in extract_document(txt)} != set()


@pytest.mark.parametrize("drop", [0.3, 0.35, 0.2])
def test_columns_set_a_little_lower_each_keep_their_lines_apart(drop: float) -> None:
    """Columns each set a fraction of a line lower than the one before: a line's neighbours across
    the page sit between it and the next line of its column, yet each line stays whole."""
    data = page_pdf_bytes(PAGE_TEXT * 2, headline="上半年经济稳中向好", columns=4, width=12, drop=drop)
    assert _squash(PAGE_TEXT[0]) in _squash(read_pdf(data).text)


def test_short_first_lines_close_to_the_columns_stay_in_them() -> None:
    """Pieces at the top set at the columns' own leading (no gap apart) are the columns' first
    lines: the page is read column by column, each piece at its column's top."""
    read = read_pdf(page_pdf_bytes(PAGE_TEXT, masthead=["一、综合", "二、工业"], edge_gap=0.0, columns=2))
    assert _squash(read.text).startswith(_squash("一、综合"))


TIGHT_EDGES = [  # (masthead, foot, columns, characters a line): set at the columns' leading, no blank line apart
    pytest.param(["东溪日报", "2024年7月26日 星期五", "第3版 经济"], [], 4, 12, id="paper-date-page"),
    pytest.param(["第5版", "综合新闻", "2023-10-18"], [], 3, 13, id="page-first-dashed-date"),
    pytest.param(["西岭晚报", "A2版 要闻"], [], 5, 10, id="two-pieces"),
    pytest.param([], ["西岭晚报社出版", "2022年3月"], 4, 11, id="foot"),
]


@pytest.mark.parametrize(("masthead", "foot", "columns", "width"), TIGHT_EDGES)
def test_a_masthead_that_says_what_the_page_is_stays_out_of_the_columns_at_any_gap(
        masthead: list[str], foot: list[str], columns: int, width: int) -> None:
    """A masthead or foot set at the columns' own leading (a browser's print of a page with a rule under
    its masthead) whose pieces say what the page is (a date, a page's number, a paper's name) is read on
    its own: its pieces do not land inside the sentences of the columns they sit over."""
    data = page_pdf_bytes(PAGE_TEXT, masthead=masthead, foot=foot, columns=columns, width=width, edge_gap=0.0)
    assert _squash(PAGE_TEXT[0]) in _squash(read_pdf(data).text)
    doc = read_document("p.pdf", data, pub_date="2024-07-26", region="南溪")
    txt = read_document("p.txt", PAGE_TEXT[0].encode(), pub_date="2024-07-26", region="南溪")
    assert ({(f.metric, f.value, f.yoy_pct) for f in extract_document(doc)}
            == {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)})


def test_numbers_alone_side_by_side_in_prose_columns_are_no_table_row() -> None:
    """Two columns' numbered subheadings (3, 5) on the same line as two columns of prose make a row
    of four pieces, two of them numbers alone: prose side by side, not a table's row, so the page
    is still read column by column (a table's rows come two or more together, or are mostly numbers)."""
    columns = [["南溪县统计局日前发布一季", "度经济数据。全县实现地", "区生产总值185.6亿元,", "同比增长6.1%。"],
               ["服务业增长较快", "", "3", "消费市场持续回暖"],
               ["全县社会消费品零售总额", "完成52.4亿元,同比增长", "8.9%,其中限额以上消费", "品零售额增长11.2%。"],
               ["外贸平稳增长", "", "5", "全县出口增长12.5%。"]]
    lines = [line for column in columns for line in column]
    read = read_pdf(pdf_bytes([], columns=4, lines_per_column=4, lines=lines))
    assert _squash(read.text) == _squash("".join(lines))
    pdf = read_document("a.pdf", pdf_bytes([], columns=4, lines_per_column=4, lines=lines),
                        pub_date="2024-04-25", region="南溪")
    facts = {(f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)}
    assert ("gdp", 185.6, 6.1) in facts and ("retail_sales", 52.4, 8.9) in facts


RANKINGS = [  # a ranking printed as lines of text under a title (our own places and figures)
    ["上半年各县区地区生产总值", "排名 县区 总量 增幅", "1 吴兴区 802.6 5.2%", "2 德清县 718.9 4.8%", "3 南浔区 496.3 -1.3%"],
    ["1-9月各地规上工业增加值", "地区 绝对额 同比增长", "长兴县 402.7 8.1", "安吉县 265.3 6.6", "德清县 311.8 -0.4"],
    ["前三季度各县市一般公共预算收入", "位次 县市 累计 增速 占比", "1 海宁市 86.4 7.2% 21.5",
     "2 桐乡市 80.1 5.9% 19.9", "3 嘉善县 72.6 -2.1% 18.0"],
]


@pytest.mark.parametrize("per_column", [4, 8], ids=["ranking-tops-a-column", "ranking-mid-column"])
@pytest.mark.parametrize("ranking", RANKINGS, ids=["rank-first", "no-rank", "five-cells"])
def test_a_ranking_printed_as_spaced_lines_keeps_a_line_per_row(ranking: list[str], per_column: int) -> None:
    """A ranking set as lines of cells parted by single spaces, shorter than the column, is no
    paragraph: its header and each row stay a line of their own, as in the .txt, and give its facts."""
    lines = ["全市经济运行总体平稳,", "各县区增长面持续扩大。", "", *ranking, "",
             "全市社会消费品零售总额", "完成436.2亿元,增长5.4%。"]
    paragraphs = ["全市经济运行总体平稳,各县区增长面持续扩大。", *ranking, "全市社会消费品零售总额完成436.2亿元,增长5.4%。"]
    data = pdf_bytes([], columns=2, width=13, lines_per_column=per_column, lines=lines)
    assert all(f"\n{row}\n" in read_pdf(data).text for row in ranking[1:])
    txt = read_document("a.txt", "\n".join(paragraphs).encode(), pub_date="2024-10-20", region="嘉兴")
    pdf = read_document("a.pdf", data, pub_date="2024-10-20", region="嘉兴")
    from_txt = {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(txt)}
    assert len({region for region, *_ in from_txt}) == 4
    assert {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)} == from_txt


# Rows of a wide table wrapped through a narrow column, each broken between two figures with a
# decimal point (our own places and figures).
WRAPPED_ROWS = [
    ["2023年各县(市)主要指标", "单位:亿元、%", "地区 生产总值 增长 财政收入 增长", "长兴县 1062.5 5.8", "98.27 4.1",
     "安吉县 601.3 6.2", "70.45 3.3", "德清县 712.9 4.9", "81.16 -2.5"],
    ["1-9月各县区规上工业", "单位:亿元、%", "县区 产值 增幅 增加值 增幅", "吴兴区 812.4 6.1", "176.33 7.2",
     "南浔区 640.7 5.5", "138.92 6.8", "德清县 903.6 8.7", "195.24 9.1"],
]


@pytest.mark.parametrize("table", WRAPPED_ROWS, ids=["counties", "districts"])
@pytest.mark.parametrize("source", ["pdf", "txt"])
def test_a_row_wrapped_between_two_decimals_keeps_them_apart(table: list[str], source: str) -> None:
    """A line that ends in a figure with a decimal point, then one that opens with another: two figures
    (one has one point), not one broken across the lines (1062.5 | 98.27 is no 1062.598.27), in a
    PDF's column and in a page's text alike."""
    text = (read_pdf(pdf_bytes([], columns=2, width=18, lines_per_column=len(table), lines=table)).text
            if source == "pdf" else "\n".join(table))
    repaired = repair(text).text
    for above, below in zip(table[3::2], table[4::2]):
        last, first = above.split()[-1], below.split()[0]
        assert f"{last} {first}" in repaired and f"{last}{first}" not in repaired


# A county's quarterly summary (our own figures), its paragraphs set apart by indents.
SUMMARY = ["一季度,全县实现地区生产总值56.82亿元,增长4.6%。", "一、农业生产基本稳定", "全县实现农林牧渔总产值9.48亿元,增长0.8%。",
           "二、工业生产增势较好", "全县规上工业增加值增长7.2%,制造业增加值增长10.3%。", "三、消费市场",
           "全县实现社会消费品零售总额29.21亿元,增长1.4%。", "四、居民收入", "全县居民人均可支配收入7256元,增长5.8%。"]


@pytest.mark.parametrize("columns, width", [
    pytest.param(c, w, marks=[pytest.mark.xfail(strict=True, reason="a column of one line has no indent to measure "
                                                 "against: its paragraph's end is not joined")] if (c, w) == (5, 11) else [])
    for c in (2, 3, 4, 5) for w in (9, 10, 11, 12, 13)])
def test_a_paragraph_broken_by_a_column_end_is_one_line(columns: int, width: int) -> None:
    """On a page that shows its paragraphs by indents, a column whose first line has none goes on with
    the paragraph the column before ended in (mid-word, mid-number, after a paragraph's first line, in
    a heading), unless that one ended a sentence: the page reads back its paragraphs, one a line."""
    read = read_pdf(page_pdf_bytes(SUMMARY, columns=columns, width=width))
    assert [line for line in read.text.split("\n") if line] == SUMMARY


# A bulletin whose table came one cell to a line (our own figures), between paragraphs of prose.
CELLS_IN_PROSE = [
    "2023年,全县实现地区生产总值612.4亿元,按可比价格计算,比上年增长6.3%。其中,第一产业增加值41.2亿元,增长3.1%;"
    "第二产业增加值287.5亿元,增长7.0%;第三产业增加值283.7亿元,增长5.9%。",
    "全年一般公共预算收入48.6亿元,增长5.2%,其中税收收入39.1亿元,增长6.7%。",
    "表1 年末户籍人口及其构成", "指标", "年末数", "比重", "全县总人口", "63.28", "100.0", "其中:男性", "31.95", "50.5",
    "女性", "31.33", "49.5", "城镇人口", "38.41", "60.7", "乡村人口", "24.87", "39.3",
    "全年社会消费品零售总额251.3亿元,增长7.4%。全年完成固定资产投资增长8.1%,其中工业投资增长12.6%。"
    "全年进出口总额186.2亿元,增长4.4%。"]


@pytest.mark.parametrize("columns, width", [(4, 10), (5, 10), (5, 12)])
def test_numbers_set_one_a_line_beside_prose_columns_are_no_table(columns: int, width: int) -> None:
    """A column of numbers set one to a line, beside columns of punctuated prose, makes rows of
    pieces two of which are numbers alone: still prose side by side, so the page is read column by
    column, and its paragraphs (one of them running over a column that starts none) come out whole."""
    read = read_pdf(page_pdf_bytes(CELLS_IN_PROSE, columns=columns, width=width))
    lines = read.text.split("\n")
    assert all(p in lines for p in (CELLS_IN_PROSE[0], CELLS_IN_PROSE[1], CELLS_IN_PROSE[-1]))
    txt = read_document("a.txt", "\n".join(CELLS_IN_PROSE).encode(), pub_date="2024-03-20", region="南溪")
    pdf = read_document("a.pdf", page_pdf_bytes(CELLS_IN_PROSE, columns=columns, width=width),
                        pub_date="2024-03-20", region="南溪")
    from_txt = {(f.metric, f.value, f.yoy_pct) for f in extract_document(txt)}
    assert len(from_txt) >= 8
    assert {(f.metric, f.value, f.yoy_pct) for f in extract_document(pdf)} == from_txt


# A table that came one cell to a line (our own places' figures), between two paragraphs, set in a
# page's narrow columns: a column may hold nothing but cells, each a paragraph of its own, every
# one indented, so no line of that column shows where its paragraphs start.
ONE_A_LINE_PROSE = "2023年,全市经济运行总体平稳,各县区发展态势良好,工业生产稳步回升,消费市场持续回暖,各县区主要指标如下。"
ONE_A_LINE_PLACES = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]


def _one_a_line(header: list[str]) -> list[str]:
    """The paragraphs of a page with a table set one cell to a line under ``header``."""
    rows = [[place, f"{802.6 - 47.3 * k:.1f}", f"{5.2 - 0.9 * k:.1f}", f"{61.45 - 4.18 * k:.2f}"][:len(header)]
            for k, place in enumerate(ONE_A_LINE_PLACES)]
    return [ONE_A_LINE_PROSE, "2023年各县区主要经济指标", *header, *[cell for row in rows for cell in row],
            "全年全市社会消费品零售总额1436.2亿元,增长5.4%。"]


def _facts(doc) -> set[tuple]:  # noqa: ANN001 (a Document)
    return {(f.region, f.metric, f.value, f.yoy_pct) for f in extract_document(doc)}


def _reads_line_by_line_as_its_text(paragraphs: list[str], columns: int, width: int, pub: str, region: str) -> None:
    """Set on a page of ``columns``, each paragraph (a table's cell too) comes out a line of its own,
    and the page gives the six facts its text gives."""
    data = page_pdf_bytes(paragraphs, columns=columns, width=width)
    lines = read_pdf(data).text.split("\n")
    assert all(p in lines for p in paragraphs)
    from_txt = _facts(read_document("a.txt", "\n".join(paragraphs).encode(), pub_date=pub, region=region))
    assert len(from_txt) == 6
    assert _facts(read_document("a.pdf", data, pub_date=pub, region=region)) == from_txt


@pytest.mark.parametrize(("header", "columns", "width"), [
    pytest.param(["地区", "生产总值(亿元)", "增长(%)"], 4, 10, id="three-cells-4x10"),
    pytest.param(["地区", "生产总值(亿元)"], 5, 9, id="two-cells-5x9"),
    pytest.param(["地区", "生产总值(亿元)", "增长(%)"], 6, 8, id="three-cells-6x8"),
])
def test_cells_set_one_a_line_in_narrow_columns_stay_apart(header: list[str], columns: int, width: int) -> None:
    """A line that stops short of its column's right edge (where the page's other columns show it)
    ends its paragraph, a justified column breaking lines only there: each cell comes out a line of
    its own, no two numbers run together (473.11 and 5.0 are not 473.115.0), and the table gives
    the facts of its text."""
    _reads_line_by_line_as_its_text(_one_a_line(header), columns, width, "2024-02-01", "湖州")


# The same kind of table at the end of an article, so that the page's last column holds nothing but
# cells: no gutter to its right shows how wide it is (our own places' figures).
LAST_COLUMN_PROSE = ["2024年前三季度,全市经济持续回升向好,各区县主要指标稳中有进,工业生产加快,投资结构优化,"
                     "消费市场活跃,外贸进出口保持增长。",
                     "前三季度,全市城镇常住居民人均可支配收入41275元,同比增长5.1%,增速比上半年加快0.3个百分点。",
                     "从各区县看,城镇常住居民人均可支配收入均保持稳定增长,其中三个区县超过四万元,详见下表。",
                     "各区县城镇居民收入", "地区", "收入(元)", "增长(%)"]
LAST_COLUMN_PLACES = ["莲都区", "青田县", "缙云县", "遂昌县", "松阳县"]


@pytest.mark.parametrize(("columns", "width"), [(4, 10), (4, 12), (5, 9), (5, 10)])
def test_cells_set_one_a_line_in_the_last_column_stay_apart(columns: int, width: int) -> None:
    """A last column of cells alone is as wide as the page's other columns, not as its own widest
    cell: each cell is a line of its own (40864 and 5.0 are not 408645.0), and the table gives the
    facts of its text."""
    cells = [cell for k, place in enumerate(LAST_COLUMN_PLACES)
             for cell in (place, f"{43618 - 1377 * k}", f"{5.6 - 0.3 * k:.1f}")]
    _reads_line_by_line_as_its_text(LAST_COLUMN_PROSE + cells, columns, width, "2024-10-25", "丽水")


# Prose full of figures, whose lines are narrower than the column (digits are) but hold as many
# characters as its other lines, beside a column of cells set one to a line (our own figures).
FIGURES_PROSE = ["1-12月,全县实现地区生产总值1234.56亿元,同比增长6.1%,其中第一产业增加值98.76亿元,增长3.2%;"
                 "第二产业增加值512.34亿元,增长7.4%;第三产业增加值623.46亿元,增长5.6%。",
                 "2023年各乡镇财政收入(亿元)", "城关镇", "12.31", "新安镇", "8.76", "石门镇", "6.54", "青山镇", "5.43",
                 "1-12月,全县一般公共预算收入86.42亿元,增长4.7%,其中税收收入65.31亿元,增长5.2%。"]


@pytest.mark.parametrize(("columns", "width"), [(4, 10), (5, 11), (3, 13)])
def test_a_paragraph_of_figures_beside_cells_stays_whole(columns: int, width: int) -> None:
    """Near miss: a paragraph's lines of digits stop short of the column's edge in width, not in
    characters: they are no paragraph's end, and each paragraph still reads as one line."""
    lines = read_pdf(page_pdf_bytes(FIGURES_PROSE, columns=columns, width=width)).text.split("\n")
    assert FIGURES_PROSE[0] in lines and FIGURES_PROSE[-1] in lines


# A wide table (our own places' figures): its header one cell a line, each row a place's name on a
# line and its figures on the next, parted by two spaces; set in a page's narrow columns, a row
# wraps over lines (mid-number) and columns, and the lines of the columns side by side hold
# numbers alone at their tops as a table's row does.
WIDE_HEADER = ["年末常住人口", "(万人)", "生产总值", "(亿元)", "增长(%)", "一般公共", "预算收入", "(亿元)", "增长(%)",
               "固定资产", "投资增长", "(%)", "社会消费品", "零售总额", "(亿元)", "增长(%)", "城镇居民", "人均可支",
               "配收入(元)", "农村居民", "人均可支", "配收入(元)"]
WIDE_HEADER_LINES = [2, 2, 1, 2, 1, 3, 3, 1, 3, 3]  # the header's lines of each figure's column


def _wide_table(figures: int, prose: bool) -> list[str]:
    """The paragraphs of a page with a table of ``figures`` columns of figures a place."""
    rows = []
    for k, place in enumerate(ONE_A_LINE_PLACES):
        values = [f"{52.31 + 7.9 * k:.2f}", f"{802.64 - 47.31 * k:.2f}", f"{5.2 - 0.3 * k:.1f}", f"{61.45 - 4.18 * k:.2f}",
                  f"{4.7 + 0.4 * k:.1f}", f"{8.1 - 1.1 * k:.1f}", f"{352.17 - 21.6 * k:.2f}", f"{6.3 - 0.2 * k:.1f}",
                  str(68512 - 1317 * k), str(41236 - 877 * k)]
        rows += [place, "  ".join(values[:figures])]
    return ([ONE_A_LINE_PROSE] if prose else []) + ["2023年各县区主要经济指标", "地区",
                                                    *WIDE_HEADER[:sum(WIDE_HEADER_LINES[:figures])], *rows]


@pytest.mark.parametrize(("figures", "columns", "width", "prose"), [
    pytest.param(10, 5, 10, False, id="ten-figures-5x10"),
    pytest.param(10, 6, 8, False, id="ten-figures-6x8"),
    pytest.param(7, 3, 11, True, id="seven-figures-3x11-under-prose"),
    pytest.param(10, 4, 12, True, id="ten-figures-4x12-under-prose"),
])
def test_a_wide_table_wrapped_through_narrow_columns_reads_row_by_row(figures: int, columns: int, width: int,
                                                                       prose: bool) -> None:
    """The columns' lines side by side are no table's rows (more lines of the same columns go on
    below them that are none), so the page is read column by column; a row broken at a column's
    end goes on in the next column, the space it broke at kept: each row's figures come out on
    a line, none run together, and the table gives the facts of its text."""
    paragraphs = _wide_table(figures, prose)
    data = page_pdf_bytes(paragraphs, columns=columns, width=width)
    lines = [" ".join(line.split()) for line in read_pdf(data).text.split("\n")]
    assert all(" ".join(row.split()) in lines for row in paragraphs[-9::2])
    txt = read_document("a.txt", "\n".join(paragraphs).encode(), pub_date="2024-02-01", region="湖州")
    from_txt = _facts(txt)
    assert len(from_txt) >= 15
    assert _facts(read_document("a.pdf", data, pub_date="2024-02-01", region="湖州")) == from_txt


def test_a_grid_alone_on_its_page_stays_a_table() -> None:
    """Near miss: a table set as a grid with nothing around it has gaps no line crosses, as a page's
    gutters; its rows are all a table's (a row of dashes among them too), none lines of columns
    going on beside it: it is read row by row."""
    rows = [*GRID_ROWS[:2], ["嘉善县", "—", "—", "—", "—"], GRID_ROWS[2]]
    header = [["地区", "生产总值(亿元)", "增长(%)", "一般公共预算收入(亿元)", "增长(%)"]]
    text = read_pdf(grid_pdf_bytes([], header, rows)).text
    assert all("  ".join(row) in text for row in GRID_ROWS)


def _sliver_page(name: str) -> list[str]:
    """A page's paragraphs: a table one cell a line whose metric's name, indented, runs one character
    past its column's line (our own figures)."""
    rows = [cell for k, place in enumerate(ONE_A_LINE_PLACES)
            for cell in (place, f"{402.6 - 21.3 * k:.1f}  {6.2 - 0.4 * k:.1f}")]
    return [ONE_A_LINE_PROSE, "2023年各县区主要经济指标", "地区", name, "(亿元)", "增长(%)", *rows]


@pytest.mark.parametrize(("name", "width", "columns"), [
    ("社会消费品零售总额", 10, 4), ("一般公共预算收入", 9, 4), ("社会消费品零售总额", 10, 5), ("一般公共预算收入", 9, 3)])
def test_a_cell_wrapped_to_one_character_stays_in_its_column(name: str, width: int, columns: int) -> None:
    """A cell's last character wrapped alone to the left of a column whose other lines are all
    indented leaves a gap as wide as a gutter beside it: that sliver is no column of its own but
    the line of its column it is, and the cell reads whole."""
    paragraphs = _sliver_page(name)
    data = page_pdf_bytes(paragraphs, columns=columns, width=width)
    assert name in read_pdf(data).text.split("\n")
    txt = read_document("a.txt", "\n".join(paragraphs).encode(), pub_date="2024-02-01", region="湖州")
    from_txt = _facts(txt)
    assert len(from_txt) == 5
    assert _facts(read_document("a.pdf", data, pub_date="2024-02-01", region="湖州")) == from_txt


# A ranking saved as piped rows (our own figures) after paragraphs of prose, on pages with a running
# head and a folio set smaller than the text.
PIPED_RANKING = ["名次 | 县区 | 总量(亿元) | 增长(%) |", "1 | 吴兴区 | 802.63 | 5.2 |", "2 | 德清县 | 718.94 | 6.1 |",
                 "3 | 长兴县 | 865.07 | 4.8 |", "4 | 安吉县 | 612.35 | 7.3 |", "5 | 南浔区 | 496.28 | 3.9 |"]
RANKED_PROSE = "全年全市实现地区生产总值3968.42亿元,比上年增长6.2%,增速高于全省平均0.3个百分点。"


@pytest.mark.parametrize(("width", "before", "head"), [
    (13, 5, "湖州日报 第{page}版 经济"), (12, 5, "湖州日报 第{page}版 经济"), (13, 7, "南浔晚报 {page}"),
    (12, 6, "湖州日报 第{page}版 经济"),
    (13, 6, None)])  # near miss: no running head, no folio (read whole before too)
def test_a_running_head_and_folio_are_no_lines_of_the_column_under_them(width: int, before: int,
                                                                         head: str | None) -> None:
    """A running head or a folio (``- 2 -``) set smaller than the text, alone over or under one
    column, is the page's furniture, not that column's first or last line: counted as a line, the
    folio set off-centre in the column made its full lines look longer, so a piped row that the
    column broke (its digits narrower) was cut in two."""
    paragraphs = [RANKED_PROSE] * before + PIPED_RANKING + [RANKED_PROSE]
    read = read_pdf(pdf_bytes(paragraphs, columns=3, width=width, indent=2, running_head=head, lines_per_column=24))
    lines = [line for line in read.text.split("\n") if line]
    assert [row for row in PIPED_RANKING if row not in lines] == []


@pytest.mark.parametrize(("columns", "width", "per_column", "before"), [
    (3, 13, 24, 4), (3, 12, 20, 3), (2, 14, 15, 1), (4, 10, 16, 3), (4, 10, 16, 5),
    (3, 12, 20, 2)])  # near miss: a row ends at its bar at a column's foot, the next column starts the next row
def test_a_row_broken_at_a_column_end_of_a_blank_line_page_reads_whole(columns: int, width: int, per_column: int,
                                                                        before: int) -> None:
    """On a page whose paragraphs are set apart by blank lines, a column whose first line stands at
    the top of the page's columns goes on with the paragraph (or the piped row) the column before
    filled to its foot: a row broken there (``…| 86`` / ``5.07 | 4.8 |``) reads whole, while a row
    ended at its bar stays a row of its own."""
    paragraphs = [RANKED_PROSE] * before + PIPED_RANKING + [RANKED_PROSE]
    read = read_pdf(pdf_bytes(paragraphs, columns=columns, width=width, lines_per_column=per_column))
    assert [line for line in read.text.split("\n") if line] == paragraphs


# A page whose article goes on past the page's foot (our own figures): a subheading over the last
# paragraph, which the page cuts mid-sentence, then the page's foot (editor, paper) under the columns.
CUT_UNDER_SUBHEADING = [
    "前三季度,丽水市各县区经济发展各有亮点,全市实现地区生产总值1362.40亿元,同比增长4.2%。",
    "龙泉市一马当先",
    "龙泉市以236.15亿元的地区生产总值位居各县区首位,同比增长6.3%,对全市经济增长的贡献最大。"
    "庆元和遂昌两县则分别以198.02亿元和176.33亿元,",
]


@pytest.mark.parametrize(("masthead", "foot", "columns", "width", "last"), [
    (["丽水日报", "2024年10月28日", "第2版"], ["责任编辑:王某", "丽水日报"], 3, 14, ""),
    ([], ["本版编辑 李某", "校对 赵某", "丽水日报社"], 2, 12, ""),
    (["丽水日报", "第A2版"], ["责任编辑:王某"], 4, 11, "(下转第3版)"),
    (["丽水日报", "第A2版"], ["责任编辑:王某"], 4, 11, "同比分别增长5.1%和4.8%。"),  # near miss: no cut
])
def test_a_subheading_over_a_paragraph_the_page_cuts_before_its_foot_stays_apart(
        masthead: list[str], foot: list[str], columns: int, width: int, last: str) -> None:
    """A subheading over the page's last paragraph, which breaks off mid-sentence (the article goes on
    on another page), is a line of its own when the page's foot follows: the foot's short lines after
    a blank line are no words of the paragraph, so the paragraph still ends the text's words, as it
    does in the page's text alone, and the subheading is not glued to its first sentence."""
    paragraphs = CUT_UNDER_SUBHEADING[:-1] + [CUT_UNDER_SUBHEADING[-1] + last]
    data = page_pdf_bytes(paragraphs, masthead=masthead, foot=foot, columns=columns, width=width)
    pdf = read_document("p.pdf", data, pub_date="2024-10-28", region="丽水")
    txt = read_document("p.txt", "\n".join(paragraphs).encode(), pub_date="2024-10-28", region="丽水")
    facts = {(f.region, f.metric, f.value, f.yoy_pct, f.scope) for f in extract_document(pdf)}
    assert facts == {(f.region, f.metric, f.value, f.yoy_pct, f.scope) for f in extract_document(txt)}
    assert ("龙泉", "gdp", 236.15, 6.3, "region") in facts
