"""Sources and evidence: every fact in a scenario points at a passage of a document or is an
explicit assumption with its reason."""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import AfterValidator, Field, HttpUrl, StringConstraints, TypeAdapter, model_validator

from accord.model.base import OneLine, Record, RecordId, Text, rule_error
from accord.model.dates import PartialDate

_HTTP_URL = TypeAdapter(HttpUrl)


def _checked_url(value: str) -> str:
    """Validate as an http(s) URL but keep the text as written (no punycode, no re-encoding)."""
    _HTTP_URL.validate_python(value)
    return value


Url = Annotated[str, AfterValidator(_checked_url)]


class Document(Record):
    """A source document that evidence points into, identified by `id`.

    A document held locally (a seed article, a news-store text) has its `length` and `sha256`,
    and evidence cites character spans of it. A public report cited by its address only (a web
    page whose text accord does not hold) has `outlet`, `url` and `published` but no `length`;
    evidence citing it gives a paraphrase without a span.
    """

    id: RecordId
    title: Text
    outlet: Text | None = None
    url: Url | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "de"
    published: PartialDate | None = None
    published_basis: OneLine | None = None
    length: Annotated[int, Field(ge=0)] | None = None
    """Length of the document text in characters, when accord holds the text; evidence spans must
    lie inside it. None for a report cited by outlet, URL and date only."""
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    """SHA-256 of the UTF-8 text, so a reader can check that a local copy is the one cited."""


class Evidence(Record):
    """Why a fact is believed: a document (with a character span where accord holds its text) and
    a paraphrase in our words, or an assumption with its reason.

    `span` is `[start, end)` in characters (Python string indices) of the document's text; it is
    required for documents with a `length` (checked across records, see `accord.model.checks`).
    `date` is when the reported statement or event took place, where the source says so.
    """

    doc: RecordId | None = None
    span: tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]] | None = None
    paraphrase: OneLine | None = None
    date: PartialDate | None = None
    assumption: OneLine | None = None

    @model_validator(mode="after")
    def _source_or_assumption(self) -> Self:
        if self.span is not None and self.span[0] >= self.span[1]:
            raise rule_error(f"span [{self.span[0]}, {self.span[1]}]",
                             "a span [start, end] with start < end", "correct the character offsets")
        if self.assumption is not None:
            return self
        missing = [n for n in ("doc", "paraphrase") if getattr(self, n) is None]
        if missing:
            raise rule_error(f"evidence without {', '.join(missing)}",
                             "doc, span and paraphrase (no span for a document cited by URL "
                             "only), or `assumption: <why>`",
                             "cite the passage or state the assumption and its reason")
        return self

    @property
    def is_assumption(self) -> bool:
        return self.assumption is not None

    def describe(self) -> str:
        """One line for reports: the document and span, or the assumption."""
        if self.assumption is not None:
            return f"assumption: {self.assumption}"
        if self.span is None:
            return f"{self.doc} {self.paraphrase}"
        return f"{self.doc}[{self.span[0]}:{self.span[1]}] {self.paraphrase}"


EvidenceList = Annotated[list[Evidence], Field(min_length=1)]
"""At least one piece of evidence."""
