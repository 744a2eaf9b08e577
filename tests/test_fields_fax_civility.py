"""A patient's civility a fax misread: the second "m" of "Mme" read as "in" ("Patient : Mine JOLY
Géraldine"), dropped as the civility is, before the name only. Values made up."""

from __future__ import annotations

from parsers.fields.values import parse_name


def test_mme_read_mine_before_the_name_is_a_civility() -> None:
    assert parse_name("Mine LEROY Anne-Marie, né(e) le 02/08/1977") == "LEROY Anne-Marie"
    assert parse_name("Mines LEROY Anne, DUVAL Paul") == "LEROY Anne"


def test_a_mine_after_the_name_and_min_stay_name_words() -> None:
    assert parse_name("ÖZTÜRK Mine") == "ÖZTÜRK Mine"  # a given name
    assert parse_name("MIN Seo-yeon") == "MIN Seo-Yeon"
