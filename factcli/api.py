"""The Python API for notebooks and scripts: the same extraction as the CLI, typed results."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from factcli.facts.results import ArticleFacts

if TYPE_CHECKING:
    import pandas


@dataclass(frozen=True)
class ArticleError:
    """An input that could not be read or extracted, and why (one line)."""

    source: str
    error: str


def _as_date(value: Any, name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from factcli.facts.refdate import parse_iso_date

        try:
            return parse_iso_date(value)
        except ValueError as e:
            raise ValueError(f"{name}: {e}") from None
    raise TypeError(f"{name} must be a str (YYYY-MM-DD), date or datetime, not {type(value).__name__}")


@lru_cache(maxsize=2)
def _pipeline(model: str | None):
    from factcli.facts.extract import model_info
    from factcli.run.pipeline import load

    nlp = load(model)
    return nlp, model_info(nlp)


def extract_text(text: str, date: str | date | datetime | None = None, source: str | None = None,
                 model: str | None = None, force_date: bool = False) -> ArticleFacts:
    """Facts of one article given as text. `date` is the reference date for relative
    dates when the text has no dateline (with `force_date`, it wins anyway)."""
    from factcli.facts.refdate import as_ref
    from factcli.inputs.article import Article
    from factcli.run.articles import article_facts

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"source must be a str, not {type(source).__name__}")
    ref = as_ref(_as_date(date, "date"), forced=force_date)
    nlp, info = _pipeline(model)
    facts = next(article_facts(nlp, [Article(source or "<text>", text)], info, ref))
    if isinstance(facts, Exception):
        raise facts
    return facts


def extract_files(paths: str | os.PathLike | Iterable[str | os.PathLike], workers: int = 0,
                  date: str | date | datetime | None = None, model: str | None = None,
                  force_date: bool = False, text_field: str = "text", date_field: str | None = None,
                  id_field: str | None = None, input_format: str | None = None,
                  glob: Iterable[str] = (), exclude: Iterable[str] = (), follow_links: bool = False
                  ) -> Iterator[ArticleFacts | ArticleError]:
    """Facts of many articles (files, folders, records files), in input order, on worker
    processes as `factcli extract` runs them; an unusable input gives an ArticleError.
    `input_format` reads every input as that kind (text, markdown, html, jsonl, csv, tsv);
    `glob`, `exclude` and `follow_links` choose what a folder walk reads, as the CLI's options."""
    from factcli.facts.refdate import as_ref
    from factcli.inputs.folders import FolderWalk
    from factcli.inputs.kinds import BY_NAME
    from factcli.inputs.reader import expand_paths, inputs_of
    from factcli.inputs.records import RecordFields
    from factcli.run.workers import Job, run_batch, worker_cap

    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    if not isinstance(workers, int) or workers < 0:
        raise TypeError("workers must be an int >= 0 (0: all cores)")
    if input_format is not None and input_format not in BY_NAME:
        raise ValueError(f"input_format must be one of {', '.join(BY_NAME)}")
    job = Job(model, as_ref(_as_date(date, "date"), forced=force_date), None, input_format)  # no renderer
    if isinstance(glob, str) or isinstance(exclude, str):
        raise TypeError("glob and exclude must be lists of patterns, not a str")
    how = FolderWalk(tuple(glob), tuple(exclude), follow_links)
    items = inputs_of(expand_paths(paths, how), RecordFields(text_field, date_field, id_field), input_format)
    with contextlib.closing(run_batch(items, job, worker_cap(workers, len(items)))) as records:
        for record in records:  # (closing: a caller that stops early stops the workers too)
            yield record.text if record.ok else ArticleError(record.source, record.text)


def to_frame(results: ArticleFacts | ArticleError | Iterable[ArticleFacts | ArticleError | dict],
             kind: str | None = None) -> pandas.DataFrame:
    """A pandas DataFrame in the flat schema (one row per fact, the CSV columns); `kind`
    keeps some kinds ("roles", "people,dates"). Needs pandas (pip install factcli[pandas])."""
    try:
        import pandas
    except ImportError:
        raise ImportError("to_frame needs pandas: pip install 'factcli[pandas]'") from None
    from factcli.facts.kinds import parse_kinds
    from factcli.outputs import flat

    kinds = parse_kinds(kind) if kind is not None else None
    if isinstance(results, ArticleFacts | ArticleError | dict):
        results = [results]
    rows: list[dict] = []
    for r in results:
        if isinstance(r, dict):
            r = ArticleError(r["source"], r["error"]) if "error" in r else ArticleFacts.from_dict(r)
        if isinstance(r, ArticleError):
            if kinds is None:
                rows.append(flat.error_row(r.source, r.error))
        elif isinstance(r, ArticleFacts):
            rows.extend(flat.rows(r, kinds))
        else:
            raise TypeError(f"to_frame takes ArticleFacts, ArticleError or dicts, not {type(r).__name__}")
    return pandas.DataFrame(rows, columns=list(flat.COLUMNS))
