"""Events from sentences: negotiation rounds, partial agreements, postponements, pledges,
claims, polls and statements of intent, each coded with a PLOVER event type and CAMEO code.

Codes (PLOVER: Halterman et al. 2017; CAMEO: Gerner et al. 2002): round and postponement
CONSULT/046 (engage in negotiation), statement of intent CONSULT/036 (express intent to meet or
negotiate), partial agreement AGREE/057 (sign formal agreement), pledge AID/070-074 (provide
aid: 071 economic, 072 military, 074 humanitarian), claim of territorial gains ASSAULT/192
(occupy territory), a rebuttal ACCUSE/112, other claims and polls no PLOVER type (they are
statements, not interactions) with CAMEO 010 (make statement).

The rules live in one module per family; each searches its patterns through the cue prefilter
(`gate_patterns` on its last line). Imports run one way, in the order of `MODULES`:

- `common`: cue patterns, actors and the coder, used by all;
- `event_places`: the places a sentence names for its event;
- `event_dates`: the date of a sentence's event (not the day of a report or a saying);
- `event_records`: the record maker `_event`, the sides at the table, attribution;
- `intents`: statements of intent, the words of a next step, a paper sent, contact kept;
- `no_step`: what is not a next step (a plan made public, a readiness in general, a wish only);
- `announced_steps`: a step announced by its structure, and a step told again merged into one;
- `announced_before`: a step announced before the report, told in the pluperfect;
- `present_tense`: meetings told in the present tense (headlines, leads), an arrival denied;
- `rounds`: rounds and calls, and their details;
- `told_again`: one meeting told in several sentences, merged into one record;
- `summits`: which rounds are summits (meetings of heads of state or government);
- `context`: the passes after the loop that give events their place and date from the article;
- `plans`: postponements, planned meetings, hedged plans;
- `postponements`: what else can be moved, the new day of a move, one move told again;
- `claimants`: who tells a claim (source or speaker, reported speech) and whether it is told as
  what happened (not a hypothesis, condition or plan);
- `attacks`: attacks told by a side;
- `disputes`: an assertion of one side that another side doubts or denies;
- `claims`: captures, accusations, denials, deals said broken or kept, and who claims what against
  whom over all claims;
- `pledges`: pledges and polls;
- `agreement_exchanges`: exchanges of prisoners and bodies, done or to come, and what is no one
  exchange (running totals, habits, numbers per side);
- `agreed_steps`: further steps agreed, offered or presented (`_next_step`);
- `agreements`: partial agreements, deals signed or extended, limited truces, consent, repeats;
- `unilateral_steps`: a side's own step (a truce declared, a halt announced);
- `learned`: the learned fallback for sentences no rule claimed;
- `passes`: the passes over all events once every sentence has been tried (summits, meetings not
  held, repeats merged, claims' sides, places and dates from context);
- `walk`: what the cascade carries from sentence to sentence (`_Walk`) and the steps it takes
  after the sentence rules (a consent, heads, a statement on the last event, an announced step, a
  meeting referred to with its own day, the learned fallback);
- `claim_rules`: the sentence rules of the cascade that make claims (a deal said broken or kept,
  an accusation or denial, a capture, a rebuttal, attacks told, a contested assertion, an energy
  truce kept), read from the cues and helpers of `claims`, `claimants`, `attacks`, `disputes`;
- `deal_rules`: the sentence rules of the cascade for deals (an item agreed, a deal extended or
  signed, an exchange done or to come, bodies returned, a unilateral step);
- `pledge_rules`: the pledge rule of the cascade (givers, recipients, conditions, refusals);
- `cascade`: `find_events`, which tries the families sentence by sentence in a fixed order (see
  its docstring) and then calls `passes.after_the_sentences`.
"""

from __future__ import annotations

from accord.news.events.cascade import find_events
from accord.news.events.common import ACTORS, CLAIM, TOPICS
from accord.news.events.event_places import SEAT_PLACE
from accord.news.events.learned import _NEEDS

MODULES = ("common", "event_places", "event_dates", "event_records", "intents", "no_step", "announced_steps",
           "announced_before", "present_tense", "rounds", "told_again", "summits", "context", "plans",
           "postponements", "claimants", "attacks", "disputes", "claims", "pledges", "agreement_exchanges",
           "agreed_steps", "agreements", "unilateral_steps", "learned", "passes", "walk", "claim_rules",
           "deal_rules", "pledge_rules", "cascade")
"""The family modules, each importing only those before it (`accord.news.facts.RULE_FILES`
lists their files in this order)."""

__all__ = ["ACTORS", "CLAIM", "MODULES", "SEAT_PLACE", "TOPICS", "_NEEDS", "find_events"]
