"""Person rules on short texts written for these tests, with the real model."""

from __future__ import annotations


def names(extract, text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def test_hyphenated_surname_is_one_word(extract):
    text = ("Former presenter Joanna Pike-Riley joined the party in May. "
            "Ms Pike-Riley said she wanted to change things.")
    found = names(extract, text)
    assert "Joanna Pike-Riley" in found
    assert not any(" - " in n for n in found)
    assert len([n for n in found if "Pike" in n]) == 1


def test_parties_acronyms_and_titles_are_not_people(extract):
    text = ("Ex-Labour councillor Dev Rana spoke first. Lib Dem leader Sara Holt said the "
            "Mayor had failed. BA and UKIP declined to comment.")
    found = names(extract, text)
    assert not {"Lib Dem", "Ex-Labour", "Ex - Labour", "Mayor", "BA", "UKIP"} & set(found)
    assert "Sara Holt" in found


def test_name_inside_a_title_entity(extract):
    text = "But committee member and Tory MP Glen Hartwell said he was amazed by the delay."
    people = extract(text).people
    assert [p.name for p in people] == ["Glen Hartwell"]


def test_a_title_alone_is_not_a_person(extract):
    text = "The Shadow Secretary of State for Transport, Kate Orme, said the plan was late."
    found = names(extract, text)
    assert "Shadow Secretary" not in found and "Kate Orme" in found


def test_operation_names_and_ranks(extract):
    text = ("Operation Nightjar began in May. Detective Chief Superintendent Ruth Colley said "
            "the gang was large. Det Supt Colley added that arrests would follow.")
    people = extract(text).people
    assert not any(p.name.startswith("Operation") for p in people)
    colley = [p for p in people if "Colley" in p.name]
    assert len(colley) == 1 and colley[0].name == "Ruth Colley"
