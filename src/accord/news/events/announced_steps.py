"""Announced steps (CONSULT/036, split from `intents`): an announced step by its structure
(`announced_step`, `ANNOUNCED_STEP`): an actor as agent, a verb of a concrete step and a frame that
puts it ahead; talks paused or going on, an exchange ahead, a deal suspended, a threat, papers
handed over; a step negated in its own frame (`_negated_before`), an exchange of prisoners named
(`_of_prisoners`), the family of a step (`_step_family`), and a step told again within a few
sentences merged into one (`_restated_steps`, `RESTATED_WITHIN`, the truce scopes that tell one
truce from another). Used by `walk`, `cascade`, `passes`, the deal, claim and pledge rules, `agreed_steps` and
`unilateral_steps`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.news.events.common import IC
from accord.news.events.intents import _HOLD_COURSE, NO_STEP
from accord.news.facts import NewsEvent
from accord.news.prefilter import gate_patterns

if TYPE_CHECKING:
    from accord.news.extract import Sentence


# ---------------------------------------------------------------------------------------------
# An announced step by its structure (`announced_step`): an actor as agent, a verb of a concrete
# step (examining, handing over, preparing, continuing, suspending, sending, informing, setting
# up) and a frame that puts the step ahead or makes it decided, ordered or under way (a future or
# modal auxiliary, the Konjunktiv of reported speech, a verb of deciding, instructing or
# readiness with a zu-infinitive, English to-infinitives after such verbs). Built from lemma
# classes, not from wordings: German separable verbs get their zu-infinitive ("vorzubereiten")
# and participle ("vorbereitet") from the same table.

# (separable particle, stem, participle) of the German step verbs
_DE_STEPS: tuple[tuple[str, str, str], ...] = (
    ("", "prüfen", "geprüft"), ("", "überprüfen", "überprüft"), ("", "untersuchen", "untersucht"),
    ("", "studieren", "studiert"), ("", "analysieren", "analysiert"), ("an", "sehen", "angesehen"),
    ("", "übergeben", "übergeben"), ("", "überreichen", "überreicht"), ("", "übermitteln", "übermittelt"),
    ("weiter", "leiten", "weitergeleitet"), ("vor", "legen", "vorgelegt"), ("zu", "stellen", "zugestellt"),
    ("vor", "bereiten", "vorbereitet"), ("", "organisieren", "organisiert"),
    ("aus", "arbeiten", "ausgearbeitet"), ("", "erarbeiten", "erarbeitet"),
    ("fort", "setzen", "fortgesetzt"), ("fort", "führen", "fortgeführt"),
    ("weiter", "führen", "weitergeführt"), ("wieder", "aufnehmen", "wiederaufgenommen"),
    ("weiter", "verhandeln", "weiterverhandelt"), ("aus", "setzen", "ausgesetzt"),
    ("", "entsenden", "entsandt"), ("", "schicken", "geschickt"), ("", "informieren", "informiert"),
    ("", "unterrichten", "unterrichtet"), ("an", "rufen", "angerufen"), ("ein", "richten", "eingerichtet"),
    ("", "bilden", "gebildet"), ("", "ernennen", "ernannt"), ("", "treffen", "getroffen"),
    # (session 15) a call to come ("werde noch heute mit Trump telefonieren")
    ("", "telefonieren", "telefoniert"))


# (lower case only: "treffen" is a verb, "Treffen" the meeting)
_DE_INF = "(?-i:" + "|".join(sorted({p + v for p, v, _ in _DE_STEPS})) + ")"


_DE_ZU = "(?-i:" + "|".join(sorted({(p + "zu" + v) if p else ("zu " + v) for p, v, _ in _DE_STEPS})) + ")"


_DE_PART = "(?-i:" + "|".join(sorted({part for _, _, part in _DE_STEPS if part != "getroffen"})) + ")"


# English step verbs, base form, and their participles (for the passive)
_EN_STEP = (r"(?:examine|study|review|consider|look into|assess|analy[sz]e|hand over|forward|pass on|"
            r"relay|convey|submit|deliver|transmit|prepare|arrange|organi[sz]e|draft|work out|"
            r"work (?:on|toward|towards)|"
            r"continue|resume|pursue|carry on|suspend|leave|quit|exit|withdraw from|pull out of|send|"
            r"dispatch|inform|brief|call|phone|set up|establish|appoint|reach out|get in touch|report back|"
            # (session 15) a call to come in more words ("would speak with Putin by phone", "will
            # hold a phone call with", "will talk on the phone")
            r"(?:speak|talk)\s+(?:again\s+)?(?:(?:with|to)\s+(?:[\w.'’-]+\s+){1,4}?)?(?:again\s+)?"
            r"(?:by|on the|over the)\s+"
            r"(?:tele)?phone|"
            r"(?:hold|have)\s+(?:a\s+|another\s+)?(?:new\s+)?(?:phone|telephone)\s+(?:call|conversation)|"
            # a paper to be given ("is ready to provide Ukraine's delegation with a memorandum")
            r"provide\s+(?:[\w-]+\s+){0,4}?with\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:memorandum|draft|"
            r"document|proposals?|list|response|roadmap)|"
            # an appointment by "name" only with the role named ("name a new chief negotiator")
            r"name (?:a |an |the |his |her |its |their )?(?:new )?(?:[\w-]+ )?(?:negotiator|envoy|"
            r"representative|delegation|mediator)|"
            r"(?:begin|start|launch|open) (?:\w+ ){0,2}"
            r"(?:talks|negotiations|consultations|work|preparations)|"
            r"hold (?:\w+ ){0,2}(?:talks|negotiations|consultations))")


_EN_PART = (r"(?:examined|studied|reviewed|considered|looked into|assessed|analy[sz]ed|handed over|"
            r"forwarded|passed on|relayed|conveyed|submitted|delivered|transmitted|prepared|arranged|"
            r"organi[sz]ed|drafted|"
            r"worked out|continued|resumed|pursued|suspended|sent|dispatched|informed|briefed|set up|"
            r"established|appointed)")


_EN_ING = (r"(?:examining|studying|reviewing|considering|preparing|arranging|organi[sz]ing|drafting|working "
           r"(?:out|toward|towards)|handing over|forwarding|submitting|setting up)")


# papers a side examines or prepares (German nouns, in compounds)
_PAPERS_DE = (r"[\w-]*(?:Vorschl[aä]g\w*|Plan|Plans|Pläne\w*|Entw[uü]rf\w*|Antwort\w*|Memorand\w*|Liste\w*|"
              r"Papier\w*|Dokument\w*|Initiative\w*|Angebot\w*)")


# the nouns of talks (German, in compounds: "Gesprächsrunde", "Verhandlungen")
_TALKS_DE = (r"[\w-]*(?:Gespräch\w*|Verhandlung\w*|[Tt]reffen)|(?:Gesprächs|Verhandlungs|Friedens)?[Rr]unde"
             # (a bare "Runde" of something else is no talks: "eine neue Runde von Sanktionen")
             r"(?!\s+(?:von|der|an)\s+(?![\w-]*(?:Gespräch|Verhandlung)))")


# a continuation or resumption of talks ("Fortsetzung der Gespräche", not "der Angriffe")
_GOING_ON_DE = (r"(?:Fortsetzung|Fortführung|Wiederaufnahme)\s+(?:der|des|von)\s+(?:[\w-]+\s+)?"
                r"[\w-]*(?:Gespräch\w*|Verhandlung\w*|Dialog\w*|Konsultation\w*|Kontakt\w*)")


# a step announced by its noun ("kündigte eine Prüfung der Vorschläge an", "die Vorbereitung eines
# Treffens", "die Entsendung einer Delegation")
_STEP_NOUN_DE = (r"(?:Prüfung|Überprüfung|Übermittlung|Weiterleitung|Vorbereitung|Entsendung)\s+(?:der|des|"
                 r"eines|einer|ihrer|seiner)\s+(?:[\w-]+\s+)?(?:" + _PAPERS_DE + r"|\w*[Tt]reffens|Gipfel\w*|"
                 r"Gespräch\w*|Verhandlung\w*|Delegation)")


# the frames, each with the step verb after it
ANNOUNCED_STEP = re.compile(
    # German future or modal ("werde den Plan prüfen", "wollen die Gespräche fortsetzen"); a
    # Konjunktiv II only with a now/soon ("würden nun geprüft": reported speech for "werden")
    r"\b(?:werde|werden|wird|wolle|wollen|will|soll|sollen|würden?\s+(?:nun|jetzt|bald|umgehend|zeitnah|"
    r"demnächst))\b[^.;:?!]{0,70}?\b(?:" + _DE_INF + "|" + _DE_PART + r")\b|"
    # the same verb-final, in a subordinate clause ("dass Moskau die Gespräche fortsetzen werde",
    # "dass die Liste geprüft werden solle")
    r"\b" + _DE_INF + r"\s+(?:werde|werden|wird|wolle|wollen|will|solle|sollen|soll)\b|"
    r"\b" + _DE_PART + r"\s+(?:werde|werden\s+(?:solle|sollen|soll)|werden(?!\s+(?:sollte|müsste|"
    r"könnte|dürfte|würde|kann|können|muss|müssen|darf|dürfen)))\b|"
    # German zu-infinitive after deciding, instructing, readiness, agreeing, announcing, planning
    # ("habe sich entschieden, den Plan zu prüfen", "beauftragt, ... vorzubereiten", "bereit, sich
    # zu treffen"); also their nouns ("Entscheidung, ... auszusetzen", "Auftrag, ...")
    r"\b(?:entschied\w*|entschieden|beschloss\w*|beschlossen|entschlossen|beauftragt\w*|angewiesen|wies\b"
    r"[^.;]{0,40}\ban|bereit|gewillt|vereinbart\w*|kündigt\w*[^.;]{0,40}\ban|"
    r"angekündigt|versprach\w*|versprochen|zugesagt|plant|planen|beabsichtig\w*|Absicht|Entscheidung|Einigung|"
    r"Beschluss|Auftrag|Anweisung|für (?:angebracht|notwendig|erforderlich|geboten)|"
    # agreed between the sides ("einigten sich darauf, sich erneut zu treffen"; not negated:
    # "einigten sich nicht darauf", "haben sich nicht darauf geeinigt")
    r"einigt\w*\s+sich(?!\s+(?:noch\s+|bisher\s+|bislang\s+)?nicht\b)|"
    r"(?<!nicht )(?<!nicht darauf )(?<!nicht dazu )geeinigt)\b,?[^.;:?!]{0,80}?"
    r"\b(?:" + _DE_ZU + r")\b|"
    # English future, modal, decision, instruction, readiness, continuation with the step's base
    # ("will examine", "decided to suspend", "is ready to hand over", "continues to prepare")
    r"\b(?:will|would|shall|(?:is|are) going to|(?:is|are) to|(?:plans?|planned|intends?|intended|decided|"
    r"(?:is|are) expected|(?:consider|considers|deem|deems|find|finds) it (?:appropriate|necessary|advisable)"
    r"[^.;]{0,60}?|"
    r"decides|resolved|vowed|pledged|promised|agreed|(?:is|are|was|were) (?:ready|prepared|willing|set)|"
    r"stands? ready|continues|continued)\s+to)\s+(?:(?:now|also|soon|then|further|jointly|"
    r"immediately|unilaterally|continue to|start to|begin to)\s+)*" + _EN_STEP + r"\b|"
    # English instruction to someone ("instructed his team to work toward arranging a meeting")
    r"\b(?:instructed|ordered|tasked|directed|commissioned|asked)\s+(?:\w+\s+){1,4}?to\s+(?:(?:now|also|"
    r"immediately)\s+)?" + _EN_STEP + r"\b|"
    # English passive ahead ("the cases will now be examined", "are to be handed over")
    r"\b(?:will|would|shall|(?:is|are) to|(?:is|are) going to)\s+(?:now\s+|also\s+|soon\s+)?be\s+"
    r"(?:\w+ly\s+)?" + _EN_PART + r"\b|"
    # German present of examining or preparing, under way ("Kiew prüft den Vorschlag", "man bereite
    # eine Antwort vor", "arbeiten einen Entwurf aus")
    r"\b(?-i:prüf(?:t|e|en)|überprüf(?:t|e|en))\b[^.;]{0,40}\b(?:" + _PAPERS_DE + r")\b|"
    r"\b(?:bereite|bereiten|bereitet|arbeite|arbeiten|arbeitet)\b[^.;]{0,60}\b(?:" + _PAPERS_DE
    + r"|Treffen|Gipfel\w*|Gespräch\w*|Verhandlung\w*|Besuch)\b[^.;,]{0,50}\b(?:vor|aus)\b|"
    # under way ("we are preparing a meeting", "is working on a response", "looks forward to arranging")
    r"\b(?:is|are|am)\s+(?:now\s+|also\s+|currently\s+|already\s+)?" + _EN_ING + r"\b|"
    r"\blooks? forward to\s+" + _EN_ING.replace("(?:", "(?:arranging|", 1) + r"\b|"
    # talks announced by their noun: a continuation, a resumption, new talks ("kündigten eine
    # Fortsetzung der Gespräche an", "announced the resumption of talks", "announced new talks")
    r"\b(?:kündigt\w*|angekündigt)\b[^.;:?!]{0,60}?\b(?:" + _GOING_ON_DE + r"|" + _STEP_NOUN_DE + r"|"
    r"(?:neue|weitere|nächste|erneute)\w* (?:[\w-]+ )?(?:" + _TALKS_DE + r"))\b|"
    r"\b(?:" + _GOING_ON_DE + r"|(?:neue|weitere|nächste|erneute)\w* (?:[\w-]+ )?(?:" + _TALKS_DE + r"))\b"
    r"[^.;:?!]{0,60}?\bangekündigt\b(?!\s+(?:worden|wurde|war))|"
    # (of talks: "announced a new round of sanctions", "the resumption of strikes" are no talks)
    r"\bannounc(?:e|es|ed|ing)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:review|examination|study|preparation)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:proposals?|plan|draft|memorandum|response|meeting|"
    r"summit|talks|documents?)\b|"
    r"(?:a|the)\s+(?:continuation|resumption)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|negotiations|consultations|dialogue|contacts|meetings?)\b|(?:(?:a|the)\s+)?(?:new|further|"
    r"fresh|another|next)\s+(?:round\s+of\s+)?(?:talks|negotiations|consultations|meetings?|"
    r"round\b(?!\s+of\b)))\b", IC)


# the actor doing the step may be a pronoun or "the side" ("wir", "die ukrainische Seite", "we",
# "the parties") when the sentence names no actor
_AGENT = re.compile(r"\b(?:(?-i:[Mm]an)|wir|we|unsere?|our|he|she|they|er|Seite|Seiten|side|sides|"
                    r"Parteien|parties|beide\w*|both|Delegation\w*|delegations?|Unterhändler|negotiators?|Regierung|government|"
                    r"Präsident\w*|President|Kreml\w*|Kremlin|Weißes Haus|White House|"
                    # an impersonal decision of the sides ("it was agreed to", "es wurde beschlossen")
                    r"it (?:was|has been) (?:agreed|decided)|es wurde (?:vereinbart|beschlossen))\b", IC)


# talks paused to a named time or resuming ("a pause until tomorrow", "bis morgen unterbrochen",
# "talks will continue tomorrow"): the next sitting is announced
TALKS_PAUSED = re.compile(
    r"\b(?:pause|break|recess)\b[^.;]{0,50}\b(?:talks|negotiations)\b[^.;]{0,20}\buntil\b|"
    r"\b(?:talks|negotiations)\b[^.;]{0,30}\b(?:paused|on pause|adjourned|suspended)\b[^.;]{0,30}\buntil\b|"
    r"\b(?:Pause|Unterbrechung)\b[^.;]{0,50}\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,20}\bbis\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,40}\b(?:unterbrochen|vertagt)\b[^.;]{0,10}\bbis\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*)\b[^.;]{0,40}\bbis\b[^.;]{0,30}\b(?:unterbrochen|vertagt)\b", IC)


# talks said to go on, or (in the Konjunktiv of reported speech) said to be planned, with no day
# ("die Diskussionen würden fortgesetzt", "es seien Verhandlungen über X geplant", "discussions will
# continue", "talks would resume"): the sides' next step, announced by whoever is reported
TALKS_GO_ON = re.compile(
    # (the talks the subject: not governed by a preposition, "Ohne Verhandlungen werde der Krieg
    # weitergehen", and no subject of its own after the modal)
    r"(?<!\bohne )(?<!\bnach )(?<!\btrotz )(?<!\bnach den )(?<!\bohne die )(?<!\btrotz der )"
    r"\b(?:Gespräch\w*|Verhandlung\w*|Diskussion\w*|Konsultation\w*|Dialog\w*)\b[^.;:?!]{0,60}?"
    r"\b(?:würden|werden|wird|werde|sollen|soll|solle|sollten)\b(?!\s+(?:der|ein|kein)\s+(?-i:[A-ZÄÖÜ]))"
    r"[^.;:?!]{0,40}?\b(?:fortgesetzt|fortgeführt|"
    r"weitergeführt|wiederaufgenommen|wieder aufgenommen|weitergehen)\b|"
    r"\b(?:sei|seien)\b\s+(?:\w+\s+){0,2}?(?:Gespräch\w*|Verhandlung\w*|Konsultation\w*|\w*[Tt]reffen)\b"
    r"[^.;:?!]{0,60}?\b(?:geplant|vorgesehen)\b|"
    r"\b(?:Gespräch\w*|Verhandlung\w*|Konsultation\w*|\w*[Tt]reffen)\b[^.;:?!]{0,60}?\b(?:sei|seien)\b"
    r"[^.;:?!]{0,30}?\b(?:geplant|vorgesehen)\b|"
    r"(?<!\bwithout )(?<!\bafter the )(?<!\bdespite the )"
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|contacts)\b[^.;:?!]{0,60}?\b(?:will|would|"
    r"shall|are to|is to|are set to|is set to)\s+(?:\w+\s+)?(?:continue|resume|go on|carry on|proceed)\b|"
    # a next contact expected soon ("another call between the two presidents is expected soon", "ein
    # weiteres Telefonat wird in Kürze erwartet")
    r"\b(?:another|a new|a further|the next|ein weiteres|ein neues|das nächste|eine weitere|eine neue|"
    r"die nächste)\s+(?:[\w-]+\s+)?(?:conversation|call|meeting|round|talks|Gespräch|Telefonat|Treffen|"
    r"Runde)\b[^.;:?!]{0,80}?\b(?:(?:is|are) expected (?:soon|shortly|in the coming)|(?:wird|werde) "
    r"(?:bald|in Kürze|demnächst) erwartet)|"
    # (session 15) a next call or meeting said to follow, to be held or already arranged ("ein
    # weiteres Telefonat werde in Kürze folgen", "das nächste Telefongespräch soll bald stattfinden",
    # "ein neues Treffen sei vereinbart", "another phone call will follow soon", "a further call is
    # planned")
    r"\b(?:another|a new|a further|the next|a second|ein weiteres|ein neues|ein erneutes|ein zweites|"
    r"das nächste|eine weitere|eine neue|eine zweite|die nächste)\s+(?:[\w-]+\s+)?(?:(?:phone |telephone |"
    r"video )?(?:call|conversation)|\w*[Tt]elefonat|\w*[Tt]elefongespräch|\w*[Gg]espräch|\w*[Tt]reffen|"
    r"Video\w*|meeting)\b[^.;:?!]{0,80}?\b(?:(?:will|would|is to|is set to|is due to)\s+(?:\w+\s+)?"
    r"(?:follow|take place|be held)|(?:is|has been|was) (?:planned|scheduled|arranged|agreed)|"
    r"(?:werde|wird|solle|soll)\b[^.;:?!]{0,40}?\b(?:folgen|stattfinden)|"
    r"(?:sei|ist)\s+(?:\w+\s+){0,3}?(?:vereinbart|geplant|vorgesehen|verabredet))\b|"
    # (session 16) the next round or talks by their noun, further from the verb ("the next round of
    # negotiations on the settlement will take place within ten days", "Das nächste Treffen der
    # Berater ... wird später stattfinden", "new talks are to be held soon"), the verb first ("sei
    # das nächste Treffen bereits vereinbart"), or talks to come in reported speech ("In den
    # kommenden Tagen sollten die Beratungen dann stattfinden", "die Gespräche sollen bald stattfinden")
    r"\b(?:another|a new|a further|the next|a second|new|further|ein weiteres|ein neues|ein erneutes|"
    r"ein zweites|das nächste|eine weitere|eine neue|eine zweite|die nächste|neue|weitere)\s+(?:[\w-]+\s+)?"
    r"(?:round|talks|negotiations|consultations|meeting|\w*[Rr]unde|Gespräche|Verhandlungen|Beratungen|"
    r"Konsultationen|\w*[Tt]reffen)\b[^.;:?!]{0,120}?\b(?:(?:will|would|is to|are to|is set to|are set to|"
    r"is due to|are due to)\s+(?:\w+\s+)?(?:take place|be held)|(?:werde|wird|werden|solle|soll|sollen|"
    r"sollten)\b[^.;:?!]{0,40}?\bstattfinden)\b|"
    r"\b(?:sei|ist|seien|sind)\s+(?:\w+\s+){0,2}?(?:das nächste|ein weiteres|ein neues|eine weitere|"
    r"eine neue|die nächste|neue|weitere)\s+(?:[\w-]+\s+)?(?:\w*[Tt]reffen|\w*[Rr]unde|Gespräche|"
    r"Verhandlungen|Telefonat|\w*[Gg]espräch)\s+(?:\w+\s+){0,3}?(?:vereinbart|geplant|vorgesehen|"
    r"verabredet)\b|"
    r"\b(?:sollen|sollten|solle|soll)\s+(?:[\w-]+\s+){0,2}?(?:die\s+)?(?:Beratungen|Gespräche|"
    r"Verhandlungen|Konsultationen)\s+(?:[\w-]+\s+){0,3}?stattfinden\b|"
    r"(?<![Oo]hne )\b(?:Beratungen|Gespräche|Verhandlungen|Konsultationen)\s+(?:sollen|sollten|solle)\s+"
    r"(?:[\w-]+\s+){0,3}?stattfinden\b|"
    # talks said to begin ("negotiations are set to begin immediately", "talks will start soon")
    r"(?<!\bwithout )(?<!\bno )(?<!\bany )\b(?:talks|negotiations|consultations)\b[^.;:?!,]{0,40}?\s"
    r"(?:will|are to|are set to|are due to|would)\s+(?:\w+\s+)?(?:begin|start)\b", IC)


# (session 16) an exchange of prisoners said to come, with no agreement told ("Kyiv anticipates a
# prisoner exchange in the near future", "a new exchange of prisoners is being prepared", "rechnet mit
# einem baldigen Austausch von Gefangenen", "soll es später zu einem solchen Austausch kommen", "ein
# weiterer Austausch werde vorbereitet"): the sides' next step, announced
_EXCHANGE_WORD = (r"(?:(?:prisoner|POW|prisoner-of-war)\s+(?:exchange|swap)|exchange of (?:prisoners|POWs|"
                  r"captives)|(?:exchange|swap)|\w*[Gg]efangenenaustausch\w*|Austausch\w*)")


EXCHANGE_AHEAD = re.compile(
    r"\b(?:anticipates?|expects?|expected|rechnet\w*\s+mit|erwartet)\s+(?:a|an|another|a new|a further|"
    r"einem|einen|einen weiteren|einem weiteren|einem neuen|einen neuen)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\b|"
    r"\b(?:a|another|the next|ein|eine|der nächste|ein weiterer|ein neuer)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\b[^.;:?!]{0,60}?\b(?:is being prepared|(?:is|are) (?:now )?(?:being )?planned|"
    r"will take place|(?:wird|werde|werden)\s+(?:\w+\s+){0,2}?vorbereitet|(?:ist|sei)\s+(?:\w+\s+)?"
    r"(?:geplant|in Vorbereitung))\b|"
    r"\b(?:soll|solle|sollen|werde|wird)\s+es\b[^.;:?!]{0,50}?\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+){0,2}?"
    + _EXCHANGE_WORD + r"\s+kommen\b", IC)


# a deal suspended, left, or threatened with ending (convention 4: leaving a deal is a step)
SUSPEND_DEAL = re.compile(
    r"\b(?:setzt\w*|setzen)\b[^.;]{0,60}\b\w*(?:abkommen|vereinbarung|abmachung|teilnahme|beteiligung)\w*"
    r"\b[^.;]{0,20}\baus\b|\b\w*(?:abkommen|vereinbarung|abmachung|teilnahme|beteiligung)\w*\b[^.;]{0,50}"
    r"\bausgesetzt\b|\b(?:drohte\w*|gedroht|droht|drohen)\b[^.;]{0,40}\b(?:mit (?:einem |dem )?"
    r"(?:Aus|Ausstieg|Austritt|Ende)\b|aus\w* (?:dem )?(?:Abkommen|Vereinbarung)\w*)|"
    r"\bmit (?:einem |dem )?(?:Aus|Ausstieg|Austritt)\b[^.;]{0,40}\b(?:gedroht|drohte\w*|droht|drohen)\b|"
    # threatened or reserved with the verb of leaving ("droht damit, das Abkommen aufzukündigen",
    # "behält sich das Recht vor, aus der Waffenruhe auszusteigen")
    r"\b(?:drohte\w*|gedroht|droht|drohen|Recht vor)\b[^.;]{0,100}\b(?:aufzukündigen|zu kündigen|"
    r"auszusteigen|auszutreten|aufzuheben|platzen zu lassen)\b|"
    r"\b(?:threat(?:en|ens|ened)|reserves? the right)\s+to\s+(?:terminate|scrap|tear up|abandon|exit|"
    r"leave|quit|withdraw from|pull out of|walk away from)\b|"
    r"\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed)?)\s+(?:its |their |the |his )?(?:\w+ ){0,3}?"
    r"(?:deal|agreement|accord|participation|initiative)\b|"
    r"\bthreat(?:en|ens|ened)\s+to\s+(?:leave|quit|exit|withdraw from|pull out of|suspend|walk away from)\b",
    IC)


# a threat or step told as made again and again: a standing position, no step of the day
_TIME_AND_AGAIN = re.compile(r"\b(?:repeatedly|time and again|again and again|wiederholt|mehrfach|"
                             r"immer wieder)\b", IC)


# a threat told with what the side will then do ("..., wird Russland dies nicht tun, drohte X",
# "threatened that Moscow would no longer respect the deal"): with a deal named, a step on it
THREAT_STEP = re.compile(r"\b(?:drohte\w*|droht|drohen|gedroht|threaten(?:s|ed)?)\b[^.;]{0,80}\b"
                         r"(?:wird|werde|werden|würde|würden|will|would)\b|\b(?:wird|werde|werden|würde|würden|will|would)\b"
                         r"[^.;]{0,120}\b(?:drohte\w*|droht|gedroht|threatened)\b", IC)


# a paper handed over or forwarded, also as told from before ("hatte ihre Vorschläge überreicht",
# "forwarded its proposals"): the handing over is the step (the corpus README: forwarding proposals)
_PAPERS = (r"(?:[\w-]*vorschl[aä]g\w*|[\w-]*angebot\w*|[\w-]*plan|[\w-]*pläne|[\w-]*entw[uü]rf\w*|"
           r"memorand\w*|antwort\w*|liste\w*|papier\w*|dokument\w*|proposals?|counter-?proposals?|plans?|drafts?|memorand\w*|"
           r"response|reply|answer|lists?|documents?|papers?)")


HANDED_OVER = re.compile(
    r"\b(?:überreicht\w*|überreichte\w*|übergab\w*|übermittelt\w*|übermittelte\w*|weitergeleitet|"
    r"leitete\w*|zukommen lassen|ließ\w*)\b[^.;]{0,80}?\b" + _PAPERS + r"\b(?:[^.;]{0,40}\bweiter\b|"
    r"[^.;]{0,40}\bzukommen\b)?|\b" + _PAPERS + r"\b[^.;]{0,80}?\b(?:überreicht|übergeben|übermittelt|"
    r"weitergeleitet|zukommen lassen)\b|"
    r"\b(?:handed|forwarded|passed on|transmitted|sent|delivered)\s+(?:over\s+)?(?:to\s+\w+\s+)?"
    r"(?:its|their|his|her|a|an|the|our)\s+(?:[\w-]+\s+){0,3}?" + _PAPERS + r"\b", IC)


# a step inside an open question is none announced ("will announce whether they will continue",
# "offen, ob man die Gespräche fortsetzen werde")
_OPEN_QUESTION = re.compile(r"(?:\b(?:whether|if|ob|wann|when|what)|,\s*was)\b[^.;,]{0,60}$", IC)


# continuing or preparing the war is no step of the talks ("dass Russland seine Aggression
# fortsetzen werde", "will continue its offensive")
_WAR_OBJECT = re.compile(r"\b(?:Aggression|Krieg(?:e|es|s)?|Angriff\w*|Kämpfe\w*|Offensive\w*|Beschuss|"
                         r"Bombardierung\w*|aggression|war|attacks?|strikes|fighting|offensive|shelling|"
                         r"bombing|assault)\b", IC)


def announced_step(s: Sentence) -> str | None:
    """What makes a sentence an actor's announced concrete step by its structure, else None: a
    deal suspended or threatened, talks paused to a named time, or a step verb in a frame of the
    future, a decision, an instruction, readiness or work under way, with an actor as agent."""
    t = s.text
    if (m := TALKS_PAUSED.search(t)) is not None:
        # (the talks are the sides': no agent needs naming)
        return f"talks paused to a named time ('{m.group(0)}')"
    if (m := TALKS_GO_ON.search(t)) is not None and not NO_STEP.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(m.group(0)) \
            and not _negated_before(t, m.start()):
        # (negated in the step, "eine weitere Runde werde nicht stattfinden", or before its noun in
        # its clause, "No new talks will take place until", review16 item 9)
        return f"talks said to go on or planned ('{m.group(0)}')"
    if not (s.actors() or _AGENT.search(t)):
        # no agent named: only a step in the Konjunktiv of reported speech ("Die Fälle würden nun
        # geprüft", "man werde ... vorlegen": someone is reported announcing it)
        m = ANNOUNCED_STEP.search(t)
        if m is None or not re.match(r"(?:würden?|werde)\b", m.group(0), IC) or NO_STEP.search(t):
            return None
        return f"a step announced in reported speech ('{m.group(0)}')"
    if (m := HANDED_OVER.search(t)) is not None:
        return f"a paper handed over ('{m.group(0)}')"
    if (m := EXCHANGE_AHEAD.search(t)) is not None and not NO_STEP.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(t[max(0, m.start() - 30):m.end()]) \
            and _of_prisoners(t, m):
        return f"an exchange said to come ('{m.group(0)}')"
    if (m := SUSPEND_DEAL.search(t)) is not None and _DEAL_WORD.search(t) and not _TIME_AND_AGAIN.search(t):
        # (not a threat made again and again: "has repeatedly threatened to quit the deal")
        return f"a deal suspended or left ('{m.group(0)}')"
    if (m := THREAT_STEP.search(t)) is not None and _DEAL_WORD.search(t) and not _TIME_AND_AGAIN.search(t):
        return f"a threat over a deal ('{m.group(0)}')"
    if (m := ANNOUNCED_STEP.search(t)) is not None and not NO_STEP.search(t) and not _HOLD_COURSE.search(t) \
            and not _OPEN_QUESTION.search(t[max(0, m.start() - 60):m.start()]) \
            and not _NEGATED_IN_STEP.search(m.group(0)) \
            and not _WAR_OBJECT.search(t[max(0, m.start() - 40):m.end()]):
        return f"a step announced ('{m.group(0)}')"
    return None


# (session 16) a step negated inside its own frame ("will sich nicht im Ausland mit X treffen", "would
# not send a delegation"): a refusal, a position, no step announced (leaving a deal or not
# extending it is read by the deal rules before)
_NEGATED_IN_STEP = re.compile(r"\b(?:nicht|nie|niemals|keine\w*|not|never|no longer)\b", IC)


_NO_BEFORE = re.compile(r"\b(?:no|kein\w*)\b", IC)


_CLAUSE_TURN = re.compile(r"[,;:]|\b(?:but|and|while|aber|und|doch|während)\b", IC)


def _negated_before(t: str, start: int) -> bool:
    """Whether the 30 characters before a match, from the last turn of clause on, negate it ("No
    new talks", "keine weiteren Gespräche"; not "did not attend, but new talks")."""
    before = t[max(0, start - 30):start]
    turns = list(_CLAUSE_TURN.finditer(before))
    before = before[turns[-1].end():] if turns else before
    return _NEGATED_IN_STEP.search(before) is not None or _NO_BEFORE.search(before) is not None


# an exchange of prisoners named ("of prisoners", "POWs", "Gefangenen", the bodies of the fallen);
# a bare exchange or swap with another complement is none ("an exchange of territory", "einen
# offenen Austausch mit Rubio über die Lage": a conversation, review16 item 9)
_PRISONER_WORD = re.compile(r"\b(?:prisoner\w*|POWs?|captives?|detainees?|bodies|\w*[Gg]efangen\w*|"
                            r"Häftling\w*|Leichen|sterbliche\w* Überreste|Gefallenen)\b", IC)


_BARE_EXCHANGE = re.compile(r"\b(?:exchange|swap|Austausch\w*)\b", IC)


_OTHER_COMPLEMENT = re.compile(r"\s+(?:of|von|mit|with|über|about|on|zwischen|between|der|des)\b", IC)


_TALK_ADJECTIVE = re.compile(r"\b(?:offen\w*|open|frank|ehrlich\w*|konstruktiv\w*|constructive|intensiv\w*|"
                             r"lively|regelmäßig\w*|regular|ständig\w*)\s+$", IC)


def _of_prisoners(t: str, m: re.Match[str]) -> bool:
    """Whether an exchange said to come is one of prisoners: a prisoner word in the sentence, or a
    bare exchange word with no complement and no adjective of talk ("zu einem weiteren Austausch
    kommen")."""
    if _PRISONER_WORD.search(t):
        return True
    words = list(_BARE_EXCHANGE.finditer(t, m.start(), m.end()))
    if not words:
        return True
    w = words[-1]
    return not _OTHER_COMPLEMENT.match(t, w.end()) \
        and not _TALK_ADJECTIVE.search(t[max(0, w.start() - 30):w.start()])


_DEAL_NAMED = re.compile(r"\b\w*(?:abkommen|vereinbarung|deal|agreement|accord|initiative)\w*\b", IC)


_TALKS_WORD = re.compile(r"\b(?:talks|negotiations|dialogue|consultations|Gespräch\w*|Verhandlung\w*|"
                         r"Dialog\w*|Konsultation\w*)\b", IC)


_DEAL_WORD = re.compile(r"\b(?:\w*abkommen|Vereinbarung\w*|Abmachung\w*|Teilnahme|Beteiligung|Initiative|"
                        r"\w*waffenruhe|\w*feuerpause|Moratorium|\w*deal|agreements?|accord|participation|"
                        r"initiative|truce|ceasefire|moratorium|Aus|Ausstieg|Austritt)\b", IC)


# (session 16) a return to a deal said to come ("would return to the agreement once its
# conditions were met", "will immediately resume implementation of the deal", "werde sofort zum Abkommen
# zurückkehren"): told with the exit it undoes, the same announcement
_RETURN_STEP = re.compile(r"\b(?:return|rejoin|resume|go back|zurückkehren|zurückzukehren|zurückkehre|"
                          r"zurückkehrt|wieder\s*aufnehmen|wiederaufzunehmen|wieder beitreten)\b", IC)


def _step_family(e: NewsEvent, text: str = "") -> str | None:
    """The family of a unilateral step whose retelling in an article is the same step: a deal
    suspended, left or threatened (or a return to it said to come, in a sentence `text` naming a
    deal), a paper handed over, a truce declared (by the cue that made it); else None."""
    cue = e.cue or ""
    if e.kind != "statement_of_intent":
        return None
    if any(w in cue for w in ("a deal suspended or left", "a threat over a deal",
                              "a deal left or not extended")):
        return "deal"
    if (q := re.search(r"'([^']*)'", cue)) is not None and _RETURN_STEP.search(q.group(1)) \
            and _DEAL_NAMED.search(text) and not _TALKS_WORD.search(text):
        return "deal"  # (not talks resumed: "will resume the talks on the deal" is a step of its own)
    if any(w in cue for w in ("a paper handed over", "memoranda handed over")):
        return "paper"
    if "a truce declared or ordered" in cue:
        return "truce"  # (session 14: a lead and the body telling one announced truce)
    return None


# (review 14) what tells one truce from another of the same side: its scope or occasion, and a word
# that adds a truce ("verkündete auch eine Feuerpause über Ostern", "announced another truce")
_TRUCE_SCOPES = {
    "energy": re.compile(r"\b(?:Energie\w*|energy|power\s+(?:plants?|grid|facilities|stations?))\b", IC),
    "easter": re.compile(r"\b(?:Oster\w*|Easter)\b", IC),
    "may9": re.compile(r"\b(?:9\.\s*Mai|May\s+9|9\s+May|Victory Day|Tag des Sieges)\b", IC),
    "christmas": re.compile(r"\b(?:Weihnacht\w*|Christmas)\b", IC),
    "sea": re.compile(r"\b(?:Schwarze\w* Meer|Black Sea|See\w*|maritime|naval)\b", IC),
    "span": re.compile(r"\b\d+[\s-]*(?:stündig\w*|tägig\w*)|\b\d+-(?:hour|day)\b|"
                       r"\b(?:für|for)\s+(?:\d+|\w+)\s+(?:Stunden|Tage|hours|days)\b", IC),
}


_ANOTHER_TRUCE = re.compile(r"\b(?:auch|ebenfalls|zudem|weitere\w*|also|another|further|second)\b[^.;]{0,40}"
                            r"(?:waffenruhe|feuerpause|waffenstillstand|truce|ceasefire)", IC)


def _truce_scopes(text: str) -> set[str]:
    """The scopes and occasions (`_TRUCE_SCOPES`) a sentence names for its truce."""
    return {k for k, p in _TRUCE_SCOPES.items() if p.search(text)}


def _another_truce(first: str, later: str) -> bool:
    """Whether the later sentence tells a truce of its own: scopes or occasions of both sentences
    and none shared (a headline with none, or a lead adding a span to the same occasion, tells the
    same truce), or a word that adds one ("auch", "another")."""
    fst, lat = _truce_scopes(first), _truce_scopes(later)
    return bool(_ANOTHER_TRUCE.search(later) or (fst and lat and not fst & lat))


RESTATED_WITHIN = 12
"""Sentences within which a step told again (a headline, its lead, a quote) is the first one."""


def _restated_steps(events: list[NewsEvent], sents: list[Sentence]) -> list[NewsEvent]:
    """A deal suspended, left or threatened, or a paper handed over, told again within
    `RESTATED_WITHIN` sentences of its last telling by the same side (no other date, no other named
    speaker) is one step: the first record is read from the retelling too (one record per
    real-world occurrence, corpus README)."""
    import bisect

    starts = [x.start for x in sents]
    out: list[NewsEvent] = []
    seen: list[tuple[int, str, NewsEvent]] = []
    told: dict[int, int] = {}  # (the sentence of each first record, for a truce's scope)
    for e in events:
        k = bisect.bisect_right(starts, e.start) - 1
        fam = _step_family(e, sents[k].text if k >= 0 else "")
        if fam is None:
            out.append(e)
            continue
        n = next((n for n, (j, f, p) in enumerate(seen) if f == fam and k - j <= RESTATED_WITHIN
                  and (not p.parties or not e.parties or set(p.parties) & set(e.parties))
                  and (p.date_start is None or e.date_start is None or p.date_start == e.date_start)
                  # (two named speakers of the side, two statements: the spokesman announcing the
                  # exit, the ministry's spokeswoman telling of the objection sent the same day)
                  and not (p.participants and e.participants
                           and not set(p.participants) & set(e.participants))
                  and not (f == "truce" and _another_truce(sents[told.get(id(p), j)].text, sents[k].text))),
                 None)
        if n is not None:
            first = seen[n][2]
            first.absorb(e)
            first.cue = f"{first.cue}; told again in a later sentence"
            seen[n] = (k, fam, first)  # (the next retelling is counted from this one)
            continue
        seen.append((k, fam, e))
        told[id(e)] = k
        out.append(e)
    return out


# every pattern above searched through the cue prefilter (same matches, see accord.news.prefilter)
gate_patterns(globals())
