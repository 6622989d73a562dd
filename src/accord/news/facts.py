"""What extraction produces: mentions, dated events, stances and figures, each with the character
span `[start, end)` of the normalised document text that is its evidence."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RULES_REVISION = 2
"""Bumped by hand when extraction changes in a way the rule files below do not show (a new
dependency's behaviour, a change outside these files)."""
RULE_FILES = ("data/patterns.yaml", "data/gazetteer.yaml", "normalise.py", "dates.py", "tense.py",
              "numbers.py", "number_words.py", "number_units.py", "number_exclusions.py", "entities.py",
              "gazetteer.py", "events/__init__.py", "events/common.py", "events/event_places.py",
              "events/event_dates.py", "events/event_records.py", "events/intents.py",
              "events/no_step.py", "events/announced_steps.py", "events/announced_before.py",
              "events/present_tense.py",
              "events/rounds.py", "events/told_again.py", "events/summits.py",
              "events/context.py", "events/plans.py",
              "events/postponements.py", "events/claimants.py", "events/attacks.py",
              "events/disputes.py", "events/claims.py", "events/pledges.py",
              "events/agreement_exchanges.py", "events/agreed_steps.py", "events/agreements.py",
              "events/unilateral_steps.py",
              "events/learned.py", "events/passes.py", "events/walk.py", "events/claim_rules.py",
              "events/deal_rules.py", "events/pledge_rules.py", "events/cascade.py",
              "stances.py", "stance_owners.py", "stance_territory.py", "stance_holders.py", "stance_cues.py",
              "stance_clauses.py", "stance_frames.py", "stance_relative.py", "extract.py",
              "facts.py", "lemmas.py", "kinds.py", "data/cues.yaml", "data/cue_exclusions.yaml",
              "data/event_model.json", "bounds.py", "prefilter.py")
"""Package files of `accord.news` whose contents decide what extraction produces (the event
rules in the order of `accord.news.events.MODULES`)."""


def rules_hash(files: tuple[str, ...] = RULE_FILES, root: Path | None = None) -> str:
    """SHA-256 (first 12 hex digits) over the names and bytes of the rule files, read from the
    installed `accord.news` package (or from the folder `root`); a missing file counts as
    empty, so adding or removing one changes the hash too."""
    digest = hashlib.sha256()
    for name in files:
        if root is not None:
            path = root / name
            data = path.read_bytes() if path.is_file() else b""
        else:
            from importlib.resources import files as package_files

            node = package_files("accord.news")
            for part in name.split("/"):
                node = node.joinpath(part)
            data = node.read_bytes() if node.is_file() else b""
        digest.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return digest.hexdigest()[:12]


def extractor_version(files: tuple[str, ...] = RULE_FILES) -> str:
    """`RULES_REVISION` plus the hash of the rule files, e.g. '2-1a2b3c4d5e6f'."""
    return f"{RULES_REVISION}-{rules_hash(files)}"


EXTRACTOR_VERSION = extractor_version()
"""Changes whenever the rules change (patterns, gazetteer, extraction code) or `RULES_REVISION`
is bumped; the store re-extracts documents made by another version on the next ingest."""


@dataclass
class Mention:
    """A name in the text resolved to a person, place or actor (`entity`) and, where known, the
    actor it speaks for (`actor`: a person's actor through the office held at the article date,
    a metonym's actor: Kreml -> RUS)."""

    start: int
    end: int
    surface: str
    kind: str  # person | place | actor
    entity: str
    actor: str | None = None


@dataclass
class Figure:
    """A stated quantity: value in the unit named, with its hedge (about, up_to, more_than, ...)."""

    start: int
    end: int
    value: float
    unit: str
    hedge: str = "exact"
    per_side: bool | None = None
    text: str = ""


@dataclass
class NewsEvent:
    """A dated occurrence (round, partial agreement, postponement, pledge, claim, poll,
    statement of intent) coded with its PLOVER event type and CAMEO code."""

    start: int
    end: int
    kind: str
    date_start: str | None = None
    date_end: str | None = None
    date_basis: str | None = None
    place: str | None = None
    venue: str | None = None
    parties: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)
    duration_minutes: int | None = None
    outcome: str | None = None
    topic: str | None = None
    quantity: float | None = None
    unit: str | None = None
    per_side: bool | None = None
    moved_from: str | None = None
    plover: str | None = None
    cameo: str | None = None
    claim: str | None = None
    """For a claim: what is asserted (capture, control, violation, compliance, accusation,
    denial); `parties` is the claimant, `against` the side accused or contradicted."""
    against: list[str] = field(default_factory=list)
    cue: str | None = None
    """Why the event was extracted: the rule or the cue families and model weights that decided."""
    evidence: list[tuple[int, int]] = field(default_factory=list)
    """Every sentence the event was read from, as `[start, end)` spans in text order, without
    repeats: the main sentence (`start`, `end`) and those that told it again or went on with it
    (a headline and the body, a round continued, an agreement restated), added by the passes
    that merge records (`told_in`, `absorb`)."""

    def __post_init__(self) -> None:
        spans = {(int(a), int(b)) for a, b in self.evidence} | {(self.start, self.end)}
        self.evidence = sorted(spans)

    def told_in(self, start: int, end: int) -> None:
        """Add the sentence `[start, end)` to the event's evidence (kept sorted, no repeats)."""
        if (start, end) not in self.evidence:
            self.evidence = sorted([*self.evidence, (start, end)])

    def absorb(self, other: NewsEvent) -> None:
        """Add every sentence `other` was read from: it is this event told again."""
        for start, end in other.evidence:
            self.told_in(start, end)

    @property
    def last_end(self) -> int:
        """Where the last sentence the event was read from ends."""
        return max(end for _, end in self.evidence)


@dataclass
class Stance:
    """An actor's position on an issue in one sentence: demand, reject, accept, support, propose
    or conditional; `option` where the text makes it clear; `red_line` for absolute refusals;
    `reported` when it comes as reported speech (Konjunktiv I, "so X", "laut X")."""

    start: int
    end: int
    actor: str
    issue: str
    polarity: str
    option: str | float | None = None
    red_line: bool = False
    speaker: str | None = None
    date: str | None = None
    reported: bool = False
    cue: str = ""


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc: str
    language: str
    published: str | None
    mentions: list[Mention] = field(default_factory=list)
    events: list[NewsEvent] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
