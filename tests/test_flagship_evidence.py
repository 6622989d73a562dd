"""The flagship scenario's evidence, checked against the seed articles and the cited reports.

Every held document (one with a `length`) must be the seed file it names, every span must lie
inside its document, and every span must plausibly say what it is cited for. Every other document
is a public report with outlet, title, URL and date, and every fact beyond the seeds cites one.
"Plausibly" is decided by rules derived from the scenario itself (names, aliases and keywords it
declares), not by lists kept in this test:

- an office span names the person;
- an event span names its place, a party, a mediator or a participant, and the event's spans
  together contain every quantity as German text writes it (1000 or 1.000, 51,4, 800.000), or
  the paraphrase of a cited report states it (1000 or 1,000, 4.5);
- a position span names the actor (or a member, or a person holding an office for it) and a
  keyword of the issue or of one of its options;
- a cross-issue red line or reservation span names its actor;
- a proposal span contains a keyword of an issue in the package (of its own issue in
  `evidence_by_issue`), and some span of the proposal names an author.

A passage that states a joint act without naming the actor (a declaration's text, an exchange
"on both sides") counts as naming it when an event with that actor as party, or a proposal with
that actor as author, cites the same passage; those records are checked in their own right.
Matching ignores case; a name or keyword of four or more characters also matches as the start of
a longer word (German inflection: Russland/Russlands, ukrainisch/ukrainischen).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

import accord
from accord.model import Event, Evidence, Person, Position, Proposal, Scenario
from accord.model.problems import format_loc

# -- matching -----------------------------------------------------------------------------------


@cache
def _pattern(forms: frozenset[str]) -> re.Pattern[str]:
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        word = re.escape(form.casefold())
        parts.append(rf"(?<!\w){word}" + ("" if len(form) >= 4 else r"(?!\w)"))
    return re.compile("|".join(parts))


def mentions(text: str, forms: Iterable[str]) -> bool:
    """Whether any of `forms` occurs in `text` at the start of a word (see the module doc)."""
    forms = frozenset(f for f in forms if f.strip())
    return bool(forms) and _pattern(forms).search(text.casefold()) is not None


def number_forms(value: float) -> set[str]:
    """How German news may write a number: 1000 / 1.000, 51,4, −20."""
    if value == int(value):
        n = abs(int(value))
        forms = {str(n), f"{n:,}".replace(",", ".")}
    else:
        plain = f"{abs(value):g}"
        forms = {plain.replace(".", ","), plain}
    if value < 0:
        forms = {sign + f for f in forms for sign in ("-", "\u2212", "\u2013")}
    return forms


def states_number(text: str, value: float) -> bool:
    """Whether our English paraphrase writes the number: 1000 or 1,000, 4.5."""
    forms = {f"{value:g}"} if value != int(value) else {str(int(value)), f"{int(value):,}"}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


def has_number(text: str, value: float) -> bool:
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in number_forms(value))


# -- what the scenario declares -----------------------------------------------------------------


def actor_forms(s: Scenario, actor_id: str) -> set[str]:
    """Names and aliases of the actor, its members and the persons holding an office for them."""
    ids = {actor_id, *s.actor(actor_id).members}
    forms: set[str] = set()
    for a in ids:
        forms.update(s.actor(a).all_names())
    for person in s.persons:
        if any(o.actor in ids for o in person.offices):
            forms.update(person.all_names())
    return forms


def place_forms(s: Scenario, place_id: str) -> set[str]:
    place = next(p for p in s.places if p.id == place_id)
    return {*place.names.values(), *(a for forms in place.aliases.values() for a in forms)}


def issue_forms(s: Scenario, issue_id: str) -> set[str]:
    """Keywords of the issue and of its options, in every language."""
    issue = s.issue(issue_id)
    forms = {k for words in issue.keywords.values() for k in words}
    for option in issue.options:
        forms.update(k for words in option.keywords.values() for k in words)
    return forms


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return (a.doc == b.doc and a.span is not None and b.span is not None
            and a.span[0] < b.span[1] and b.span[0] < a.span[1])


def attributed(s: Scenario, actor_id: str, ev: Evidence, issue_id: str | None = None) -> bool:
    """Whether an event with the actor as party (on `issue_id`, when given) or a proposal by the
    actor (settling `issue_id`, when given) cites a passage overlapping `ev`."""
    for e in s.events:
        if (actor_id in e.parties and (issue_id is None or e.topic == issue_id)
                and any(_overlaps(ev, x) for x in e.evidence)):
            return True
    for p in s.proposals:
        if actor_id not in p.authors or (issue_id is not None and issue_id not in p.package):
            continue
        cited = [*p.evidence, *(x for evs in p.evidence_by_issue.values() for x in evs)]
        if any(_overlaps(ev, x) for x in cited):
            return True
    return False


def cited(ev: Evidence, texts: dict[str, str]) -> str:
    assert ev.doc is not None and ev.span is not None
    return texts[ev.doc][ev.span[0]:ev.span[1]]


def sources(evidence: Iterable[Evidence]) -> list[Evidence]:
    return [ev for ev in evidence if ev.span is not None]


# -- the rules, one per kind of fact ------------------------------------------------------------


def office_problem(person: Person, ev: Evidence, texts: dict[str, str]) -> str | None:
    if mentions(cited(ev, texts), person.all_names()):
        return None
    return f"office of {person.id}: span {ev.doc}{list(ev.span or ())} does not name the person"


def event_problems(s: Scenario, event: Event, texts: dict[str, str]) -> list[str]:
    problems = []
    forms: set[str] = set()
    if event.place:
        forms |= place_forms(s, event.place)
    for a in (*event.parties, *event.mediators):
        forms |= actor_forms(s, a)
    for who in event.participants:
        forms.update(s.person(who).all_names())
    numbers = [q.value for q in event.quantities if q.value is not None]
    spans = sources(event.evidence)
    for ev in spans:
        text = cited(ev, texts)
        if forms:
            ok = mentions(text, forms) or any(attributed(s, a, ev) for a in event.parties)
        else:
            ok = any(has_number(text, v) for v in numbers)
        if not ok:
            problems.append(f"event {event.id}: span {ev.doc}{list(ev.span or ())} names none "
                            "of its place, parties, mediators or participants")
    reports = [ev.paraphrase or "" for ev in event.evidence if ev.doc is not None and ev.span is None]
    for v in numbers:
        if not (any(has_number(cited(ev, texts), v) for ev in spans)
                or any(states_number(text, v) for text in reports)):
            problems.append(f"event {event.id}: neither a span nor a report paraphrase states "
                            f"the quantity {v:g}")
    if not forms and not numbers and spans:
        problems.append(f"event {event.id}: nothing to check its spans against")
    return problems


def position_problem(s: Scenario, p: Position, ev: Evidence, texts: dict[str, str]) -> str | None:
    text = cited(ev, texts)
    where = f"position {p.actor}/{p.issue}/{p.as_of}: span {ev.doc}{list(ev.span or ())}"
    if not (mentions(text, actor_forms(s, p.actor)) or attributed(s, p.actor, ev, p.issue)):
        return f"{where} does not name {p.actor}"
    if not mentions(text, issue_forms(s, p.issue)):
        return f"{where} has no keyword of {p.issue}"
    return None


def actor_problem(s: Scenario, what: str, actor_id: str, ev: Evidence, texts: dict[str, str]) -> str | None:
    if mentions(cited(ev, texts), actor_forms(s, actor_id)):
        return None
    return f"{what}: span {ev.doc}{list(ev.span or ())} does not name {actor_id}"


def proposal_problems(s: Scenario, prop: Proposal, texts: dict[str, str]) -> list[str]:
    problems = []
    package_forms = set().union(*(issue_forms(s, i) for i in prop.package))
    main = sources(prop.evidence)
    for ev in main:
        if not mentions(cited(ev, texts), package_forms):
            problems.append(f"proposal {prop.id}: span {ev.doc}{list(ev.span or ())} "
                            "has no keyword of its package")
    authors = set().union(*(actor_forms(s, a) for a in prop.authors))
    if main and not any(mentions(cited(ev, texts), authors) for ev in main):
        problems.append(f"proposal {prop.id}: no span names an author")
    for issue_id, evs in prop.evidence_by_issue.items():
        for ev in sources(evs):
            if not mentions(cited(ev, texts), issue_forms(s, issue_id)):
                problems.append(f"proposal {prop.id}/{issue_id}: span {ev.doc}{list(ev.span or ())} "
                                f"has no keyword of {issue_id}")
    return problems


def all_evidence(s: Scenario) -> Iterator[tuple[str, Evidence]]:
    """Every piece of evidence in the scenario with the field path where it sits."""
    for loc, ev in s.iter_evidence():
        yield format_loc(loc), ev


def span_problems(s: Scenario, texts: dict[str, str]) -> list[str]:
    """Every span that does not support its fact, by the rules above."""
    problems: list[str] = []
    for person in s.persons:
        for o in person.offices:
            problems += [m for ev in sources(o.evidence) if (m := office_problem(person, ev, texts))]
    for e in s.events:
        problems += event_problems(s, e, texts)
    for p in s.positions:
        problems += [m for ev in sources(p.evidence) if (m := position_problem(s, p, ev, texts))]
    for r in s.red_lines:
        problems += [m for ev in sources(r.evidence)
                     if (m := actor_problem(s, f"red line {r.id}", r.actor, ev, texts))]
    for res in s.reservations:
        problems += [m for ev in sources(res.evidence)
                     if (m := actor_problem(s, f"reservation {res.actor}", res.actor, ev, texts))]
    for prop in s.proposals:
        problems += proposal_problems(s, prop, texts)
    return problems


# -- tests --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def flagship() -> Scenario:
    return accord.load("ukraine-2022-2026")


def test_held_documents_are_the_seed_articles(flagship: Scenario, shared_dir: Path,
                                              seed_texts: dict[str, str]) -> None:
    held = [d for d in flagship.documents if d.length is not None]
    assert {d.id for d in held} == set(seed_texts)
    for doc in held:
        raw = (shared_dir / "seeds" / f"{doc.id}.txt").read_bytes()
        assert doc.length == len(seed_texts[doc.id]), doc.id
        assert doc.sha256 == hashlib.sha256(raw).hexdigest(), doc.id


def test_every_span_lies_inside_its_document(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    spans = [(where, ev) for where, ev in all_evidence(flagship) if ev.span is not None]
    assert spans
    for where, ev in spans:
        assert ev.doc in seed_texts, where
        start, end = ev.span
        assert 0 <= start < end <= len(seed_texts[ev.doc]), f"{where}: {ev.describe()}"
        assert seed_texts[ev.doc][start:end].strip(), f"{where}: empty span"


def test_every_span_supports_its_fact(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    assert span_problems(flagship, seed_texts) == []


def test_assumptions_are_explained(flagship: Scenario) -> None:
    for where, ev in all_evidence(flagship):
        if ev.assumption is not None:
            assert ev.assumption.strip(), where
            assert ev.span is None and ev.doc is None, f"{where}: both a source and an assumption"
        else:
            assert ev.paraphrase and ev.paraphrase.strip(), where
    for p in flagship.positions:
        cited_docs = [ev for ev in p.evidence if ev.doc is not None]
        assert p.is_assumed == (not cited_docs), f"{p.actor}/{p.issue}/{p.as_of}"


# -- the rules reject wrong spans ---------------------------------------------------------------


def _unrelated(texts: dict[str, str]) -> Evidence:
    """The publisher's disclaimer at the end of 004: a sentence about nothing in the scenario."""
    doc = next(d for d in texts if d.startswith("004_"))
    start = texts[doc].index("Haftungsausschluss")
    end = texts[doc].index(".", start) + 1
    return Evidence(doc=doc, span=(start, end), paraphrase="unrelated")


def _moved(ev: Evidence, to: Evidence) -> Evidence:
    return ev.model_copy(update={"doc": to.doc, "span": to.span})


def test_shifted_office_span_fails(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    lavrov = flagship.person("lavrov")
    ev = sources(lavrov.offices[0].evidence)[0]
    assert office_problem(lavrov, ev, seed_texts) is None
    assert office_problem(lavrov, _moved(ev, _unrelated(seed_texts)), seed_texts) is not None


def test_shifted_position_span_fails(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    nato = flagship.position("RUS", "alliance.nato")
    assets = flagship.position("RUS", "economy.frozen_assets")
    assert nato is not None and assets is not None
    ev = sources(nato.evidence)[0]
    assert position_problem(flagship, nato, ev, seed_texts) is None
    assert position_problem(flagship, nato, _moved(ev, _unrelated(seed_texts)), seed_texts) is not None
    # A sentence that names Russia but is about its assets says nothing on NATO.
    other = sources(assets.evidence)[0]
    assert mentions(cited(other, seed_texts), actor_forms(flagship, "RUS"))
    assert "has no keyword" in (position_problem(flagship, nato, _moved(ev, other), seed_texts) or "")


def test_shifted_event_span_fails(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    exchange = flagship.event("prisoner-exchange-2025-05-16")
    assert event_problems(flagship, exchange, seed_texts) == []
    moved = exchange.model_copy(update={"evidence": [_moved(ev, _unrelated(seed_texts))
                                                     for ev in exchange.evidence]})
    assert event_problems(flagship, moved, seed_texts)


def test_shifted_proposal_span_fails(flagship: Scenario, seed_texts: dict[str, str]) -> None:
    berlin = flagship.proposal("berlin-declaration-2025")
    assert proposal_problems(flagship, berlin, seed_texts) == []
    moved = berlin.model_copy(update={"evidence_by_issue": {
        k: [_moved(ev, _unrelated(seed_texts)) if ev.span else ev for ev in evs]
        for k, evs in berlin.evidence_by_issue.items()}})
    assert len(proposal_problems(flagship, moved, seed_texts)) == len(berlin.evidence_by_issue)


# -- documents and public reports (no seed texts needed) ------------------------------------------


def test_every_document_has_outlet_title_and_date(flagship: Scenario) -> None:
    for doc in flagship.documents:
        assert doc.outlet and doc.title, doc.id
        assert doc.published or doc.published_basis, doc.id
        if doc.length is None:  # a public report: cited by address, dated as published
            assert doc.url and doc.published, doc.id


def test_every_fact_beyond_the_seeds_cites_a_report_with_a_url(flagship: Scenario) -> None:
    docs = {d.id: d for d in flagship.documents}
    reports = 0
    for where, ev in all_evidence(flagship):
        if ev.doc is None:
            continue
        doc = docs[ev.doc]
        if doc.length is None:
            reports += 1
            assert doc.url and ev.span is None and ev.paraphrase, where
        else:
            assert ev.span is not None, where
    assert reports >= 150  # the public record, February 2022 - February 2026


def test_report_paraphrases_are_one_line_of_our_own(flagship: Scenario) -> None:
    docs = {d.id: d for d in flagship.documents}
    for where, ev in all_evidence(flagship):
        if ev.doc is not None and docs[ev.doc].length is None:
            assert ev.paraphrase and len(ev.paraphrase.split()) <= 40, where
            # not the report's headline passed off as a paraphrase
            assert ev.paraphrase.casefold() != docs[ev.doc].title.casefold(), where
