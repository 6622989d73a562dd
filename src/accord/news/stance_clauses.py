"""Which clause of a sentence holds which position (split from `stance_cues`): the role of an issue
in a condition or a link (`_issue_clause`, `LINKS`, `_links`, `_if_role`, `_link_role`; only under
a condition or when needed: `_only_under_role`, `_need_role`; `_option`), the polarity of a
sentence with parts masked (`_polarity_masked`, `_masked`: a condition or the main clause first,
nouns with their owner, `BLANKS`), and two clauses in contrast, each with its own side and cue
(`CONTRAST`, `FRONTED_CONTRAST`, `_contrasted`). Read by `stances`, `stance_relative` and
`stance_holders`; built on the cue classes and `_polarity` of `stance_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from accord.news.facts import Mention
from accord.news.prefilter import gate_patterns
from accord.news.stance_cues import (
    CONDITION,
    CONSEQUENCE,
    EVALUATIVE,
    NOUN_OWNER,
    OWNED_POSITION,
    STRICT_IF,
    TEMPORAL_IF,
    _offered,
    _polarity,
)
from accord.news.stance_holders import ACTORS, CLAUSE_BREAK, IC, MEDIATORS, _actor_of_word

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# a contrast between two clauses, each with its own side and cue ("Moscow is ready for X, but Kyiv
# has refused", "Russland will X, während Kiew auf Y besteht"); also a trailing relative clause
# that gives another side's answer to what the first clause says ("..., something which Kyiv has
# refused to do", "..., which Moscow rejects", "..., was Kiew ablehnt")
# (the capital in the lookahead is case-sensitive; "was" is a relative pronoun only in German)
_CONTRAST = (r",\s+(?:but|while|whereas|aber|doch|jedoch|während|wohingegen)\s|;\s|\s[–—]\s|"
             r",\s+(?:(?:something|a step|a move|an idea)\s+(?:which|that)|which{})\s"
             r"(?=(?:\w+\s+){{0,2}}?(?-i:[A-ZÄÖÜ]))")


CONTRAST = re.compile(_CONTRAST.format(""), IC)


CONTRAST_DE = re.compile(_CONTRAST.format(r"|was|etwas,\s+was"), IC)


# a fronted clause of contrast up to its comma ("While Kyiv agreed to X, Moscow rejected it",
# "Während Kiew X zustimmt, lehnt Moskau ab"): its own side and cue, against the main clause's
FRONTED_CONTRAST = re.compile(r"^\W*(?:While|Whereas|Während|Wohingegen)\s+(?P<a>[^,;.]{10,160}),\s")


def _contrasted(s: Sentence, subjects: list[str], speaker: Mention | None, issues: list[str],
                P: dict[str, Any], lang: str, produced: list[tuple[str, str, str | None]],
                owned: dict[str, str]) -> dict[str, list[str]]:
    """Positions of two contrasted clauses with different sides: each clause's first subject (or
    the speaker quoted in it) takes the clause's own cue, on the issues the clause names (on all
    of the sentence's issues when it names none). Appends to `produced` and `owned`; returns the
    issues each actor's position is on."""
    cut = (CONTRAST_DE if lang == "de" else CONTRAST).search(s.text)
    fronted = FRONTED_CONTRAST.match(s.text) if cut is None else None
    if fronted is not None:
        parts = ((fronted.start("a"), fronted.end("a")), (fronted.end(), len(s.text)))
    elif cut is not None:
        parts = ((0, cut.start()), (cut.end(), len(s.text)))
    else:
        return {}
    found: list[tuple[str, str, str, list[str], str | None]] = []
    for a, b in parts:
        piece = s.text[a:b]
        pol, words = _masked(piece, P, lang)
        if pol is None:
            return {}
        holder: str | None = None
        who: str | None = None
        if speaker is not None and speaker.actor in ACTORS and a <= speaker.start - s.start < b \
                and not any(a <= m.start - s.start < b and m.actor in subjects and m.actor != speaker.actor
                            and m.kind != "person" for m in s.mentions):
            holder, who = speaker.actor, speaker.entity
        else:
            holder = next((m.actor for m in s.mentions if a <= m.start - s.start < b
                           and m.actor in subjects), None)
        if holder is None:
            return {}
        named = [i for i in issues if any(rx.search(piece) for rx in P["issues"][i]["cues"])]
        found.append((holder, pol, words, named, who))
    if found[0][0] == found[1][0]:
        return {}
    on: dict[str, list[str]] = {}
    for holder, pol, words, named, who in found:
        if any(x == holder for x, _, _ in produced):
            continue
        produced.append((holder, pol, who))
        owned[holder] = words
        on[holder] = named or list(issues)
    return on


# a lead-in before a colon (not a speaker's "Name: ...", which names a side)
LEAD_IN = re.compile(r"^[^:\"]{12,}?:\s")


# a "wenn" clause that is what is accepted, not a condition ("hat nichts dagegen, wenn ...",
# "begrüßt es, wenn ...", "keine Einwände, wenn ...")
CONTENT_WENN = re.compile(r"\b(?:dagegen|es|einwände|einwand|einzuwenden)\s*,\s*$", IC)


COND_NEXT = re.compile(r"\s*[,;–—-]?\s*(?:\w+\s+)?(?:wenn|falls|sofern|if|unless|provided)\b", IC)


def _issue_clause(t: str, spec: dict[str, Any]) -> tuple[int, int]:
    """The clause of `t` that holds an issue: the first clause with one of its cues (and, for an
    issue that requires context, that context too); the whole sentence when it has one clause."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(t)]
    if not breaks:
        return 0, len(t)
    first: tuple[int, int] | None = None
    for rx in spec["cues"]:
        for hit in rx.folded.finditer(t):
            a = max((e for _, e in breaks if e <= hit.start()), default=0)
            b = min((st for st, _ in breaks if st >= hit.end()), default=len(t))
            if not spec["requires"] or any(r.search(t[a:b]) for r in spec["requires"]):
                return a, b
            first = first or (a, b)
    return first or (0, len(t))


# two slots of a condition: what is offered or sought (A) and the condition asked of the other
# side for it (B): "knüpft A an B", "macht A von B abhängig", "ties/links A to B", "makes A
# conditional on B", "verlangt für A B", "B als Bedingung für A", "B as a precondition for A",
# "A im Gegenzug für B", "A in exchange for B"
_NP_DE = r"(?:\w+\s+)?(?:[a-zäöü][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"


_NP_EN = r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"


LINKS = (
    re.compile(r"\bknüpf\w*\b(?P<a>[^.;]{1,100}?)\ban\b(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\bmach\w*\b(?P<a>[^.;]{1,100}?)\bvon\b(?P<b>[^.;]{1,100}?)\babhängig\b", IC),
    # told in the passive or a relative clause ("eine Waffenruhe, die an X geknüpft wäre", "sei an
    # X gebunden")
    re.compile(r"(?P<a>^[^;]*?)\b(?:die|der|das|welche[rsn]?|ist|sei|wäre|war|wird|werde)\s+an\s+"
               r"(?P<b>[^.;]{1,100}?)\s+(?:geknüpft|gebunden)\b", IC),
    re.compile(r"\b(?:ties|tied|tying|tie|links|linked|linking|link)\b(?P<a>\s+\w[^.;]{2,100}?)\bto\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:make|makes|making|made)\b(?P<a>[^.;]{1,100}?)\b(?:conditional|contingent|dependent)\s+(?:on|upon)\b"
               r"(?P<b>[^.;,]{1,100})", IC),
    re.compile(r"\b(?:verlang|forder)\w*\s+für\s+(?P<a>" + _NP_DE + r")\s+(?P<b>[^.;]{1,100})"),
    re.compile(r"(?P<b>^[^;]*?)\b(?:als|as an?)\s+(?:Vor|pre)?(?:[Bb]edingung|condition)\w*\s+(?:für|for)\s+"
               r"(?P<a>" + _NP_DE + r"|" + _NP_EN + r")", IC),
    # (what is sought ends before a verb of the main clause: "X in exchange for guarantees would mean ...")
    re.compile(r"(?P<a>^[^;]*?)\b(?:in (?:exchange|return) for)\s+"
               r"(?P<b>(?:(?!\b(?:would|will|could|can|must|should|is|are|was|were|has|have|had)\b)"
               r"[^.;,]){1,100})", IC),
)


# "im Austausch für B ... A", "im Gegenzug für B ... A": what is sought is the noun phrase after the
# preposition (with a genitive or "Verzicht auf"), what is offered the rest of the sentence
_GEGENZUG = re.compile(r"\b(?:im|in) (?:Gegenzug|Austausch) (?:für|gegen|zu)\s+(?P<b>(?:\w+\s+){0,2}?"
                       r"[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des)\s+(?:\w+\s+){0,2}?[A-ZÄÖÜ][\w-]*|\s+[A-ZÄÖÜ]\w*s\b)?"
                       r"(?:(?<=[Vv]erzicht)\s+auf\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]*|(?<=[Vv]erzichts)\s+auf\s+"
                       r"(?:\w+\s+)?[A-ZÄÖÜ][\w-]*|(?<=s)\s+auf\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]*)?)")


def _links(t: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for rx in LINKS:
        for m in rx.finditer(t):
            out.append((m.span("a"), m.span("b")))
    for m in _GEGENZUG.finditer(t):
        b = m.span("b")
        out += [((0, m.start()), b), ((b[1], len(t)), b)]
    return out


def _if_role(t: str, spec: dict[str, Any], P: dict[str, Any], lang: str,
             others: list[dict[str, Any]] | None = None) -> str | None:
    """For an issue named only in the "if" clause of a conditional position ("bietet X an, falls
    Kiew sich aus dem Donbass zurückzieht", "will accept X if Russia withdraws from Y"): the
    condition asked of the other side, a proposal where the main clause offers something outside
    the issues (more weapons), else a demand: where the offer is itself on an issue of `others`
    ("bietet an, auf X zu verzichten, wenn Y"), what is offered is conditional and the condition
    Y demanded, as with "X in exchange for Y"."""
    cond = CONDITION.search(t)
    if cond is None:
        return None
    first = _condition_first(t)
    if first is not None:
        slot, main = (cond.start(), first), t[first:]
    else:
        end = re.search(r"[,;:–—]|\s-\s", t[cond.end():])
        slot, main = (cond.start(), cond.end() + end.start() if end else len(t)), t[:cond.start()]
    hits = [h.start() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    if not hits or not all(slot[0] <= x < slot[1] for x in hits) or CONTENT_WENN.search(t[:cond.start()]):
        return None
    if any(rx.search(main) for o in others or () if o is not spec for rx in o["cues"]):
        return "demand"  # the offer is on an issue of its own: the condition is what it asks for
    return "propose" if _polarity(main, P, lang)[0] == "propose" else "demand"


def _link_role(t: str, spec: dict[str, Any],
               links: list[tuple[tuple[int, int], tuple[int, int]]]) -> str | None:
    """`conditional` for an issue named in what is offered under a condition, `demand` for one
    named only in the condition; None where the sentence links nothing or the issue is outside."""
    hits = [h.span() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    for (a0, a1), (b0, b1) in links:
        in_a = any(a0 <= x < a1 for x, _ in hits)
        in_b = any(b0 <= x < b1 for x, _ in hits)
        if in_a:
            return "conditional"
        if in_b:
            return "demand"
    return None


# a stated necessity that someone act, and what it asks, up to the clause's end: "die
# Notwendigkeit, dass Russland X leistet", "the need for Russia to pay X", "the necessity that Y"
NEED_CLAUSE = re.compile(r"\b(?:Notwendigkeit|Erfordernis|need|necessity)\w*,?\s+"
                         r"(?:dass|that|for\b[^.;,]{1,40}?\bto)\b[^.;\"]{1,160}", IC)


# what something takes effect or is done only after or only in the case of ("could enter into force
# only after a full ceasefire", "would only take effect after sanctions were lifted", "nur im
# Falle einer vollständigen Waffenruhe", "erst nach einer Waffenruhe", "not until a truce holds"): a
# stated condition, the issue it names is demanded
ONLY_UNDER = re.compile(r"\b(?:(?:only|nur|erst)\s+(?:(?:take|takes|enter|enters|come|comes)\s+"
                        r"(?:effect|into\s+(?:force|effect))\s+|\w+\s+)?(?:after|once|when|in the event of|"
                        r"in case of|im falle?|für den fall|nach|wenn|sobald)|not until|nicht vor)"
                        r"\s+[^.;,]{1,80}", IC)


# the step still to come before what it waits for: a modal, a future or a wish in the clause ("could
# take effect only after", "werde erst nach ... abgestimmt", "wants elections only after"); a fact
# told in the past ("the prisoners were released only after a truce", "seien erst nach einer
# Feuerpause freigekommen") waits for nothing and asks nothing
_STEP_TO_COME = re.compile(r"\b(?:would|could|will|can|may|might|shall|should|must|wants?|ready|prepared|"
                           r"willing|würde\w*|könn\w*|kann|werde|werden|wird|soll\w*|dürf\w*|müss\w*|"
                           r"muss|woll\w*|will|bereit)\b|['’](?:d|ll)\b|\bto\s+\w+\s+$", IC)


# what is waited for ends or fails ("only after the ceasefire had collapsed"): no demand of it
_WAITED_ENDS = re.compile(r"\b(?:collaps\w*|broke down|broken down|ended|expired|failed|zusammengebrochen|"
                          r"zusammenbr\w*|gescheitert|scheiter\w*|endete|beendet|abgelaufen)\b", IC)


def _issue_only_in(t: str, spec: dict[str, Any], frame: re.Pattern[str],
                   keep: Callable[[int, int], bool] = lambda a, b: True) -> str | None:
    """The words of the first match of `frame` that holds every cue of the issue `spec` (the
    issue is named only there) and that `keep` accepts, else None."""
    spans = [m.span() for m in frame.finditer(t)]
    if not spans:
        return None
    hits = [h.start() for rx in spec["cues"] for h in rx.folded.finditer(t)]
    for a, b in spans:
        if hits and all(a <= x < b for x in hits) and keep(a, b):
            return t[a:b]
    return None


def _only_under_role(t: str, spec: dict[str, Any]) -> str | None:
    """The words of what a step still to come waits for (ONLY_UNDER) where the issue is named only
    there (a demand of it), else None: not a past fact told with its timing, nor what waits for
    the issue to end."""
    def step_to_come(a: int, b: int) -> bool:
        clause = t[max((m.end() for m in re.finditer(r"[,;:]", t[:a])), default=0):a]
        return bool(_STEP_TO_COME.search(clause)) and not _WAITED_ENDS.search(t, a, b)
    return _issue_only_in(t, spec, ONLY_UNDER, step_to_come)


def _need_role(t: str, spec: dict[str, Any]) -> str | None:
    """The words of a stated necessity when the issue is named only in what it asks ("bietet X
    an, unter Berücksichtigung der Notwendigkeit, dass Russland Schäden ersetzt": the
    compensation is demanded, whatever the main clause offers), else None."""
    return _issue_only_in(t, spec, NEED_CLAUSE)


def _option(issue: str, t: str, s: Sentence, P: dict[str, Any]) -> str | float | None:
    if issue == "military.army_size":
        for f in s.figures:
            if f.unit == "soldiers":
                return f.value
        return None
    for opt, rxs in P["issues"][issue]["options"].items():
        if any(rx.search(t) for rx in rxs):
            return str(opt)
    return None


def _polarity_masked(t: str, P: dict[str, Any], lang: str) -> str | None:
    """The polarity of the main clause: cues inside a condition ("wenn die Russen ... ablehnen")
    do not count, except the condition itself."""
    return _masked(t, P, lang)[0]


CONDITION_END = re.compile(r",(?!\s+(?:and|und|or|oder|sowie)\b)|\s[–—-]\s")


def _condition_first(t: str) -> int | None:
    """Where the main clause starts when the sentence opens with its condition ("Wenn Moskau
    zustimmt, ...", "If Russia agrees, ..."), else None."""
    cond = CONDITION.search(t)
    if cond is None or re.search(r"\w{3,}", t[:cond.start()].replace("dann", "")):
        return None
    # the condition ends at its comma or at a dash ("As soon as they ... – on our side, ..."), not
    # at a comma before a further condition joined to it (", and also announce ...")
    end = CONDITION_END.search(t, cond.end())
    return end.end() if end is not None else None


# an opening adverbial clause up to its comma: a conjunction, not a preposition before an article
# ("Während der Gespräche lehnte Moskau ... ab" opens no clause)
OPENING_CLAUSE = re.compile(r"^\W*(?:As|While|When|After|Before|Although|Though|Since|Once|Whereas|"
                            r"Während|Nachdem|Bevor|Obwohl|Seitdem|Sobald|Wohingegen)\b"
                            r"(?!\s+(?:der|den|dem|des|einer|einem|eines|the|a|an)\b)[^,;:\"]{3,160},")


def _main_clause_first(s: Sentence, subjects: list[str]) -> list[str]:
    """`subjects` with those of the main clause first when the sentence opens with a condition
    (the actor of "Wenn Russland angreift, ist die Ukraine bereit" is Ukraine)."""
    main = _condition_first(s.text)
    if main is None and (opening := OPENING_CLAUSE.match(s.text)) is not None:
        main = opening.end()  # "As talks between X and Y began, Moscow said ...": scene, not holder
    if main is None:
        return subjects
    after = [m.actor for m in s.mentions if m.start - s.start >= main and m.actor in subjects]
    return list(dict.fromkeys([a for a in after if a is not None] + subjects))


def _masked(t: str, P: dict[str, Any], lang: str) -> tuple[str | None, str]:
    """:func:`_polarity_masked` with the cue words that decided it."""
    t = EVALUATIVE.sub(lambda m: " " * len(m.group(0)), t)
    cond = CONDITION.search(t)
    if cond is None:
        pol, _, words = _polarity(t, P, lang)
        return pol, words
    first = _condition_first(t)
    if first is not None:
        # the condition comes first ("Wenn Moskau zustimmt, ist Kiew bereit ...", "If Russia
        # agrees, Ukraine will ..."): the main clause follows it
        main, _, words = _polarity(t[first:], P, lang)
        if main == "propose" and _offered(t[first:], words):
            return "propose", f"{cond.group(0)} ... {words}"  # "Wenn Kiew abzieht, bietet Moskau X an"
        if main in ("accept", "propose", "support"):
            return "conditional", f"{cond.group(0)} ... {words}"
        if main is not None:
            return main, words
    main, _, words = _polarity(t[:cond.start()], P, lang)
    if any(rx.search(t) for rx in P["polarity"]["conditional"]):
        if main in (None, "demand", "support", "accept"):
            return "conditional", _polarity(t, P, lang)[2] if main is None else words
        return main, words
    temporal = TEMPORAL_IF.match(cond.group(0))
    if main in ("accept", "propose", "support") and (STRICT_IF.match(cond.group(0)) or (
            main in ("accept", "propose")
            and (temporal or re.search(r"[,–—-]\s*(?:\w+\s+)?$", t[:cond.start()]))
            and not CONTENT_WENN.search(t[:cond.start()]))):
        # an acceptance or an offer followed by its "wenn" clause ("Kiew sei bereit zu X – wenn
        # Russland ..."): German "wenn" after the main clause states its condition
        if main == "propose" and _offered(t[:cond.start()], words):
            return "propose", f"{words} ... {cond.group(0)}"  # a step offered under a condition
        return "conditional", f"{words} ... {cond.group(0)}"  # acceptance only if
    if main is None and (STRICT_IF.match(cond.group(0)) or (temporal and first is not None)) and (
            then := CONSEQUENCE.search(t)):
        # a consequence announced for a case ("will exit the truce should Kyiv break it",
        # "Sollte Kiew ..., wird Moskau ebenfalls ..."): the position holds under that condition
        return "conditional", f"{cond.group(0)} ... {then.group(0)}"
    return main, words


def _owned_nouns(s: Sentence) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The position nouns of `s` named with an owner (OWNED_POSITION, NOUN_OWNER): those of any
    owner, and those of a named owner that is none of the sides (a third country's proposal)."""
    t = s.text
    every: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    for m in OWNED_POSITION.finditer(t):
        every.append(m.span("n"))
    for m in NOUN_OWNER.finditer(t):
        word = (m.group("x") or m.group("y") or m.group("z")).replace("’", "'").removesuffix("'s")
        noun = "n" if m.group("n") else "m" if m.group("m") else "e"
        actor = _actor_of_word(word, s)
        if actor in ACTORS:
            every.append(m.span(noun))
            if actor in MEDIATORS:
                other.append(m.span(noun))  # a mediator's proposal is no cue of the parties' clause
        elif m.group("z") and actor is None:
            every.append(m.span(noun))
            other.append(m.span(noun))
    return every, other


def _named_after(t: str, end: int, issues: list[str], P: dict[str, Any]) -> list[str]:
    """The issues named in the complement of a position noun ending at `end` ("Moscow's demand
    that Ukraine withdraw from X", "die Forderung Moskaus nach X"): up to the clause's end."""
    stop = re.search(r"[;.]|,\s+(?:and|but|while|und|aber|während)\b", t[end:])
    window = t[end:end + (stop.start() if stop else 150)][:150]
    return [i for i in issues if any(rx.search(window) for rx in P["issues"][i]["cues"])]


# what stands in for a blanked owned position noun: no cue matches it, but a verb governing it
# ("criticised Moscow's ###", "not prepared to back down from Putin's ###") still sees a noun
OWNED_FILL = "#"


BLANKS = re.compile(r" {2,}|#+")  # blanked words, shown as an ellipsis in the cue


def _blank(t: str, spans: list[tuple[int, int]], fill: str = " ") -> str:
    for a, b in spans:
        t = t[:a] + fill * (b - a) + t[b:]
    return t


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
