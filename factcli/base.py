"""What every stage shares and nothing else: the error base class and the reference date
as a value. Imports nothing from factcli, so any stage may import it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class FactcliError(Exception):
    """An error a user sees as one line (bad input, a pipeline that cannot load, a cluster
    that cannot be reached); never a traceback."""


class DateSource(StrEnum):
    """Where an article's reference date came from (the JSON's `reference_date_source`)."""

    OPTION = "option"  # --date or --force-date
    RECORD = "record"  # a records file's date field
    HTML = "html"  # an HTML page's metadata
    DATELINE = "dateline"  # a date alone at the top of the text
    FILENAME = "filename"  # a date starting the file's name


@dataclass(frozen=True)
class RefDate:
    """The date relative dates resolve against, and where it came from. `forced` marks
    --force-date, which wins over what the article says."""

    value: date
    source: DateSource
    forced: bool = False

    @property
    def iso(self) -> str:
        return self.value.isoformat()
