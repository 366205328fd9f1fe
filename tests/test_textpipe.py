"""Long texts are processed in pieces and joined back into one Doc."""

from __future__ import annotations

from factcli.nlp.textpipe import batches, pipe_texts, split_text

PARAGRAPH = ("Councillor Maria Lopez said on Tuesday that the Eastford Water Board had repaired "
             "14 pumps since March. The board's chief engineer, Tom Reid, agreed.")


def test_split_text_joins_back_and_cuts_at_paragraphs():
    text = "\n\n".join([PARAGRAPH] * 40)
    pieces = split_text(text, 1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_split_text_without_breaks_still_bounded():
    text = "word " * 3000
    pieces = split_text(text, 500)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 500


def test_batches_bound_count_and_total():
    runs = list(batches([5, 5, 5, 30, 1, 1], 2, 12, lambda n: n))
    assert runs == [[5, 5], [5], [30], [1, 1]]


def test_long_text_gives_the_same_doc_as_one_piece(nlp):
    text = "\n\n".join(f"{PARAGRAPH} Item {i}." for i in range(30))
    whole = nlp(text)
    joined = next(pipe_texts(nlp, [text], max_piece=700))
    assert joined.text == text
    assert [t.text for t in joined] == [t.text for t in whole]
    # the recogniser sees a few tokens of context: an entity at the start of a piece may
    # differ ("Councillor Maria Lopez" against "Maria Lopez"); everywhere else they agree
    cuts = {len("".join(split_text(text, 700)[:k])) for k in range(1, len(split_text(text, 700)))}

    def away_from_cuts(doc):
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents
                if not any(0 <= e.start_char - cut < 40 for cut in cuts)]
    assert len(cuts) >= 5 and away_from_cuts(joined) == away_from_cuts(whole)
    assert len(joined.ents) == len(whole.ents)
    assert [s.text for s in joined.spans["dates"]] == [s.text for s in whole.spans["dates"]]


def test_texts_keep_their_order(nlp):
    texts = ["Short one about Eastford.", "\n\n".join([PARAGRAPH] * 20), "", "Another short one."]
    docs = list(pipe_texts(nlp, texts, max_piece=500))
    assert [d.text for d in docs] == texts
