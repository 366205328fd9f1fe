"""From a processed Doc to an ArticleFacts result: every kind in the fact-kind table
(facts/kinds.py), extracted from one shared Extraction. Plain functions; no I/O."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from factcli.base import RefDate
from factcli.facts.context import Extraction
from factcli.facts.kinds import KINDS
from factcli.facts.refdate import as_ref, reference_date
from factcli.facts.results import ArticleFacts, ModelInfo
from factcli.nlp.doctext import doc_text


def model_info(nlp: Language) -> ModelInfo:
    meta = nlp.meta
    return ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
                     version=str(meta.get("version", "0.0.0")))


def extract_facts(doc: Doc, source: str, model: ModelInfo, given: RefDate | date | None = None,
                  metadata: RefDate | None = None) -> ArticleFacts:
    """All facts of one article, from a Doc processed by factcli's pipeline. The reference
    date comes from `given` (--date; a forced RefDate for --force-date), `metadata` (a
    record's or page's date) and the text, as `refdate.reference_date` says."""
    ref = reference_date(doc_text(doc), source, as_ref(given), metadata)
    found = Extraction(doc, ref)
    return ArticleFacts(
        source=source,
        reference_date=ref.iso if ref else None,
        reference_date_source=ref.source.value if ref else None,
        model=model,
        **{kind.key: kind.extract(found) for kind in KINDS},
        text=found.text,
        sentences=([(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START")
                   else [(0, len(found.text))]),
    )
