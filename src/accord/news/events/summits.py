"""Summits (CONSULT/046, kind `summit`): the rounds that are meetings of heads of state or
government.

Corpus README convention 3: a summit is a meeting the text presents as an in-person meeting of
heads of state or government; a phone, video or unspecified-format consultation stays a round.
The sentence rules (`cascade`, `learned`) make rounds; after the sentence loop `_summits` (run by
`passes.after_the_sentences`) turns a round into a summit, never when its sentence tells a call
(`rounds.CALL`), when

- its sentence calls it one (`SUMMIT_WORD`: "Gipfeltreffen", "summit"); a planned one only when
  the summit is the only meeting the sentence names (`_OTHER_MEETING`);
- heads of state or government of two actors are joined in one phrase of its sentence
  (`_heads_of_state`: the gazetteer's office at the round's date, `HEAD_TITLE`, `JOINED`; or the
  words `HEADS_WORDS`), not when only possible (`HYPOTHETICAL`, also "eventually" within 60
  characters before), nor when the two heads joined by "and" are the objects of another person's
  meeting ("the envoy met Putin in Moscow and Zelensky in Berlin", `_objects_of_another`);
- the next sentence names heads of state or government chairing it (`CHAIRED`,
  `_chaired_by_heads`).

Not a summit: a call told by its verb (`CALL`: "angerufen", "phoned"), a summit word whose meeting
the sentence gives only to officials below heads (`_officials_only`). The cascade's rule
`_head_visit` makes a summit of a head arriving in, or expected in, another side's capital
(`head_visit`; session 17).

The learned fallback can also give the kind `summit` itself (`learned._NEEDS`). Whether a
summit was held at all (a summit named as the occasion of something) is told by `rounds.HAPPENED`.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from accord.news.events.common import IC, MEETING
from accord.news.events.event_places import SEAT_PLACE, SEATS
from accord.news.events.rounds import CALL as _CALL_WORD
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence
    from accord.news.facts import Mention


SUMMIT_WORD = re.compile(r"(?i)\b(?:gipfel(?:treffen|gespräch)?\w*|summit\w*|"
                         # a conference of states on peace, held by their leaders
                         r"friedenskonferenz\w*|peace conference|(?:hochrangig\w*|high-level)\s+"
                         r"(?:\w+\s+)?(?:konferenz|conference)|konferenz\s+(?:zum|für den|über den)\s+"
                         r"frieden|conference\s+(?:on|for)\s+(?:peace|ukraine))\b")
# a meeting word other than the summit's, or a verb of meeting
_OTHER_MEETING = re.compile(MEETING.pattern + r"|\bmeet\w*|\bconvene\w*|\btreffen\b|\btrifft\b|\btagen\b|"
                            r"\bzusammen(?:kommen|treffen)\b", IC)


# the title itself, with at most a nationality before it ("French president"; not "vice president",
# "special envoy of the president"); the pope is the Holy See's head of state
HEAD_TITLE = re.compile(r"(?!vice\b|deputy\b)(?:\w+ )?(?:president|chancellor|prime minister)|pope", IC)
# kinds of leaders who are no heads of state or government
_NOT_HEADS = (r"(?:military|political|business|religious|opposition|community|civic|party|regional|local|"
              r"industry|militärische\w*|politische\w*|religiöse\w*|Oppositions\w*|Partei\w*)\b")
HEADS_WORDS = re.compile(r"\bStaats- und Regierungschef\w*|\bRegierungschef\w*|"
                         r"\bheads of (?:state|government)\b|"
                         # heads named by their office in the plural, two actors' or both
                         # ("the presidents of Russia and the US", "der Präsidenten Russlands und
                         # der USA", "the two presidents", "beide Staatschefs")
                         r"\bpresidents of\b|\b(?:two|both) (?:presidents|leaders|heads of state)\b|"
                         # (German "Präsidenten" is also a singular: plural only after "die",
                         # "beide", or "der" after a meeting noun: "das Treffen der Präsidenten")
                         r"\bdie (?:[\w-]+ )?Präsidenten\b|\b(?:Treffen|Gespräch\w*|Gipfel\w*|Begegnung)\s+"
                         r"(?:der|beider)\s+(?:[\w-]+\s+)?(?:Präsidenten|Staatschefs)\b|"
                         r"\bbeide[nr]? (?:Präsidenten|Staatschefs|Staatsoberhäupter)\b|\bStaatschefs\b|"
                         # two offices joined ("the Ukrainian and American presidents"), leaders
                         # of countries ("European leaders", "the leaders of France and Britain")
                         # (not leaders of another kind: "military and political leaders")
                         r"\b(?!" + _NOT_HEADS + r")\w+ (?:and|und) (?:der |die )?(?!" + _NOT_HEADS + r")\w+ "
                         r"(?:presidents|leaders|Staatschefs)\b|"
                         r"\b(?:European|EU|world|Western|G7|allied) leaders\b|"
                         # (session 14) the leaders' coalition for Ukraine, German words for leaders
                         # ("Koalition der Willigen", "coalition of the willing", "EU-Spitzenpolitiker",
                         # "westliche Leaders", "Staatenlenker")
                         r"\b(?:Koalition der Willigen|coalition of the willing)\b|\bEU-Spitzenpolitiker\w*|"
                         r"\b(?:europäisch|westlich)\w*\s+(?:Spitzenpolitiker|Leaders|Staatenlenker)\b|"
                         r"\bStaatenlenker\w*|"
                         # (not the leaders of a delegation, a team or a party: "the leaders of the
                         # Russian and Ukrainian delegations")
                         r"\bleaders of\b(?!(?:\s+[\w-]+){0,4}?\s+(?:delegations?|teams?|negotiat\w*|parties|"
                         r"party|factions?|groups?|forces|army|armies|military|opposition|communit\w*|regions?|"
                         r"businesse?s?|compan\w+|churche?s?|protests?|movements?)\b)", IC)


_PERSONS: dict[str, Any] = {}
HYPOTHETICAL = re.compile(r"possib\w*|potential\w*|möglich\w*|eventuell\w*|could|könnte\w*|would|würde|"
                          # (session 16) a meeting hoped for at the end of a process ("leading to a
                          # treaty and, eventually, to talks of Presidents X and Y")
                          r"\beventual(?:ly)?\b", IC)
# (session 16) two heads as the objects of one meeting of someone else ("Witkoff und Kushner
# hatten Putin im Kreml getroffen, zuletzt auch Selenskyj", "the envoy met Putin in Moscow
# and Zelensky in Berlin"): a verb of meeting after the other person, the heads joined by "and"
_MET_VERB = re.compile(r"\b(?:met|meets|visited|visits|saw|received|getroffen|traf\w*|trifft|besucht\w*|"
                       r"empf(?:ing|ingen|angen|ängt))\b", IC)
_ONLY_AND = re.compile(r"^[^,;:()]*\b(?:und|and)\b[^,;:()]*$", IC)
_WITH = re.compile(r"\b(?:mit|with|zwischen|between)\b", IC)
# a meeting told as one the heads hold together ("for joint talks", "gemeinsam", "trilateral"; not
# "together with" a companion), and a host's verb receiving two heads named side by side
_JOINT = re.compile(r"\b(?:joint(?:ly)?|together(?!\s+with\b)|gemeinsam(?:e[mnrs]?)?(?!\s+mit\b)|"
                    r"trilateral\w*|three-way|Dreiertreffen\w*|zu dritt)\b", IC)
_HOST_VERB = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes|empf(?:ing|ingen|angen|ängt)|"
                        r"begrüßte|begrüßt)\b", IC)
_BARE_AND = re.compile(r"^\s*(?:und|and)\s*$", IC)
# the words between two heads that join them in one meeting: at most four words, a joining word,
# at most four words ("hatte am Dienstag mit seinem türkischen Kollegen")
_POSITION = re.compile(r"\s*(?:\(\s*(?:r|l|m|re|li|rechts|links|Mitte|left|right|cent(?:er|re))\.?\s*\)|"
                       r",\s*(?:right|left|cent(?:er|re)|rechts|links|Mitte)\s*,)\s*", IC)
# a head's envoy or aide named by the head's possessive ("Trump's envoy Witkoff", "Putin's
# foreign policy aide"): that person is at the meeting, not the head
_ENVOY_OF = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:envoy|aide|advis[eo]r|negotiator|"
                       r"representative|emissary|son-in-law|team|delegation|minister|secretary|"
                       r"spokes\w+|chief|special)\b", IC)
# (session 17) a relative clause or an apposition right after the first head, between commas
# ("Leo, who has made peace a theme of his papacy, met with Zelensky", "Putin, der sich lange
# geweigert hatte, traf am Montag Erdogan", "Macron, the French president, received Merz")
_INSERTED = re.compile(r"^\s*,\s*(?:who|whose|which|der|die|welche[rs]?|the)\s[^,;:()]{3,100}?,\s*", IC)
JOINED = re.compile(r"^\s*(?:\S+\s+){0,6}(?:und|and|mit|with|von|by|zwischen|between|met|meets|traf\w*|"
                    r"trifft|"
                    # a head receiving or welcoming another ("Trump received Zelensky", "begrüßte")
                    r"empf\w*|hosted|hosts|receiv(?:ed|es)|welcom(?:ed|es)|begrüß\w*|"
                    # the same still to come ("Trump will receive Zelensky", "is to host")
                    r"(?:will|would|shall|to)\s+(?:\w+\s+)?(?:receive|host|welcome|meet))\s+(?:\S+\s+){0,6}$|"
                    # a trip or a day told before the talks with the other ("flew to Washington on
                    # Monday for talks with", "reiste am Montag zu Gesprächen mit")
                    r"^\s*(?:\S+\s+){0,8}(?:talks|meeting|Gespräch\w*|Treffen|Unterredung)\s+"
                    r"(?:with|mit)\s+$|"
                    # (session 16) a verb of meeting right after the first head, then a German
                    # middle field of day, place and title before the second ("empfing am Montag
                    # in Kiel den ukrainischen Präsidenten Wolodymyr"; still within 90 characters)
                    r"^\s*(?:\S+\s+){0,2}(?:traf|trafen|trifft|empfing|empfingen|empfängt|begrüßte|"
                    r"met|meets|received|receives|hosted|hosts|welcomed|welcomes)\s+"
                    # ... but not through an envoy of the second ("den Sondergesandten von
                    # Präsident Trump": Trump was not there)
                    r"(?:(?!\S*(?:gesandt|berater|envoy|advis|aide|vertreter|representative|emissär|"
                    r"unterhändler|negotiator))(?!(?:von|of|des)\s)\S+\s+){0,9}$", IC)


# a German clause with its verb of meeting at the end, the second head its object ("Trump wird
# Selenskyj am Freitag im Weißen Haus empfangen", "Putin hat Erdogan in Sotschi getroffen"): the
# auxiliary between the heads (then up to eight words: "hat am Montag in Sotschi den türkischen
# Präsidenten", session 16), the verb after the second before the clause ends
_AUXILIARY = re.compile(r"^\s*(?:wird|werden|will|wollen|soll|sollen|möchte|möchten|hat|hatte|haben|"
                        r"hatten)\s+(?:\S+\s+){0,8}$", IC)
_FINAL_VERB = re.compile(r"[^.;:,()]{0,80}?\b(?:empfangen|treffen|getroffen|begrüßen|begrüßt|besuchen|"
                         r"besucht)\b", IC)


def _heads_of_state(e: NewsEvent, sents: list[Sentence], published: str | None) -> list[str]:
    """Persons of two or more actors in the round's sentence who hold the office of president,
    chancellor or prime minister at its date (or the words 'heads of state or government')."""
    from accord.news.gazetteer import default

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    text = "".join(x.text for x in sents if x.start <= e.start < x.end)
    if HEADS_WORDS.search(text):
        return ["heads of state or government named"]
    date = e.date_start or published
    found: list[tuple[Mention, str]] = []  # head mentions with their actor
    for x in sents:
        if not (x.start <= e.start < x.end):
            continue
        for m in x.mentions:
            entry = _PERSONS.get(m.entity) if m.kind == "person" else None
            office = g.office_of(entry, date) if entry is not None else None
            genitive = (m.surface.endswith("s") and not m.surface.lower().endswith(m.entity[-3:])) \
                or _ENVOY_OF.match(x.text, m.end - x.start) is not None
            if office is not None and office.title and HEAD_TITLE.fullmatch(office.title) \
                    and not genitive:  # "Trumps Schwiegersohn", "Trump's envoy" name another person
                # the heads of two European states are two sides ("Macron met Merz"): the
                # nationality of the title tells the member ("French president", "German chancellor")
                found.append((m, office.actor if office.actor != "EUR" or " " not in office.title
                              else f"EUR:{office.title.split()[0]}"))
        # two heads of different actors joined in one phrase ("Putin mit seinem Kollegen
        # Erdogan", "between Trump and Putin"), not merely named in the same sentence
        for (a, actor_a), (b, actor_b) in itertools.pairwise(found):
            # (a caption's position marker is no break: "Putin (r) und Erdogan", "X, right, and Y")
            between = _POSITION.sub(" ", x.text[a.end - x.start:b.start - x.start])
            # (session 17) a relative clause or apposition after the first head is no break:
            # "Leo, who has made peace his theme, met with Zelensky", "Putin, der ..., traf"
            between = _INSERTED.sub(" ", between, count=1)
            before = x.text[max(0, a.start - x.start - 60):a.start - x.start]
            joined = JOINED.match(between) is not None or (
                _AUXILIARY.match(between) is not None
                and _FINAL_VERB.match(x.text, b.end - x.start) is not None)
            if actor_a != actor_b and len(between) <= 90 and joined \
                    and not re.search(r"[,;:()]", between) and not HYPOTHETICAL.search(before) \
                    and not any(m.kind == "person" and a.end <= m.start < b.start for m in x.mentions) \
                    and not _objects_of_another(x, a, b, between, {m.entity for m, _ in found}):
                return sorted({a.entity, b.entity})
        # one head meeting "his counterpart" (the counterpart of a head holds that office too:
        # "Trump met his Russian counterpart", "empfing seinen türkischen Amtskollegen")
        for a, _ in found:
            after = x.text[a.end - x.start:a.end - x.start + 90]
            if (c := COUNTERPART.match(after)) is not None and not HYPOTHETICAL.search(
                    x.text[max(0, a.start - x.start - 40):a.start - x.start]):
                return [a.entity, c.group("c").strip()]
    return []


def _objects_of_another(x: Sentence, a: Mention, b: Mention, between: str, heads: set[str]) -> bool:
    """Whether two heads joined only by "and" are the objects of a meeting of another person named
    before them in the clause ("Witkoff und Kushner trafen im November Putin in Moskau und
    kürzlich auch Selenskyj", "the envoy met Putin in Moscow and Zelensky in Berlin"): that person
    met each head, the heads did not meet each other. Not when the clause tells one meeting of
    them (`_JOINT`: "for joint talks"), nor when a host receives the two heads named side by side
    ("Guterres received Putin and Zelensky in Istanbul": hosted together; review16 item 13)."""
    if not _ONLY_AND.match(between) or _WITH.search(between):
        return False
    after = re.split(r"[;:()]", x.text[b.end - x.start:], maxsplit=1)[0]
    for m in x.mentions:
        if m.kind != "person" or m.entity in heads or not (a.start - 100 <= m.end <= a.start):
            continue
        span = x.text[m.end - x.start:b.start - x.start]
        if re.search(r"[;:()]", span) or not _MET_VERB.search(span):
            continue
        hosted_both = _BARE_AND.match(between) and _HOST_VERB.search(
            x.text[m.end - x.start:a.start - x.start])
        return not (_JOINT.search(span + after) or hosted_both)
    return False


# a head's counterpart joined to the head ("met his Russian counterpart", "mit seinem
# ukrainischen Amtskollegen", "received her French counterpart")
COUNTERPART = re.compile(r"(?:'s|’s)?\s*(?:[^\s,;:()]+\s+){0,5}?(?:met|meets|traf\w*|empf\w*|hosted|hosts|"
                         r"receiv(?:ed|es)|welcom(?:ed|es)|begrüß\w*|with|mit|and|und|"
                         r"(?:will|would|to)\s+(?:\w+\s+)?(?:meet|receive|host|welcome))\s+"
                         r"(?:[^\s,;:()]+\s+){0,3}?(?P<c>(?:his|her|seine[mnr]?|ihre[mnr]?)\s+(?:[\w-]+\s+)?"
                         r"(?:counterpart|Amtskolleg\w*|Kolleg(?:e|en)\b))", IC)


CHAIRED = re.compile(r"\b(?:unter (?:dem )?(?:gemeinsamen )?Vorsitz|(?:co-)?chaired by|under the "
                     r"(?:joint )?chairmanship of)\b", IC)


def _chaired_by_heads(e: NewsEvent, sents: list[Sentence], published: str | None) -> list[str]:
    """Heads of state or government the next sentence names as chairing or hosting the meeting
    of a round's sentence, else []."""
    k = next((n for n, x in enumerate(sents) if x.start <= e.start < x.end), None)
    if k is None or k + 1 >= len(sents) or not CHAIRED.search(sents[k + 1].text):
        return []
    from accord.news.gazetteer import default

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    chairs: list[str] = []
    for m in sents[k + 1].mentions:
        entry = _PERSONS.get(m.entity) if m.kind == "person" else None
        office = g.office_of(entry, e.date_start or published) if entry is not None else None
        if office is not None and office.title and HEAD_TITLE.fullmatch(office.title) \
                and m.entity not in chairs:
            chairs.append(m.entity)
    return chairs


# a conversation told with a verb of speaking only ("Trump had spoken with Putin", "sprach mit",
# "talked with", "ein Gespräch mit"): no format given, so a round (convention 3), unless the
# sentence presents the heads together in person (`IN_PERSON`, or a place they are in)
SPOKEN = re.compile(r"\b(?:sp(?:oke|oken|eaks?|eaking)|talk(?:ed|s|ing)? (?:with|to)|sprach(?:en)?|"
                    r"gesprochen|spricht|sprechen|unterhielt\w*|unterhalten|conversation|"
                    r"Gespräch(?!e)\w*)\b", IC)
IN_PERSON = re.compile(r"\b(?:met|meet(?:s|ing)?|trafen|traf|trifft|getroffen|treffen|Treffen\w*|visit\w*|"
                       r"besuch\w*|empf(?:ing|ingen|angen|ängt)|receiv\w*|host\w*|welcom\w*|"
                       r"face[- ]to[- ]face|in person|persönlich\w*|side by side|Seite an Seite|sat down|"
                       r"press conference|Pressekonferenz|Gipfel\w*|summit\w*|"
                       # a trip to the talks puts the speakers together ("flew to Washington for
                       # talks with", "reiste zu Gesprächen nach")
                       r"flew|flies|flying|travel(?:l?ed|s|l?ing)|arriv(?:ed|es|ing)|reist(?:e|en)?|gereist|"
                       r"flog|eingetroffen|angereist)\b", IC)
_IN_PLACE = re.compile(r"\b(?:in|im|at|auf)\s+(?:the\s+|der\s+|dem\s+)?$", IC)


def _spoken_only(text: str, s: Sentence | None) -> bool:
    """Whether a sentence tells a conversation with a verb of speaking and nothing that puts the
    speakers together in person (`SPOKEN`, `IN_PERSON`, a place they are in, also a seat named by
    its building: "spoke at the White House", "sprachen im Kreml")."""
    if not SPOKEN.search(text) or IN_PERSON.search(text) or any(rx.search(text) for rx, _ in SEAT_PLACE):
        return False
    return s is None or not any(m.kind == "place" and _IN_PLACE.search(s.text[max(0, m.start - s.start - 12):
                                                                              m.start - s.start])
                                for m in s.mentions)


def _member_parties(e: NewsEvent, sents: list[Sentence], published: str | None) -> None:
    """A summit's European side named only by heads of member states: each member a party (the
    corpus README's member codes "when the text names that member": Macron meeting Merz is FRA
    and DEU, not EUR once; a head of a state without a code, Italy's or Hungary's, is EUR beside
    them). Europe also named as a whole ("European leaders", "die EU") keeps EUR alone."""
    if "EUR" not in e.parties:
        return
    from accord.news.gazetteer import default
    from accord.news.stance_holders import _member_of

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    s = next((x for x in sents if x.start <= e.start < x.end), None)
    if s is None:
        return
    codes: set[str] = set()
    for m in s.mentions:
        if m.actor != "EUR":
            continue
        if m.kind == "person":
            entry = _PERSONS.get(m.entity)
            office = g.office_of(entry, e.date_start or published) if entry is not None else None
            # (a head of a member without a code, Italy's or Hungary's, stands for EUR)
            codes.add(_member_of(office.title) or "EUR" if office is not None and office.title else "EUR")
        elif (code := _member_of(m.surface)) is not None and code != "EU":
            codes.add(code)  # a member named ("die Regierungschefs Frankreichs und Deutschlands")
        else:
            return  # Europe named as a whole ("European leaders", "die EU"): EUR stays
    if codes - {"EUR"}:
        e.parties = sorted((set(e.parties) - {"EUR"}) | codes)


# a meeting beside a summit ("on the sidelines of the G20 summit, X and Y held a discussion", "am
# Rande des Nato-Gipfels trafen sich"): the summit is its occasion, the meeting itself no summit
SIDELINES = re.compile(r"\b(?:on the (?:sidelines|margins|fringes?)|at the margins|am Rande|im Vorfeld|"
                       r"in the run-up to|ahead of)\s+(?:of\s+)?(?:the|a|an|this|that|des|der|eines|einer|"
                       r"dem|den)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*-)?(?:gipfel\w*|summit\w*)\b", IC)


# (session 17) a call told by its verb ("hatte ... Putin angerufen", "rief Putin an", "phoned
# Putin"): the contact the sentence tells is a call, even when it names a meeting of heads as
# its time ("vor dem Treffen mit Selenskyj")
CALL = re.compile(_CALL_WORD.pattern + r"|\b(?:angerufen|anrufen|anzurufen|anrief\w*|phoned|phones)\b|"
                  r"\b(?:rief|riefen|ruft)\b[^.;,]{0,80}?\ban\b(?!\s+(?:den|die|das|der|dem|einem|einer)\b)")
# (session 17) a summit word whose meeting the sentence gives to officials below heads of state
# or government ("a summit in Jeddah where senior officials from 40 countries", "beim Gipfel
# der Sicherheitsberater"): by convention 3 a round, unless leaders are named too
_OFFICIALS = re.compile(r"\b(?:senior|high-ranking|top|government)\s+officials\b|\bofficials\s+from\b|"
                        r"\b(?:national\s+)?security\s+advis[eo]rs\b|\b(?:Sicherheits|Regierungs)berater\w*|"
                        r"\b(?:foreign|defen[cs]e)\s+ministers\b|\b(?:Außen|Aussen|Verteidigungs)minister\w*|"
                        r"\bhochrangige\w*\s+(?:Beamte|Vertreter|Diplomaten)\w*", IC)
_LEADERS = re.compile(r"\bleaders?\b|\bheads?\s+of\s+(?:state|government)\b|\bStaats-|\bStaatschef\w*|"
                      r"\bRegierungschef\w*|\bSpitzenpolitiker\w*|\bLeaders\b|\bPräsident\w*|\bpresidents?\b|"
                      r"\bprime\s+ministers?\b|\bPremier\w*|\bKanzler\w*|\bchancellors?\b|\bKönig\w*|"
                      r"\bking\b", IC)


def _officials_only(text: str, s: Sentence | None) -> bool:
    """Whether a sentence gives its meeting to officials below heads of state or government
    (`_OFFICIALS`) and names no leader, by word or as a person holding a head's office."""
    if not _OFFICIALS.search(text) or _LEADERS.search(text):
        return False
    if not _PERSONS:
        from accord.news.gazetteer import default

        _PERSONS.update({x.entity: x for x in default().surfaces.values() if x.kind == "person"})
    return s is None or not any(m.kind == "person" and m.entity in _PERSONS and _head_office(
        _PERSONS[m.entity]) for m in s.mentions)


def _head_office(entry: Any) -> bool:
    """Whether a person has ever held a head's office in the gazetteer (any date)."""
    return any(o.title and HEAD_TITLE.fullmatch(o.title) for o in getattr(entry, "offices", None) or ())


def _summits(events: list[NewsEvent], sents: list[Sentence], published: str | None) -> None:
    """A round is a summit when its sentence calls it one ("Gipfeltreffen", "summit"; not for a
    plan), when heads of state or government met in person, or when heads of government chaired
    it (named in the next sentence); never a call. The cue says which."""
    for e in events:
        if e.kind == "round":
            text = "".join(x.text for x in sents if x.start <= e.start < x.end)
            sent = next((x for x in sents if x.start <= e.start < x.end), None)
            if SUMMIT_WORD.search(SIDELINES.sub(" ", text)) and not CALL.search(text) and (
                    e.outcome != "planned" or not _OTHER_MEETING.search(SUMMIT_WORD.sub(" ", text))) \
                    and not _officials_only(text, sent):
                # a meeting the text calls a summit ("Gipfeltreffen", "summit"), not a call; a
                # planned one only when the summit is the only meeting the sentence names ("on the
                # eve of the summit on June 5"; not "ahead of the summit, the delegations meet")
                e.kind, e.cue = "summit", f"{e.cue}; summit word"
            elif not CALL.search(text) and not _spoken_only(text, next(
                    (x for x in sents if x.start <= e.start < x.end), None)) and (
                    heads := _heads_of_state(e, sents, published)):
                # an in-person meeting of heads of state or government is a summit
                e.kind, e.cue = "summit", f"{e.cue}; heads of state or government: {', '.join(heads)}"
                _member_parties(e, sents, published)
            elif not CALL.search(text) and (heads := _chaired_by_heads(e, sents, published)):
                # "... beraten am Donnerstag in Paris. Unter dem Vorsitz von Präsident Macron und
                # Premier Starmer ...": a meeting chaired by heads of government is a summit
                e.kind, e.cue = "summit", f"{e.cue}; chaired by heads of government: {', '.join(heads)}"


# (session 17) a head of state or government arriving in, landing in or expected in the capital of
# another side ("Modi arrived in Kyiv", "Selenskyj ist in Washington gelandet", "Selenskyj wird
# morgen in Paris erwartet"): a visit to that side's leadership, so a summit there (held, or
# planned when only expected); not a trip said to be only possible, refused or called off, not a
# trip still to come by a verb of travelling (`plans` reads those as announced steps)
_ARRIVED = re.compile(r"\b(?:arrived|arrives|landed|lands|touched down)\s+in\s+(?:the\s+)?$", IC)
_EXPECTED = re.compile(r"\b(?:is|was|are|were)\s+(?:\w+\s+)?expected\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?$", IC)
# German: the verb closes the clause after the capital ("ist am Montag in Washington gelandet",
# "wird morgen in Paris erwartet"), a few words between the head and the capital
_GERMAN_IN = re.compile(r"^(?:\s+[\w.-]+){0,4}?\s+in\s+$", IC)
_ARRIVED_GERMAN_END = re.compile(r"^[^.;,]{0,40}?\b(?:eingetroffen|angekommen|gelandet)\b", IC)
_EXPECTED_GERMAN_END = re.compile(r"^[^.;,]{0,40}?\berwartet\b", IC)
_NOT_A_VISIT = re.compile(r"\b(?:not|nicht|nie|never|kein\w*|no|could|könnte\w*|would|würde\w*|might|"
                          r"possib\w*|möglich\w*|if|falls|wenn|ob|whether)\b", IC)
# a side's own seat (a visit there is no visit to another side); a European head's by the
# nationality of the title
_OWN_SEAT = {"RUS": "moscow", "UKR": "kyiv", "USA": "washington", "TUR": "ankara", "BLR": "minsk",
             "CHN": "beijing", "SAU": "riyadh", "QAT": "doha", "ARE": "abu_dhabi", "VAT": "vatican"}
_EUR_SEAT = {"french": "paris", "german": "berlin", "british": "london", "polish": "warsaw",
             "italian": "rome", "hungarian": "budapest", "spanish": "madrid", "dutch": "the_hague",
             "danish": "copenhagen",
             "finnish": "helsinki", "swedish": "stockholm", "austrian": "vienna", "czech": "prague"}


def head_visit(s: Sentence, published: str | None) -> tuple[str, str, bool] | None:
    """(the visiting head, the capital's id, whether only expected) when a head of state or
    government is told arriving in, landing in or expected in the capital of another side, else
    None."""
    from accord.news.gazetteer import default

    g = default()
    if not _PERSONS:
        _PERSONS.update({x.entity: x for x in g.surfaces.values() if x.kind == "person"})
    day = next((d.first for d in s.dates), None) or published
    heads = []
    for m in s.mentions:
        entry = _PERSONS.get(m.entity) if m.kind == "person" else None
        office = g.office_of(entry, day) if entry is not None else None
        if office is not None and office.title and HEAD_TITLE.fullmatch(office.title) \
                and _ENVOY_OF.match(s.text, m.end - s.start) is None:
            own = _EUR_SEAT.get(office.title.split()[0].lower()) if office.actor == "EUR" \
                else _OWN_SEAT.get(office.actor)
            heads.append((m, office.actor, own))
    for m, actor, own in heads:
        for c in s.mentions:
            if c.kind != "place" or c.entity not in SEATS or c.entity == own or c.actor == actor \
                    or not 0 < c.start - m.end <= 90:
                continue
            before = s.text[m.end - s.start:c.start - s.start]
            after = s.text[c.end - s.start:]
            if re.search(r"[;:()]", before) or _NOT_A_VISIT.search(before) or any(
                    x.kind == "person" and m.end <= x.start < c.start for x in s.mentions):
                continue
            german = _GERMAN_IN.match(before) is not None
            if (_EXPECTED.search(before) or (german and (v := _EXPECTED_GERMAN_END.match(after)))) \
                    and not _NOT_A_VISIT.search(after[:60]):
                return m.entity, c.entity, True
            if (_ARRIVED.search(before) or (german and (v := _ARRIVED_GERMAN_END.match(after))
                                            and not _NOT_A_VISIT.search(v.group(0)))):
                return m.entity, c.entity, False
    return None


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
