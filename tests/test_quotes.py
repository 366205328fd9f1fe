"""Quotes on articles written for these tests: who said what, with the real pipeline."""

from __future__ import annotations

import json

import pytest

from factcli.facts.quotemarks import quoted_runs
from tests.conftest import run_factcli


def _quotes(extract, text):
    facts = extract(text)
    for q in facts.quotes:
        assert text[q.start:q.end] == q.text
        for m in (q.cue, q.speaker_mention):
            assert m is None or text[m.start:m.end] == m.text
    return facts, [(q.kind, q.speaker, q.text) for q in facts.quotes]


def test_direct_quotes_with_the_cue_after_before_and_in_the_middle(extract):
    text = ('Council leader Mary Jones spoke after the vote on Tuesday.\n\n'
            '"We will fight this decision," she said, "and we will win in the end."\n\n'
            'Ms Jones added: "Nobody in this town asked for a new road."')
    facts, quotes = _quotes(extract, text)
    assert quotes == [("direct", "Mary Jones", "We will fight this decision,"),
                      ("direct", "Mary Jones", "and we will win in the end."),
                      ("direct", "Mary Jones", "Nobody in this town asked for a new road.")]
    assert [q.cue.text for q in facts.quotes] == ["said", "said", "added"]
    assert facts.quotes[0].speaker_mention.text == "she"
    assert [p.quotes for p in facts.people if p.name == "Mary Jones"] == [3]


def test_a_quote_over_paragraphs_and_a_quoted_paragraph_without_a_cue(extract):
    text = ('Dr Sarah Okafor, a doctor at St Mary\'s Hospital, said: "The numbers are rising every week.\n\n'
            '"We have never seen anything like it before."\n\n'
            'The hospital opened a new ward on Friday.\n\n'
            '"It is still not enough for the winter," she said.')
    _, quotes = _quotes(extract, text)
    assert quotes == [("direct", "Sarah Okafor", "The numbers are rising every week."),
                      ("direct", "Sarah Okafor", "We have never seen anything like it before."),
                      ("direct", "Sarah Okafor", "It is still not enough for the winter,")]


def test_indirect_and_mixed_speech_and_according_to(extract):
    text = ('Health Secretary Alan Reid visited the hospital on Monday.\n\n'
            'The health secretary said the wards were too full. According to Mr Reid, the trust had lost 40 '
            'nurses this year. He told the BBC he would stay in the post. Mr Reid said the plan was "a failure".')
    _, quotes = _quotes(extract, text)
    assert quotes == [("indirect", "Alan Reid", "the wards were too full"),
                      ("indirect", "Alan Reid", "the trust had lost 40 nurses this year"),
                      ("indirect", "Alan Reid", "he would stay in the post"),
                      ("mixed", "Alan Reid", 'the plan was "a failure')]


def test_organisations_speak_as_one_but_unnamed_sources_and_a_persons_spokesman_do_not(extract):
    text = ('The Home Office said it would review the policy. A Home Office spokesman said the rules were '
            'clear.\n\nTony Blair was not at the meeting. A spokesman for Mr Blair said he had no comment. '
            'Officials said the bridge would reopen next month.')
    _, quotes = _quotes(extract, text)
    assert [(k, s) for k, s, _ in quotes] == [("indirect", "Home Office"), ("indirect", "Home Office"),
                                              ("indirect", None), ("indirect", None)]


def test_not_quotes_scare_quotes_titles_short_phrases_and_beliefs(extract):
    text = ('The council showed the film "Gone With the Wind" in the park. Its "green" plan was cheap.\n\n'
            'Mayor Ann Cole believes the town will grow. She thinks the park is "a real success story".')
    _, quotes = _quotes(extract, text)
    assert quotes == []


def test_single_quotes_as_quotation_marks_and_apostrophes(extract):
    text = ("The corner shop was closed on Monday. 'We are not going anywhere at all,' owner Raj Patel said. "
            "The Smiths' house next door wasn't damaged.")
    _, quotes = _quotes(extract, text)
    assert quotes == [("direct", "Raj Patel", "We are not going anywhere at all,")]


@pytest.mark.parametrize("text", [
    '"An unpaired mark opens this paragraph and never closes it.\n\nJohn Smith said the plan was good.',
    'He said ” backwards “ marks ” and " straight " ones " here " and \' there.',
    '"""""" \'\'\' ‘’‘’ “““ ”””',
    '“Nested ‘single quotes inside’ a double quote,” she said.',
])
def test_marks_that_do_not_pair_up_cost_at_most_their_paragraph(extract, text):
    _, quotes = _quotes(extract, text)
    if text.startswith('"An unpaired'):
        assert ("indirect", "John Smith", "the plan was good") in quotes


def test_quoted_runs_pair_curly_straight_and_single_marks():
    text = ('He said: "The Lyric is good. "It gave me a start." ‘This one is single quoted,’ and '
            "don't pair the apostrophe in Smiths' house.")
    assert [text[r.start:r.end] for r in quoted_runs(text)] == [
        "The Lyric is good.", "It gave me a start.", "This one is single quoted,"]


def test_single_quotes_carried_over_paragraphs_as_wires_write_them(extract):
    text = ("A spokeswoman for the mayor, Ada Lund, said: ‘The meeting lasted two hours.\n\n"
            "‘The mayor told the chief how angry he is with the force and its failures.\n\n"
            "‘He wants a plan by the end of the month.’\n\n"
            "The relay team stole Jamaica\n's thunder in the final.")
    assert [text[r.start:r.end] for r in quoted_runs(text)] == [
        "The mayor told the chief how angry he is with the force and its failures.",
        "He wants a plan by the end of the month."]  # not "s thunder ..."
    _, quotes = _quotes(extract, text)
    assert [q[1:] for q in quotes][1:] == [
        ("Ada Lund", "The mayor told the chief how angry he is with the force and its failures."),
        ("Ada Lund", "He wants a plan by the end of the month.")]


def test_quotes_in_every_output_and_the_jq_ranking(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Council leader Mary Jones said the budget was wrong.\n\n'
                       '"We will fight this decision," she said.', encoding="utf-8")
    done = run_factcli("extract", article, "--only", "quotes", "--json")
    record = json.loads(done.stdout)
    assert set(record) >= {"quotes"} and "people" not in record
    assert [(q["speaker"], q["kind"], q["cue"]["text"]) for q in record["quotes"]] == [
        ("Mary Jones", "indirect", "said"), ("Mary Jones", "direct", "said")]
    people = json.loads(run_factcli("extract", article, "--json").stdout)["people"]
    assert [(p["name"], p["quotes"]) for p in people] == [("Mary Jones", 2)]
    rows = [json.loads(line) for line in run_factcli("extract", article, "-f", "flat-jsonl", "--only", "quotes")
            .stdout.splitlines()]
    assert [(r["kind"], r["name"], r["value"], r["title"]) for r in rows] == [
        ("quote", "Mary Jones", "indirect", "said"), ("quote", "Mary Jones", "direct", "said")]
    table = run_factcli("extract", article, "--only", "quotes", "-f", "table").stdout
    assert "Quotes" in table and "Mary Jones" in table


def test_a_pronoun_takes_the_person_its_first_name_agrees_with(extract):
    # no honorific: en_core_web_md's word vectors put "Margaret" nearer she/woman than he/man
    text = ("Margaret Oduya, a nurse, met Peter Hollis, a builder, at the hearing on Monday. "
            "Mr Hollis spoke first. She said the ward had been closed for a month.")
    _, quotes = _quotes(extract, text)
    assert quotes == [("indirect", "Margaret Oduya", "the ward had been closed for a month")]


def test_nothing_said_is_not_a_quote(extract):
    text = ("The minister Joan Tate declined to say when the plan would start. She did not say who would pay. "
            "Tepid wages suggested the bank would not raise rates. Reporters could not pin him down on what "
            "he proposes to do about it.")
    _, quotes = _quotes(extract, text)
    assert quotes == []


def test_speakers_named_through_their_role_an_aside_or_after_the_quote(extract):
    text = ('Flooding closed the bypass for a week.\n\n'
            '"The losers in this new plan will be some of the poorest families in towns such as Rhyl, Prestatyn '
            'and Abergele," Owen Rees, Flood Action\'s head of Campaigns, said. "They will be hard-pressed to cope."'
            '\n\n"Heartbroken and numb," writes Parry\'s longtime friend Tomas Hale on Instagram. "I have lost not '
            'only a home but a town!"\n\n'
            'Flood warden and Green councillor Ann Bevan said the pumps had failed.')
    facts, quotes = _quotes(extract, text)
    assert [speaker for _, speaker, _ in quotes] == ["Owen Rees", "Owen Rees", "Tomas Hale", "Tomas Hale",
                                                     "Ann Bevan"]
    assert quotes[2][2] == "Heartbroken and numb," and quotes[4][2] == "the pumps had failed"
    # the quoted word is not the subject, the possessor is not the writer, the role names the speaker
    assert [q.speaker_mention.text for q in facts.quotes[2:]] == ["Tomas Hale", "Tomas Hale", "Flood warden"]


def test_a_question_put_to_someone_is_not_their_quote_but_a_description_by_them_is(extract):
    text = ("Asked whether the mine would close, Ruth Calder said the owners had not decided. "
            "The valley's newest seam, described by Ms Calder as \"the best coal left in Wales\", "
            "opened last year.")
    _, quotes = _quotes(extract, text)
    assert [speaker for _, speaker, _ in quotes] == ["Ruth Calder", "Ruth Calder"]
    assert quotes[0][2] == "the owners had not decided" and "the best coal left in Wales" in quotes[1][2]


def test_a_document_speaks_for_its_author_and_a_vice_president_is_not_the_president(extract):
    text = ("President Ana Ruiz and former Vice President Tom Berg met on Monday. Mr Berg left early. "
            "The president vowed to keep fighting the ruling in court.\n\n"
            "The minister accepted the apology, according to a statement by the Government Spokesperson "
            "Lina Marsh.")
    _, quotes = _quotes(extract, text)
    assert [(speaker, words) for _, speaker, words in quotes] == [
        ("Ana Ruiz", "to keep fighting the ruling in court"), ("Lina Marsh", "The minister accepted the apology")]


def test_a_spokesman_for_someone_named_in_an_aside_speaks_for_nobody_named(extract):
    text = ("A spokesman for the committee's incoming chairman, Representative Adam Schiff, said sending the "
            "transcripts would not be a referral. The Shadow Secretary for Health, Jane Morton, said the plan "
            "would fail.")
    _, quotes = _quotes(extract, text)
    assert [(speaker, words) for _, speaker, words in quotes] == [
        (None, "sending the transcripts would not be a referral"), ("Jane Morton", "the plan would fail")]


def test_a_name_coordinated_with_the_subject_speaks(extract):
    text = "Businessman and Trump loyalist Stephen Schwarzman said the president should accept the outcome."
    assert [q[1] for q in _quotes(extract, text)[1]] == ["Stephen Schwarzman"]


def test_a_name_inside_a_modifiers_phrase_does_not_speak(extract):
    text = ("Sadiq Khan met the commissioner on Monday. A source close to Mr Khan said the meeting went badly. "
            "Sources familiar with Mr Khan's thinking said he was angry.")
    assert [q[1] for q in _quotes(extract, text)[1]] == [None, None]


def test_a_work_taken_for_a_second_subject_does_not_speak(extract):
    text = ("Liam Neeson backed the theatre's appeal on Monday.\n\nThe Oscar-nominated actor, whose films include "
            "Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said: \"The Lyric is too "
            "important to the cultural life of Belfast to lose.\"")
    assert [q[1] for q in _quotes(extract, text)[1]] == ["Liam Neeson"]


def test_it_is_the_body_named_as_subject_just_before_unless_one_was_just_quoted(extract):
    text = ("The Beijing News said the company may choose to pay a fine.\n\nOnly 22 projects have complied. "
            "The China Three Gorges Project Corp could now face a fine. Last week, it denied that its projects "
            "broke the rules.\n\nThe Home Office said the rules were clear. It added that it would act.")
    assert [q[1] for q in _quotes(extract, text)[1]] == [
        "Beijing News", "China Three Gorges Project Corp", "Home Office", "Home Office"]


def test_a_bodys_name_in_lower_case_speaks_as_the_body(extract):
    text = ("Amazon Web Services hosts the data of Amazon and Netflix.\n\nAmazon Web services said they "
            "would investigate what else could be done.")
    facts, quotes = _quotes(extract, text)
    assert {"Amazon", "Amazon Web Services"} <= {o.name for o in facts.organisations}
    assert [q[1] for q in quotes] == ["Amazon Web Services"]
