"""The sentence component: boundaries at line breaks and after sentence-final
punctuation, with straight quotes told apart by the spacing around them."""

from __future__ import annotations


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_quotes_stay_with_their_sentence(nlp):
    text = 'The council met on Monday. "It is fine." She agreed. He said: "No." Then it rained.'
    assert _sentences(nlp, text) == [
        "The council met on Monday.", '"It is fine."', "She agreed.", 'He said: "No."', "Then it rained.",
    ]


def test_a_line_break_ends_a_headline(nlp):
    text = "Flood defences delayed\n\nCouncillors in Eastford voted on Tuesday to delay the scheme."
    assert _sentences(nlp, text) == [
        "Flood defences delayed", "Councillors in Eastford voted on Tuesday to delay the scheme.",
    ]


def test_abbreviation_before_a_lower_case_word_does_not_split(nlp):
    text = "Talks with the U.S. government ended. Prices rose 3 p.c. overnight."
    assert _sentences(nlp, text) == ["Talks with the U.S. government ended.", "Prices rose 3 p.c. overnight."]


def test_long_article_keeps_every_boundary(nlp):
    # many sentences in one Doc: boundaries are set in one pass, not token by token
    text = " ".join(f"Sentence number {i} is here." for i in range(400))
    assert len(_sentences(nlp, text)) == 400


def test_two_spaces_after_a_full_stop_still_end_the_sentence(nlp):
    doc = nlp("The poster was put up in the hall.  At the meeting, Ravi Shah said the plan would fail.  "
              "Mr.  Shah left at noon.")
    assert [s.text.strip() for s in doc.sents] == [
        "The poster was put up in the hall.", "At the meeting, Ravi Shah said the plan would fail.",
        "Mr.  Shah left at noon."]
