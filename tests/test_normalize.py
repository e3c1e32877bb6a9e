"""Decoding and cleaning keep the way back to the raw text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pressroom.models import NotARelease
from pressroom.normalize import decode, normalize

BODY = "Kestrel Gold Corp. reports production at the Wren mill in April 2019 of 4,210 ounces. " * 3


@pytest.mark.parametrize(("data", "encoding"), [
    (BODY.encode("utf-8"), "utf-8"),
    (("\ufeff" + BODY).encode("utf-8"), "utf-8"),
    (("Andes Aur\u00edferos S.A. " + BODY).encode("cp1252"), "cp1252"),
    (BODY.encode("utf-16"), "utf-16"),
])
def test_decode_encodings(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert "Kestrel Gold Corp." in decoded.text


def test_decode_normalizes_line_endings_so_the_hash_ignores_them():
    assert decode(BODY.replace(". ", ".\n").encode()).sha256 == decode(BODY.replace(". ", ".\r\n").encode()).sha256


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary"),
    (bytes(range(256)) * 20, "binary"),
    (b"12345 67890\n" * 40, "too little text"),
    (b"Short.", "too little text"),
])
def test_decode_rejects_what_is_not_a_release(data, reason):
    with pytest.raises(NotARelease, match=reason):
        decode(data)


def test_normalize_repairs_pdf_debris():
    raw = ("Raised U.S. \\$5,500,000 (the \u201c**Amount**\u201d) at\u00a0C\\$0.39 \u2013 a record.\n\n"
           "It continues on\n\n2\n\nthe next page.")
    clean = normalize(raw).text
    assert clean == 'Raised U.S. $5,500,000 (the "Amount") at C$0.39 - a record.\n\nIt continues on the next page.'


def test_lone_page_number_between_sentences_is_a_paragraph_break():
    assert normalize("End of a sentence.\n\n1\n\nNext paragraph.").text == "End of a sentence.\n\nNext paragraph."


def test_a_page_number_inside_a_table_or_a_wrapped_sentence_joins_what_it_splits():
    table = ("  Gold produced (oz)      41,212      41,933\n\n2\n\n  Gold sold (oz)          40,655      42,108\n")
    assert normalize(table).text == ("  Gold produced (oz)      41,212      41,933\n"
                                     "  Gold sold (oz)          40,655      42,108\n")
    wrapped = ("The Company filed a notice of appeal against the decision of the Leninsky District Court before the\n\n"
               "3\n\nBishkek City Court on 2 May 2012.")
    assert normalize(wrapped).text == ("The Company filed a notice of appeal against the decision of the Leninsky "
                                       "District Court before the Bishkek City Court on 2 May 2012.")
    assert normalize("Outlook\n\n4\n\nThe Company expects ...").text == "Outlook\n\nThe Company expects ..."
    # (a section label of the table just before the break, a row above it: the table runs on; a heading above prose
    # does not)
    head = "              Q3 2012     Q2 2012\n  Ore milled (t)   41,212      41,933\nORE MINED (t)\n"
    row = "  Wren pit         40,655      42,108\n"
    assert normalize(head + "\n2\n\n" + row).text == head + row
    assert normalize("Gold produced (oz)      41,212      41,933\n\nTerm loan\n\n2\n\nOn 9 August 2012 the Company "
                     "drew ...").text == ("Gold produced (oz)      41,212      41,933\n\nTerm loan\n\nOn 9 August 2012 "
                                         "the Company drew ...")



def test_a_running_footer_with_its_page_is_page_furniture():
    # a page's footer between two blocks of one table, with blank lines around it: the table runs on
    table = ("              Jun Qtr    Mar Qtr\n  Ore milled (t)      381.5      362.8\n\n\n"
             "ASX: WNG | Quarterly Activities Report - June 2023 | Page 2\n\n\n"
             "              Jun Qtr    Mar Qtr\n  Head grade (g/t)      1.71       1.62\n")
    assert normalize(table).text == ("              Jun Qtr    Mar Qtr\n  Ore milled (t)      381.5      362.8\n"
                                     "              Jun Qtr    Mar Qtr\n  Head grade (g/t)      1.71       1.62\n")
    footer = "End of a sentence.\n\nKurrawang Gold NL       Quarterly Report - June 1998       Page 3\n\nNext one."
    assert normalize(footer).text == "End of a sentence.\n\nNext one."
    # (a sentence that names a page is no footer)
    prose = "See below.\n\nThe table is on page 3\n\nNext."
    assert normalize(prose).text == prose


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word ", "\\$", "**", "\u201c", "\u00a0", "12", "\n\n3\n\n", "\u2013", "x."]),
                max_size=40))
def test_every_clean_character_maps_back_to_the_raw_text(pieces):
    raw = "".join(pieces)
    clean = normalize(raw)
    for i, ch in enumerate(clean.text):
        j = clean.raw_offset(i)
        assert 0 <= j < len(raw)
        if ch.isalnum():
            assert raw[j] == ch


def test_star_bullets_stay_list_items_and_tabs_stay_column_gaps():
    c = normalize("Highlights\n\n* First **bold** item\n* Second item\n\nOre (t)\t412\t398\n")
    assert c.text == "Highlights\n\n- First bold item\n- Second item\n\nOre (t)  412  398\n"
    start = c.text.index("Second")
    s, e = c.raw_span(start, start + 6)
    assert "Highlights\n\n* First **bold** item\n* Second item\n\nOre (t)\t412\t398\n"[s:e] == "Second"


def test_indented_star_bullets_are_list_items_each_of_its_own():
    from pressroom.segment import segment
    c = normalize("**2010 Highlights**\n\n  * Record gold production of 169,642 ounces\n  * Cash costs of $559 per "
                  "ounce sold for the year\n")
    assert c.text == ("2010 Highlights\n\n- Record gold production of 169,642 ounces\n- Cash costs of $559 per ounce "
                      "sold for the year\n")
    assert [u.text for u in segment(c.text).units][1:] == [
        "- Record gold production of 169,642 ounces", "- Cash costs of $559 per ounce sold for the year"]


def test_double_dash_bullets_are_list_items():
    from pressroom.segment import segment
    seg = segment(normalize(
        "VANCOUVER, British Columbia, October 1, 2019 -- Kestrel Gold Corp. (TSX: KGC) today announced that it has "
        "priced its offering of senior secured notes and that it intends to use the net proceeds to:\n\n"
        "  -- redeem the 2021 notes;\n  -- repay the term loan; and\n  -- fund the mill expansion.\n").text)
    assert [u.kind for u in seg.units if u.text.lstrip().startswith("--")] == ["list_item"] * 3


def test_a_news_heading_after_a_qualified_persons_statement_is_body_again_but_not_after_forward_looking_statements():
    from pressroom.segment import segment
    seg = segment(normalize(
        "Kestrel Reports Maiden Resource\n\nVANCOUVER, British Columbia, October 7, 2003 - Kestrel Resources Inc. "
        "(TSX-V: KRI) reports a maiden resource for its Snowslide deposit, prepared by an independent firm.\n\n"
        "Qualified Person\n\nThe estimate was prepared by Ms. Dana Vukovich, P.Eng., a qualified person.\n\n"
        "Stock Options\n\nThe Company has granted incentive stock options to purchase 650,000 shares at $0.42.\n\n"
        "Forward-Looking Statements\n\nThis release contains forward-looking statements.\n\n"
        "Stock Options\n\nOptions may be granted under the plan.\n").text)
    sections = {u.text.strip()[:24]: u.section for u in seg.units}
    assert sections["The estimate was prepare"] == "boilerplate"
    assert sections["The Company has granted "] == "body"
    assert sections["Options may be granted u"] == "boilerplate"


def test_angle_bracket_bullets_are_list_items():
    from pressroom.segment import segment
    seg = segment(normalize(
        "Kestrel Gold Limited presents its report for the quarter ended 30 September 2010, the first quarter of "
        "the 2011 financial year, for its shareholders and the market.\n\nKEY POINTS\n"
        "  >  Group gold production of 31,535 oz (June quarter: 30,303 oz)\n"
        "  >  Wren mill: record 458,930 t milled\n").text)
    assert [u.kind for u in seg.units if ">" in u.text] == ["list_item"] * 2


@pytest.mark.parametrize(("raw", "clean", "word"), [
    ("issued unsecured conver-\ntible loan notes", "issued unsecured convertible loan notes", "convertible"),
    ("processed in the Quar-\nter (Q1 2009", "processed in the Quarter (Q1 2009", "Quarter"),
    ("to two institution-\n  al investors", "to two institutional investors", "institutional"),
    ("ore placed on the heap-\nleach pad", "ore placed on the heap-leach pad", "heap-leach"),
    ("a non-\nbrokered private placement", "a non-brokered private placement", "non-brokered"),
])
def test_a_word_hyphenated_at_a_lines_end_is_one_word(raw, clean, word):
    c = normalize(raw)
    assert c.text == clean
    s, e = c.raw_span(c.text.index(word), c.text.index(word) + len(word))
    assert re.sub(r"-\n\s*", "-" if "-" in word else "", raw[s:e]) == word


def test_a_name_hyphenated_at_a_lines_end_before_a_capital_keeps_its_line():
    # ('Benishangul-\nGumuz' once crashed the cleaner: the break was matched without regard to case)
    raw = "exploration licences in the Benishangul-\nGumuz region of Ethiopia"
    assert normalize(raw).text == raw


def test_a_page_number_after_an_open_bracket_or_a_word_that_cannot_end_a_paragraph():
    assert normalize("Production exceeded guidance of 165,000 ounces (2024:\n\n2\n\n158,420 ounces).").text == (
        "Production exceeded guidance of 165,000 ounces (2024: 158,420 ounces).")
    assert normalize("The head grade was 3.42 g/t, against the\n\n2\n\n2006 figure of 3.26 g/t.").text == (
        "The head grade was 3.42 g/t, against the 2006 figure of 3.26 g/t.")
    # (a heading that ends without a stop is still a heading)
    assert normalize("Production summary\n\n2\n\n2006 was a record year.").text == (
        "Production summary\n\n2006 was a record year.")
