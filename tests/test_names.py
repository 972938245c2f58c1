import json

import pytest
from click.testing import CliRunner

from citeaudit.cli import cli
from citeaudit.reader import parse


def names(auditor, text):
    result, _ = auditor.audit_document(parse(text, "t.txt", "text"))
    return [(text[f.start:f.end], f.suggestion, f.message) for f in result.findings if f.rule == "name-spelling"]


def test_a_name_spelled_two_ways_is_flagged_with_the_usual_spelling(auditor):
    text = ("Kyrylo Budanov said Russia was massing troops. \"They are preparing,\" Budanov told reporters.\n\n"
            "Budonov said the attack could come soon.\n\n"
            "Mayor Jennifer Roberts said the city would review the video. Robers did not say when.\n")
    assert names(auditor, text) == [
        ("Budonov", "Budanov", "Name spelled two ways: 'Budonov' here, 'Budanov' elsewhere in the article (twice)"),
        ("Robers", "Roberts", "Name spelled two ways: 'Robers' here, 'Roberts' elsewhere in the article (once)")]


def test_a_name_with_a_capital_inside_it_is_compared_too(auditor):
    text = ("Ohio Governor Mike DeWine said crews were searching.\n\n\"It is a tragedy,\" DeWine said.\n\n"
            "Gov. DeWyne said the state would seek aid.\n")
    assert [(w, fix) for w, fix, _ in names(auditor, text)] == [("DeWyne", "DeWine")]


def test_plurals_known_names_sic_and_spellings_used_as_often_are_left_alone(auditor):
    text = ("Bill Clinton spoke. The Clintons left. Clinton waved.\n\n"  # a plural
            "Barack Obama spoke of Osama bin Laden. Obama said so.\n\n"  # a name wordfreq knows
            "Angela Corey spoke. Corey left. A letter attacked \"Correy's [sic] career.\"\n\n"  # marked as quoted
            "Anna Johnsen met Ben Johnson. Johnsen and Johnson both spoke.\n")  # two people, as often
    assert names(auditor, text) == []


def test_surnames_written_with_different_first_names_are_two_people(auditor):
    text = ("Maria Kowalczyk spoke. Kowalczyk left. Kowalczyk returned.\n\nPiotr Kowalczek, the mayor, said no.\n\n"
            "Donna Brazile will lead the party. At Brazille's direction, it apologized.\n")
    assert [(w, fix) for w, fix, _ in names(auditor, text)] == [("Brazille", "Brazile")]


def test_short_names_are_not_compared(auditor):
    assert names(auditor, "Mike Lee said no. Lee left. Mikee Lee stayed.\n") == []


def test_the_configuration_allow_list_accepts_a_name(tmp_path):
    text = "Mayor Jennifer Roberts said no. Robers did not say when.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run = ["check", "--no-report", "--format", "json", str(tmp_path / "a.txt")]
    found = json.loads(CliRunner().invoke(cli, run).stdout)["files"][0]["findings"]
    assert [f["rule"] for f in found] == ["name-spelling"]
    (tmp_path / ".citeaudit.toml").write_text('allow = ["Robers"]\n', encoding="utf-8")
    found = json.loads(CliRunner().invoke(cli, run).stdout)["files"][0]["findings"]
    assert found == []


def test_a_name_may_break_at_a_line_end_not_at_a_paragraph():
    from citeaudit.attribute import name_index

    names = name_index("By Lena Fischer\n\nNorvel Semiconductor cut its forecast. Sen. Chuck\nSchumer spoke.\n")
    assert "Norvel" not in names  # no "Fischer Norvel"
    assert [pair.split() for _, pair in names["Schumer"]] == [["Chuck", "Schumer"]]


def test_a_known_name_right_after_a_similar_name_in_full_is_flagged_where_it_stands_alone(auditor):
    text = ("Council President Maria Gonzalez said the budget was balanced. Gonzales added that no layoffs were "
            "planned. Gonzalez said the vote was close.\n")
    assert [(w, fix) for w, fix, _ in names(auditor, text)] == [("Gonzales", "Gonzalez")]


@pytest.mark.parametrize("text", [
    # far from the name in full; with a first name of its own; a people's name
    "Maria Gonzalez spoke. Gonzalez left. The vote came. The hall emptied. Nobody stayed. Gonzales said no.\n",
    "Maria Gonzalez spoke. Gonzalez left. Luis Gonzales, her rival, said no.\n",
    "California voted. Sanders lost California. The average age of white Californians was 44.\n",
])
def test_a_known_name_far_from_the_name_or_with_a_first_name_of_its_own_is_left_alone(auditor, text):
    assert names(auditor, text) == []
