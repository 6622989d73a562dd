"""Territory named only as a place (split from `stances`; `find_stances` reads them): a preposition
of place before the word for territory (`LOCATED`, `_located`; not "on" after a word of bargaining,
nor Russian troops left on it), and a truce limited to a place or purpose (`LOCAL_TRUCE`).
"""

from __future__ import annotations

import re

from accord.news.prefilter import gate_patterns
from accord.news.stance_holders import IC

# territory as a location: a preposition of place before the word for territory ("on Ukrainian
# territory", "in their territory", "auf ukrainischem Territorium", "im eigenen Staatsgebiet"),
# not occupied or annexed land (itself what a position is about)
LOCATED = re.compile(r"\b(?:on|in|into|onto|across|inside|within|auf|im|ins|innerhalb)\s+"
                     r"(?:(?:the|its|their|his|her|our|der|dem|den|das|des|ihrem|ihren|ihres|seinem|seinen|"
                     r"seines|unserem|eigenem|eigenen)\s+)?"
                     r"(?!(?:occupied|annexed|remaining|contested|disputed|besetzt|annektiert|umstritten)\w*\s)"
                     r"(?:[\w-]+\s+)?(?:territory|territories|Territorium|Territoriums|Staatsgebiet|"
                     r"Staatsgebiets|Hoheitsgebiet|Hoheitsgebiets)\b", IC)


_TRUCE = r"(?:waffenruhe|waffenstillstand|feuerpause|ceasefire|truce)\w*"


# a truce limited to a place or a purpose: at sea, at a power plant, for repairs (a region by its
# name, "in the Zaporizhzhia region", is no plant: only a plant word limits the truce)
LOCAL_TRUCE = re.compile(
    r"\b(?:Black[- ]Sea|maritime|naval|sea|local(?:i[sz]ed)?|lokale\w*|örtliche\w*)\s+(?:\w+\s+)?" + _TRUCE +
    r"|\bSchwarzmeer-?" + _TRUCE +
    r"|\b" + _TRUCE + r"\s+(?:\w+\s+)?(?:at|around|near|in|on|am|im|um|beim|bei|an|auf)\s+"
    r"(?:the\s+|dem\s+|der\s+|das\s+)?(?:\w+\s+)?(?:ZNPP|NPP|nuclear|power|plant|"
    r"AKW|Atomkraftwerk\w*|Kernkraftwerk\w*|Kraftwerk\w*|Black Sea|Schwarzen Meer|sea|Meer)\b"
    r"|\b" + _TRUCE + r"\s+(?:[\w-]+\s+){0,6}?(?:to (?:allow\s+)?repair\w*|for repairs?|zur Reparatur|"
    r"um\b[^.;]{0,60}\bzu reparieren)", IC)


# "on" after a word of bargaining or of a position names what they are about, not a place
# ("concessions on territory", "will not compromise on its territory", "a deal on territory")
_ABOUT_ON = re.compile(r"\b(?:concessions?|conced\w*|compromis\w*|deals?|agreements?|accords?|talks|"
                       r"negotiat\w*|positions?|stance|referendum|demands?|budg\w*|yield\w*|flexib\w*|"
                       r"ground|mov(?:e|es|ed|ing)|movement|progress|decisions?|terms|proposals?|questions?|"
                       r"issues?|disputes?|differences|gaps?|views?|bargain\w*|trade-offs?)\s+(?:\w+\s+)?$",
                       IC)


def _located(t: str) -> list[tuple[int, int]]:
    """The spans of `t` naming territory only as a place (LOCATED; not "on" after a word of
    bargaining, `_ABOUT_ON`); cheap gate on 'territ'/'gebiet'."""
    low = t.lower()
    if "territ" not in low and "gebiet" not in low:
        return []
    return [m.span() for m in LOCATED.finditer(t)
            if not (m.group(0)[:2].lower() == "on"
                    and _ABOUT_ON.search(t, max(0, m.start() - 40), m.start()))
            and not (_OCCUPIER_BEFORE.search(t, max(0, m.start() - 60), m.start()) and _STAYING.search(t))]


# Russian troops left or staying on the territory ("any deal that leaves Russian soldiers on its
# territory", "ein Abkommen, das russische Truppen auf ukrainischem Territorium belässt"): who keeps
# the land, a position on territory, not a place
_OCCUPIER_BEFORE = re.compile(r"\b(?:Russian|russische\w*)\s+(?:troops|soldiers|forces|army|units|Truppen|"
                              r"Soldaten|Streitkräfte|Einheiten|Armee)\b(?:\s+[\w-]+){0,2}?\s+$", IC)


_STAYING = re.compile(r"\b(?:leave|leaves|leaving|left|remain\w*|stay\w*|belass\w*|beläss\w*|bleib\w*|"
                      r"verbleib\w*|lässt|lassen|lasse|ließe)\b", IC)


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
