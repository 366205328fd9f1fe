"""Role rules on short texts written for these tests, with the real model."""

from __future__ import annotations


def roles_of(extract, text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(r.title, r.organisation) for r in p.roles] for p in extract(text).people}


def test_two_titles_joined_by_and(extract):
    text = "But committee member and Labour councillor Hannah Ogden said the vote was rushed."
    roles = roles_of(extract, text)["Hannah Ogden"]
    assert ("committee member", None) in roles
    assert ("councillor", "Labour") in roles


def test_role_stated_by_a_verb(extract):
    text = ("Ruth Adeyemi, who chairs the Commons transport committee, said the plan was late. "
            "The Commons Transport Committee will report in June.")
    roles = roles_of(extract, text)["Ruth Adeyemi"]
    assert roles and roles[0][0] == "chair of the Commons transport committee"
    assert roles[0][1] == "Commons Transport Committee"


def test_title_of_a_place_before_a_comma(extract):
    text = "Mourners and the Archbishop of Leeds, Martin Carvel, gathered outside the cathedral."
    assert "Archbishop of Leeds" in [t for t, _ in roles_of(extract, text)["Martin Carvel"]]


def test_a_list_of_people_gives_no_one_the_others_names(extract):
    text = ("The film showed a row between Mr Dunmore, MEP Alan Pryce and party leader Joan Webb "
            "about the leadership.")
    roles = roles_of(extract, text)
    assert all("Pryce" not in title for title, _ in roles.get("Joan Webb", []))
    assert [t for t, _ in roles.get("Joan Webb", [])] == ["party leader"]


def test_acronym_in_a_title_links_the_organisation(extract):
    text = ("The Rail Safety Agency (RSA) said on Monday its head would step down. Tom Ferris, "
            "the RSA chief, said the decision was his own.")
    roles = roles_of(extract, text)["Tom Ferris"]
    assert roles == [("chief", "Rail Safety Agency")]


def test_apposition_must_be_headed_by_a_title(extract):
    text = ("Investigators questioned Daniel Reyes, not an investigation of the president, "
            "and later spoke to Sarah Collins, the head of the inquiry, on Friday.")
    roles = roles_of(extract, text)
    assert roles.get("Daniel Reyes") == []
    assert [t for t, _ in roles["Sarah Collins"]] == ["head of the inquiry"]
