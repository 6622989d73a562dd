"""Compose the own labelled stance sentences (tools/data/stance_sentences.jsonl) the stance polarity
model learns from, deterministically, from hand-written frames.

    python tools/make_stance_sentences.py [--out FILE]

Every frame, actor phrase and issue phrase below was written for this file (news register on the
Russia-Ukraine talks 2022-2026; no article's sentence copied or paraphrased). A frame is a sentence
with slots: `{A}` the actor (German: `{A}` nominative, `{Ad}` dative, `{Aa}` accusative), `{X}` the
issue as a noun phrase (German: `{X}` accusative, `{Xn}` nominative, `{Xd}` dative) and `{C}` a
condition that names no issue of the taxonomy. Each frame carries its label: the polarity of the
actor on the issue (by ../shared/corpus/README.md, conventions 2 and 11), `red` for a red line, or
`none` for a sentence that takes no position (an analyst's or journalist's reading, a forecast, a
question, an agenda or topic of talks, a poll, a refusal to comment, a position outside the
taxonomy). Each frame is filled with several actor and issue phrases drawn by a fixed seed, so the
same frames give the same file.

To these come the whole sentences of tools/data/stance_sentences_free.txt, each written on its
own (longer news sentences with reported speech, conditions and negation; and sentences that name
an issue in a report from the front, a headline, a background fact or a poll, taking no position).

Record: {"id", "lang", "text", "frame", "stances": [{"actor", "issue", "polarity", "red_line"}]}
(an empty list for no position).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tools" / "data" / "stance_sentences.jsonl"
FREE = REPO / "tools" / "data" / "stance_sentences_free.txt"  # whole sentences, written one by one

# --- actors ---------------------------------------------------------------------------------
# German: nominative | dative | accusative | actor
ACTORS_DE = [
    ("Moskau", "Moskau", "Moskau", "RUS"), ("der Kreml", "dem Kreml", "den Kreml", "RUS"),
    ("Russland", "Russland", "Russland", "RUS"), ("Putin", "Putin", "Putin", "RUS"),
    ("Außenminister Lawrow", "Außenminister Lawrow", "Außenminister Lawrow", "RUS"),
    ("die russische Führung", "der russischen Führung", "die russische Führung", "RUS"),
    ("Kremlsprecher Peskow", "Kremlsprecher Peskow", "Kremlsprecher Peskow", "RUS"),
    ("Kiew", "Kiew", "Kiew", "UKR"), ("Selenskyj", "Selenskyj", "Selenskyj", "UKR"),
    ("die Ukraine", "der Ukraine", "die Ukraine", "UKR"),
    ("die ukrainische Regierung", "der ukrainischen Regierung", "die ukrainische Regierung", "UKR"),
    ("Präsident Selenskyj", "Präsident Selenskyj", "Präsident Selenskyj", "UKR"),
    ("Kyjiw", "Kyjiw", "Kyjiw", "UKR"),
    ("Washington", "Washington", "Washington", "USA"), ("Trump", "Trump", "Trump", "USA"),
    ("die US-Regierung", "der US-Regierung", "die US-Regierung", "USA"),
    ("US-Sondergesandter Witkoff", "US-Sondergesandtem Witkoff", "US-Sondergesandten Witkoff", "USA"),
    ("die EU", "der EU", "die EU", "EUR"), ("Bundeskanzler Merz", "Bundeskanzler Merz",
                                            "Bundeskanzler Merz", "EUR"),
    ("Macron", "Macron", "Macron", "EUR"), ("die Europäer", "den Europäern", "die Europäer", "EUR"),
]
ACTORS_EN = [
    ("Moscow", "RUS"), ("The Kremlin", "RUS"), ("Russia", "RUS"), ("Putin", "RUS"),
    ("Foreign Minister Sergei Lavrov", "RUS"), ("Kremlin spokesman Dmitry Peskov", "RUS"),
    ("Russian negotiators", "RUS"),
    ("Kyiv", "UKR"), ("Zelensky", "UKR"), ("Ukraine", "UKR"), ("The Ukrainian government", "UKR"),
    ("President Volodymyr Zelensky", "UKR"), ("Ukrainian officials", "UKR"),
    ("Washington", "USA"), ("Trump", "USA"), ("The White House", "USA"), ("Envoy Steve Witkoff", "USA"),
    ("The EU", "EUR"), ("Chancellor Merz", "EUR"), ("Macron", "EUR"), ("European leaders", "EUR"),
]

# --- issues ---------------------------------------------------------------------------------
# German: nominative | accusative | dative
ISSUES_DE: dict[str, list[tuple[str, str, str]]] = {
    "territory.donbas": [
        ("der Abzug der ukrainischen Truppen aus dem Donbass",
         "den Abzug der ukrainischen Truppen aus dem Donbass",
         "dem Abzug der ukrainischen Truppen aus dem Donbass"),
        ("die Abtretung der Region Donezk",
         "die Abtretung der Region Donezk",
         "der Abtretung der Region Donezk"),
        ("ein Einfrieren der Front entlang der Kontaktlinie",
         "ein Einfrieren der Front entlang der Kontaktlinie",
         "einem Einfrieren der Front entlang der Kontaktlinie"),
        ("eine entmilitarisierte Zone im Donbass", "eine entmilitarisierte Zone im Donbass",
         "einer entmilitarisierten Zone im Donbass"),
        ("die Anerkennung der besetzten Gebiete", "die Anerkennung der besetzten Gebiete",
         "der Anerkennung der besetzten Gebiete"),
    ],
    "territory.south": [
        ("der Rückzug aus den Gebieten Saporischschja und Cherson",
         "den Rückzug aus den Gebieten Saporischschja und Cherson",
         "dem Rückzug aus den Gebieten Saporischschja und Cherson"),
        ("die Übergabe von Cherson an Russland", "die Übergabe von Cherson an Russland",
         "der Übergabe von Cherson an Russland"),
    ],
    "territory.crimea": [
        ("die Anerkennung der Krim als russisch", "die Anerkennung der Krim als russisch",
         "der Anerkennung der Krim als russisch"),
        ("die Rückgabe der Krim", "die Rückgabe der Krim", "der Rückgabe der Krim"),
    ],
    "alliance.nato": [
        ("ein Nato-Beitritt der Ukraine",
         "einen Nato-Beitritt der Ukraine",
         "einem Nato-Beitritt der Ukraine"),
        ("die Neutralität der Ukraine", "die Neutralität der Ukraine", "der Neutralität der Ukraine"),
        ("ein Verzicht Kiews auf die Nato-Mitgliedschaft", "einen Verzicht Kiews auf die Nato-Mitgliedschaft",
         "einem Verzicht Kiews auf die Nato-Mitgliedschaft"),
    ],
    "alliance.eu": [
        ("der EU-Beitritt der Ukraine", "den EU-Beitritt der Ukraine", "dem EU-Beitritt der Ukraine"),
    ],
    "security.guarantees": [
        ("verbindliche Sicherheitsgarantien für Kiew", "verbindliche Sicherheitsgarantien für Kiew",
         "verbindlichen Sicherheitsgarantien für Kiew"),
        ("eine Beistandsgarantie nach dem Vorbild von Artikel 5",
         "eine Beistandsgarantie nach dem Vorbild von Artikel 5",
         "einer Beistandsgarantie nach dem Vorbild von Artikel 5"),
    ],
    "security.foreign_troops": [
        ("die Stationierung europäischer Truppen in der Ukraine",
         "die Stationierung europäischer Truppen in der Ukraine",
         "der Stationierung europäischer Truppen in der Ukraine"),
        ("eine internationale Friedenstruppe", "eine internationale Friedenstruppe",
         "einer internationalen Friedenstruppe"),
    ],
    "military.army_size": [
        ("eine Obergrenze für die ukrainische Armee", "eine Obergrenze für die ukrainische Armee",
         "einer Obergrenze für die ukrainische Armee"),
        ("eine Verkleinerung der ukrainischen Streitkräfte",
         "eine Verkleinerung der ukrainischen Streitkräfte",
         "einer Verkleinerung der ukrainischen Streitkräfte"),
    ],
    "military.weapons_caps": [
        ("Beschränkungen für ukrainische Langstreckenwaffen",
         "Beschränkungen für ukrainische Langstreckenwaffen",
         "Beschränkungen für ukrainische Langstreckenwaffen"),
    ],
    "politics.elections": [
        ("Neuwahlen in der Ukraine", "Neuwahlen in der Ukraine", "Neuwahlen in der Ukraine"),
    ],
    "economy.frozen_assets": [
        ("die Nutzung der eingefrorenen russischen Vermögen",
         "die Nutzung der eingefrorenen russischen Vermögen",
         "der Nutzung der eingefrorenen russischen Vermögen"),
    ],
    "economy.sanctions": [
        ("eine Lockerung der Sanktionen gegen Russland", "eine Lockerung der Sanktionen gegen Russland",
         "einer Lockerung der Sanktionen gegen Russland"),
        ("die Aufhebung der Sanktionen", "die Aufhebung der Sanktionen", "der Aufhebung der Sanktionen"),
    ],
    "ceasefire.sequence": [
        ("eine sofortige Waffenruhe", "eine sofortige Waffenruhe", "einer sofortigen Waffenruhe"),
        ("ein bedingungsloser Waffenstillstand", "einen bedingungslosen Waffenstillstand",
         "einem bedingungslosen Waffenstillstand"),
        ("eine Feuerpause von dreißig Tagen", "eine Feuerpause von dreißig Tagen",
         "einer Feuerpause von dreißig Tagen"),
    ],
    "ceasefire.energy": [
        ("ein Stopp der Angriffe auf Energieanlagen", "einen Stopp der Angriffe auf Energieanlagen",
         "einem Stopp der Angriffe auf Energieanlagen"),
    ],
    "humanitarian.prisoners": [
        ("ein Austausch aller Kriegsgefangenen", "einen Austausch aller Kriegsgefangenen",
         "einem Austausch aller Kriegsgefangenen"),
        ("ein weiterer Gefangenenaustausch", "einen weiteren Gefangenenaustausch",
         "einem weiteren Gefangenenaustausch"),
    ],
}
ISSUES_EN: dict[str, list[str]] = {
    "territory.donbas": ["a Ukrainian withdrawal from the Donbas", "ceding the rest of the Donetsk region",
                         "freezing the front along the current line of contact",
                         "a demilitarised zone in the Donbas", "recognition of the occupied territories"],
    "territory.south": ["a pullout from the Zaporizhzhia and Kherson regions",
                        "handing Kherson over to Russia"],
    "territory.crimea": ["recognising Crimea as Russian", "the return of Crimea"],
    "alliance.nato": ["Ukraine joining NATO", "a neutral status for Ukraine",
                      "Kyiv giving up its NATO membership bid"],
    "alliance.eu": ["Ukraine's accession to the European Union"],
    "security.guarantees": ["binding security guarantees for Kyiv",
                            "an Article 5-style security guarantee"],
    "security.foreign_troops": ["deploying European troops in Ukraine",
                                "an international peacekeeping force"],
    "military.army_size": ["a cap on the size of Ukraine's army", "shrinking Ukraine's armed forces"],
    "military.weapons_caps": ["limits on Ukraine's long-range missiles"],
    "politics.elections": ["fresh elections in Ukraine"],
    "economy.frozen_assets": ["using frozen Russian assets"],
    "economy.sanctions": ["easing sanctions on Russia", "lifting the sanctions"],
    "ceasefire.sequence": ["an immediate ceasefire", "an unconditional truce",
                           "a 30-day pause in the fighting"],
    "ceasefire.energy": ["a halt to strikes on energy infrastructure"],
    "humanitarian.prisoners": ["an all-for-all prisoner swap", "another exchange of prisoners of war"],
}

# conditions that name no issue of the taxonomy
COND_DE = ["wenn die Gegenseite ihre Angriffe einstellt", "sofern das Parlament zustimmt",
           "falls Moskau zuvor seine Bomber abzieht", "wenn die Verhandlungen Fortschritte bringen",
           "sofern die Gegenseite Gleiches zusagt", "falls die Vermittler die Umsetzung überwachen"]
COND_EN = ["if the other side halts its offensive", "provided parliament approves it",
           "as long as the other side does the same", "if the mediators monitor compliance",
           "once the talks show real progress", "if Moscow first pulls back its bombers"]

# --- frames ---------------------------------------------------------------------------------
# (label, frame); label is a polarity, "red" (reject with a red line) or "none"
FRAMES_DE: list[tuple[str, str]] = [
    # demand
    ("demand", "{A} fordert {X}."), ("demand", "{A} pocht auf {X}."),
    ("demand", "{A} besteht weiterhin auf {Xd}."), ("demand", "{A} drängt auf {X}."),
    ("demand", "{A} beharrt auf {Xd}."), ("demand", "{A} hält an der Forderung nach {Xd} fest."),
    ("demand", "{A} will {X} durchsetzen."), ("demand", "{A} mahnte erneut {X} an."),
    ("demand", "{A} dringt auf {X}."), ("demand", "{A} verlangte am Dienstag abermals {X}."),
    ("demand", "{A} macht {X} zur Vorbedingung für jede Einigung."),
    ("demand", "Ohne {X} werde es keinen Frieden geben, erklärte {A}."),
    ("demand", "{A} erwartet von der Gegenseite {X}."), ("demand", "{A} macht Druck für {X}."),
    ("demand", "{A} verlange {X}, hieß es aus Regierungskreisen."),
    ("demand", "{Ad} zufolge führt kein Weg an {Xd} vorbei."),
    ("demand", "Laut {Ad} ist {Xn} unabdingbar."),
    ("demand", "{A} stellte klar, dass {Xn} Teil jeder Vereinbarung sein müsse."),
    ("demand", "{A} beharrt darauf, dass {Xn} im Abkommen festgeschrieben wird."),
    ("demand", "{A} hat {X} zur zentralen Bedingung erklärt."),
    ("demand", "Für {Aa} ist {Xn} nicht verhandelbar, man bestehe darauf."),
    ("demand", "{A} ruft die Gegenseite zu {Xd} auf."),
    ("demand", "{A} verlangt mit Nachdruck {X}."),
    ("demand", "Erneut pochte {A} in Genf auf {X}."),
    ("demand", "{A} fordere {X}, sagte ein Sprecher der Delegation."),
    # reject
    ("reject", "{A} lehnt {X} ab."), ("reject", "{A} weist {X} zurück."),
    ("reject", "{A} erteilte {Xd} eine Absage."), ("reject", "{A} will von {Xd} nichts wissen."),
    ("reject", "Für {Aa} kommt {Xn} nicht in Frage."), ("reject", "{A} sträubt sich gegen {X}."),
    ("reject", "{A} stemmt sich gegen {X}."), ("reject", "{A} wehrt sich gegen {X}."),
    ("reject", "{A} verweigert sich {Xd}."), ("reject", "{A} blockiert {X}."),
    ("reject", "{A} hält nichts von {Xd}."), ("reject", "{A} ist gegen {X}."),
    ("reject", "{A} wandte sich scharf gegen {X}."), ("reject", "{A} lehne {X} ab, hieß es in Moskau."),
    ("reject", "{A} will {X} nicht mittragen."), ("reject", "{A} hat {Xd} nicht zugestimmt."),
    ("reject", "{A} ist zu {Xd} nicht bereit."), ("reject", "{A} sperrt sich gegen {X}."),
    ("reject", "{A} sprach sich entschieden gegen {X} aus."),
    ("reject", "Laut {Ad} ist {Xn} vom Tisch."),
    ("red", "{A} schließt {X} kategorisch aus."), ("red", "{A} bezeichnete {X} als rote Linie."),
    ("red", "{A} wies {X} als inakzeptabel zurück."),
    ("red", "{A} will {X} unter keinen Umständen hinnehmen."),
    ("red", "{A} werde {Xd} niemals zustimmen, sagte ein Berater."),
    ("red", "{Xn} ist für {Aa} ein Tabu."),
    # accept
    ("accept", "{A} stimmt {Xd} zu."), ("accept", "{A} ist zu {Xd} bereit."),
    ("accept", "{A} akzeptiert {X}."), ("accept", "{A} hat sich mit {Xd} abgefunden."),
    ("accept", "{A} könnte mit {Xd} leben."), ("accept", "{A} signalisierte Zustimmung zu {Xd}."),
    ("accept", "{A} willigte in {X} ein."), ("accept", "{A} zeigt sich offen für {X}."),
    ("accept", "{A} hat {Xd} grundsätzlich zugestimmt."), ("accept", "{A} lenkt ein und akzeptiert {X}."),
    ("accept", "{A} nimmt {X} hin."), ("accept", "{A} trägt {X} mit."),
    ("accept", "{A} gab grünes Licht für {X}."), ("accept", "{A} hat keine Einwände mehr gegen {X}."),
    ("accept", "{A} sei zu {Xd} bereit, hieß es nach dem Treffen."),
    ("accept", "{A} erklärte sich mit {Xd} einverstanden."),
    ("accept", "{A} hat seinen Widerstand gegen {X} aufgegeben."),
    ("accept", "{A} ließ sich auf {X} ein."), ("accept", "{A} zeigte sich zu {Xd} bereit."),
    ("accept", "Nach langem Zögern billigte {A} {X}."),
    # support
    ("support", "{A} unterstützt {X}."), ("support", "{A} begrüßt {X}."),
    ("support", "{A} setzt sich für {X} ein."), ("support", "{A} wirbt für {X}."),
    ("support", "{A} macht sich für {X} stark."), ("support", "{A} befürwortet {X}."),
    ("support", "{A} spricht sich für {X} aus."), ("support", "{A} hofft auf {X}."),
    ("support", "{A} strebt {X} an."), ("support", "{A} steht hinter {Xd}."),
    ("support", "{A} plädiert für {X}."), ("support", "{A} tritt für {X} ein."),
    ("support", "{A} hält {X} für den richtigen Weg."), ("support", "{A} wünscht sich {X}."),
    ("support", "{A} sieht in {Xd} einen Weg zum Frieden."),
    ("support", "{A} warb in Brüssel eindringlich für {X}."),
    ("support", "{A} zeigte sich erfreut über {X}."),
    ("support", "{A} hält an seinem Ziel fest: {Xn}."),
    # a position reported by the media or analysts is still the side's position
    ("reject", "Die Zeitung berichtete, dass {A} {X} ablehnt."),
    ("demand", "Wie die Agentur meldet, fordert {A} {X}."),
    ("reject", "Der Bericht zeichnet nach, wie {A} {X} seit Monaten blockiert."),
    ("accept", "Medienberichten zufolge hat {A} {Xd} zugestimmt."),
    ("demand", "Ein Analyst erinnerte daran, dass {A} weiterhin {X} verlangt."),
    ("support", "Wie der Sender berichtet, unterstützt {A} {X}."),
    # propose
    ("propose", "{A} schlägt {X} vor."), ("propose", "{A} bietet {X} an."),
    ("propose", "{A} legte einen Plan vor, der {X} vorsieht."), ("propose", "{A} brachte {X} ins Spiel."),
    ("propose", "{A} regte {X} an."), ("propose", "{A} unterbreitete einen Vorschlag für {X}."),
    ("propose", "{A} hat {X} angeboten."), ("propose", "{A} präsentierte ein Papier, das {X} enthält."),
    ("propose", "{A} lancierte einen Vorstoß für {X}."),
    ("propose", "In einem Entwurf von {Ad} ist {Xn} vorgesehen."),
    ("propose", "{A} legte der Gegenseite {X} als Angebot auf den Tisch."),
    ("propose", "{A} schlug in Istanbul {X} vor."),
    ("propose", "{A} habe {X} angeboten, berichtete die Delegation."),
    ("propose", "{A} stellte einen Entwurf vor, in dem {Xn} enthalten ist."),
    # conditional
    ("conditional", "{A} ist zu {Xd} bereit, {C}."), ("conditional", "{A} würde {X} akzeptieren, {C}."),
    ("conditional", "{A} knüpft {X} an Bedingungen."),
    ("conditional", "{A} macht {X} von Zugeständnissen der Gegenseite abhängig."),
    ("conditional", "{A} stellt {X} in Aussicht, {C}."),
    ("conditional", "{A} zeigt sich zu {Xd} bereit, allerdings nur unter Bedingungen."),
    ("conditional", "{A} will {X} nur mittragen, {C}."),
    ("conditional", "{A} könne {Xd} zustimmen, {C}."),
    ("conditional", "Nur unter strengen Auflagen würde {A} {X} hinnehmen."),
    ("conditional", "{A} wäre unter Umständen zu {Xd} bereit, {C}."),
    # no position
    ("none", "Analysten halten {X} für unwahrscheinlich."),
    ("none", "Ob {A} {X} akzeptieren wird, ist offen."),
    ("none", "Über {X} wurde in Genf stundenlang gesprochen."),
    ("none", "{A} und die Gegenseite verhandelten auch über {X}."),
    ("none", "Beobachter erwarten, dass {A} bald {X} fordern wird."),
    ("none", "In einer Umfrage sprachen sich 58 Prozent der Befragten für {X} aus."),
    ("none", "Wird {A} {Xd} zustimmen?"), ("none", "{Xn} stand am Montag auf der Tagesordnung."),
    ("none", "Die Frage nach {Xd} bleibt ungeklärt."),
    ("none", "Kommentatoren spekulieren seit Wochen über {X}."),
    ("none", "{A} äußerte sich nicht zu {Xd}."),
    ("none", "Das Treffen befasste sich unter anderem mit {Xd}."),
    ("none", "Es ist unklar, ob {A} {X} mittragen würde."),
    ("none", "Die Zeitung berichtete ausführlich über {X}."),
    ("none", "Schon 2022 war {Xn} ein Thema der Gespräche."),
    ("none", "Ein Gastbeitrag argumentiert, {Xn} sei realistischer als gedacht."),
    ("none", "{A} wurde gefragt, wie es um {X} stehe."),
    ("none", "Der Bericht schildert, wie um {X} seit Jahren gerungen wird."),
    ("none", "Experten bezweifeln, dass {Xn} die Lage beruhigen würde."),
    ("none", "Diplomaten zufolge soll es in der nächsten Runde auch um {X} gehen."),
    ("none", "{A} sprach mit den Vermittlern über {X}."),
    ("none", "Welche Rolle {Xn} spielen wird, ist noch nicht entschieden."),
    ("none", "Eine Arbeitsgruppe soll sich mit {Xd} befassen."),
    ("none", "Bislang gibt es keine Einigung über {X}."),
    ("none", "Militärexperten rechnen nicht mit {Xd} vor dem Winter."),
    ("none", "Die Delegationen tauschten Positionen zu {Xd} aus."),
    ("none", "Umstritten bleibt vor allem {Xn}."),
    ("none", "Was {Xn} konkret bedeuten würde, erläuterte niemand."),
    ("none", "{A} ist bereit, über {X} zu verhandeln."),
    ("none", "{A} will mit Washington über {X} sprechen."),
    ("none", "Auf der Konferenz ging es unter anderem um {X}."),
    ("none", "Politologen sehen in {Xd} ein mögliches Szenario."),
    ("none", "Fraglich ist, ob {Xn} überhaupt umsetzbar wäre."),
    ("none", "Laut Umfragen lehnt eine Mehrheit der Ukrainer {X} ab."),
    ("none", "Der Sender zeigte eine Dokumentation über {X}."),
    ("none", "Im Interview ging es auch um {X}, doch {A} wich der Frage aus."),
    ("none", "Ein Think Tank hat die Folgen von {Xd} durchgerechnet."),
    ("none", "{Xn} könnte nach Einschätzung von Fachleuten Jahre dauern."),
    ("none", "Wie realistisch ist {Xn}?"),
    ("none", "Die Verhandlungen über {X} sollen im März fortgesetzt werden."),
    # reporting, deals, conditions and negations that take no position either
    ("none", "Laut Diplomaten soll die nächste Runde {X} behandeln."),
    ("none", "Wie die Agentur Interfax berichtete, war {Xn} am Dienstag kein Thema."),
    ("none", "Ein Abkommen über {X} wird laut Verhandlungskreisen nicht vor dem Sommer erwartet."),
    ("none", "Sollte es zu {Xd} kommen, rechnen Ökonomen mit steigenden Kursen."),
    ("none", "Bei {Xd} gab es nach Angaben beider Seiten keine Fortschritte."),
    ("none", "{A} erwähnte {X} in seiner Rede nicht."),
    ("none", "Wenn über {X} gesprochen wird, sitzen auch die Vermittler mit am Tisch."),
    ("none", "Einen Deal über {X} hält kaum ein Beobachter für wahrscheinlich, hieß es in Brüssel."),
    ("none", "{A} sagte, über {X} sei am Montag nicht gesprochen worden."),
    ("none", "Nach Angaben von Teilnehmern dauerte die Debatte über {X} bis in den Abend."),
    ("none", "Es sei noch zu früh, um über {X} zu urteilen, sagte ein Diplomat."),
    ("none", "Ein Sprecher von {Ad} sagte, man werde sich zu {Xd} später äußern."),
]
FRAMES_EN: list[tuple[str, str]] = [
    # demand
    ("demand", "{A} demands {X}."), ("demand", "{A} is pressing for {X}."),
    ("demand", "{A} insisted on {X}."), ("demand", "{A} is holding out for {X}."),
    ("demand", "{A} wants {X} as part of any deal."), ("demand", "{A} is pushing hard for {X}."),
    ("demand", "{A} made {X} a precondition for any settlement."),
    ("demand", "{A} reiterated its call for {X}."), ("demand", "{A} is adamant about {X}."),
    ("demand", "{A} will not settle for anything less than {X}."),
    ("demand", "{A} is seeking {X}."), ("demand", "{A} wants nothing short of {X}."),
    ("demand", "{A} stuck to its demand for {X}."), ("demand", "{A} urged the other side to agree to {X}."),
    ("demand", "{A} has made clear that {X} is non-negotiable for any deal."),
    ("demand", "According to {A}, there can be no peace without {X}."),
    ("demand", "{A} kept up the pressure for {X}."), ("demand", "{A} again called for {X} on Tuesday."),
    ("demand", "{A} said {X} must be written into any agreement."),
    ("demand", "{A} is asking for {X}."), ("demand", "{A} has set {X} as a condition for a deal."),
    ("demand", "{A} is standing firm on {X}."),
    ("demand", "{A} renewed its demand for {X}, a spokesperson said."),
    ("demand", "{A} is holding firm in its insistence on {X}."),
    # reject
    ("reject", "{A} rejects {X}."), ("reject", "{A} ruled out {X}."), ("reject", "{A} balked at {X}."),
    ("reject", "{A} dismissed {X} out of hand."), ("reject", "{A} will not hear of {X}."),
    ("reject", "{A} refuses to countenance {X}."), ("reject", "{A} called {X} a non-starter."),
    ("reject", "{A} pushed back against {X}."), ("reject", "{A} is firmly opposed to {X}."),
    ("reject", "{A} turned down {X}."), ("reject", "{A} scoffed at {X}."),
    ("reject", "{A} said {X} was off the table."), ("reject", "{A} bristled at {X}."),
    ("reject", "{A} spurned {X}."), ("reject", "{A} will not sign up to {X}."),
    ("reject", "{A} has refused to agree to {X}."), ("reject", "{A} is resisting {X}."),
    ("reject", "{A} objected to {X}."), ("reject", "{A} has said no to {X}."),
    ("reject", "{A} is unwilling to consider {X}."),
    ("red", "{A} described {X} as a red line."), ("red", "{A} has vowed never to accept {X}."),
    ("red", "{A} called {X} unacceptable under any circumstances."),
    ("red", "{A} categorically ruled out {X}."),
    ("red", "{A} said it would never agree to {X}."), ("red", "{A} said {X} crosses a red line."),
    # accept
    ("accept", "{A} agreed to {X}."), ("accept", "{A} signed off on {X}."),
    ("accept", "{A} has come around to {X}."), ("accept", "{A} could live with {X}."),
    ("accept", "{A} is ready to accept {X}."), ("accept", "{A} acquiesced to {X}."),
    ("accept", "{A} consented to {X}."), ("accept", "{A} has dropped its objections to {X}."),
    ("accept", "{A} conceded {X}."), ("accept", "{A} gave the green light to {X}."),
    ("accept", "{A} has accepted {X} in principle."), ("accept", "{A} signalled it would go along with {X}."),
    ("accept", "{A} is prepared to accept {X}."), ("accept", "{A} said it was open to {X}."),
    ("accept", "{A} has reluctantly accepted {X}."), ("accept", "{A} gave in on {X}."),
    ("accept", "{A} is resigned to {X}."), ("accept", "{A} went along with {X}."),
    ("accept", "{A} has agreed in principle to {X}, officials said."),
    ("accept", "{A} relented and accepted {X}."),
    # support
    ("support", "{A} backs {X}."), ("support", "{A} supports {X}."), ("support", "{A} welcomed {X}."),
    ("support", "{A} championed {X}."), ("support", "{A} endorsed {X}."),
    ("support", "{A} is lobbying for {X}."), ("support", "{A} is in favour of {X}."),
    ("support", "{A} threw its weight behind {X}."), ("support", "{A} hopes for {X}."),
    ("support", "{A} is campaigning for {X}."), ("support", "{A} praised {X}."),
    ("support", "{A} spoke out in favour of {X}."), ("support", "{A} is keen on {X}."),
    ("support", "{A} is eager to see {X}."), ("support", "{A} favours {X}."),
    ("support", "{A} is working towards {X}."), ("support", "{A} sees {X} as the right path."),
    ("support", "{A} has long advocated {X}."),
    # a position reported by the media or analysts is still the side's position
    ("reject", "The paper reported that {A} rejects {X}."),
    ("demand", "{A} is demanding {X}, the agency reported."),
    ("reject", "The report traces how {A} has blocked {X} for months."),
    ("accept", "{A} has agreed to {X}, according to media reports."),
    ("demand", "An analyst noted that {A} still insists on {X}."),
    ("support", "{A} supports {X}, the broadcaster reported."),
    # propose
    ("propose", "{A} proposed {X}."), ("propose", "{A} floated {X}."),
    ("propose", "{A} tabled a plan for {X}."), ("propose", "{A} put forward {X}."),
    ("propose", "{A} offered {X}."), ("propose", "{A} pitched {X} to the other side."),
    ("propose", "{A} suggested {X}."), ("propose", "{A} laid out a draft envisaging {X}."),
    ("propose", "{A} came up with a plan for {X}."), ("propose", "{A} circulated a paper outlining {X}."),
    ("propose", "A draft drawn up by {A} provides for {X}."),
    ("propose", "{A} presented a framework that includes {X}."),
    ("propose", "{A} put {X} on the table as an offer."),
    ("propose", "{A} has offered {X}, the delegation said."),
    # conditional
    ("conditional", "{A} would accept {X} {C}."), ("conditional", "{A} is open to {X} {C}."),
    ("conditional", "{A} said it could agree to {X}, but only {C}."),
    ("conditional", "{A} has tied {X} to concessions from the other side."),
    ("conditional", "{A} made {X} contingent on progress in the talks."),
    ("conditional", "{A} is prepared to consider {X}, but only {C}."),
    ("conditional", "{A} would back {X} {C}."),
    ("conditional", "{A} signalled it might accept {X} under certain conditions."),
    ("conditional", "{A} would go along with {X} {C}."),
    ("conditional", "{A} is willing to discuss conceding on {X} {C}."),
    # no position
    ("none", "Analysts doubt that {X} is realistic."),
    ("none", "It remains unclear whether {A} will accept {X}."),
    ("none", "Talks in Geneva also touched on {X}."), ("none", "{X} was on the agenda on Tuesday."),
    ("none", "Will {A} agree to {X}?"), ("none", "Observers expect {A} to push for {X}."),
    ("none", "In a poll, 55 percent of respondents favoured {X}."),
    ("none", "{A} declined to comment on {X}."), ("none", "The question of {X} remains unresolved."),
    ("none", "Commentators have speculated about {X} for weeks."),
    ("none", "Delegations discussed {X} behind closed doors."),
    ("none", "The report traces how {X} has been debated since 2022."),
    ("none", "{A} was asked about {X} at a briefing."),
    ("none", "A columnist argued that {X} would favour Moscow."),
    ("none", "Historians note that {X} was first raised in 2022."),
    ("none", "Negotiators from both sides met to discuss {X}."),
    ("none", "It is not clear who first raised {X}."),
    ("none", "Experts warn that {X} could take years to implement."),
    ("none", "The next round is expected to address {X}, diplomats said."),
    ("none", "{A} spoke with the mediators about {X}."),
    ("none", "What role {X} will play has not been decided."),
    ("none", "A working group will look into {X}."),
    ("none", "There is still no agreement on {X}."),
    ("none", "The delegations exchanged views on {X}."),
    ("none", "The most contentious point remains {X}."),
    ("none", "Nobody explained what {X} would mean in practice."),
    ("none", "{A} is ready to negotiate on {X}."),
    ("none", "The conference covered {X} among other topics."),
    ("none", "Political scientists see {X} as one possible scenario."),
    ("none", "Whether {X} would be feasible at all is doubtful."),
    ("none", "Polls suggest most Ukrainians oppose {X}."),
    ("none", "A think tank has modelled the consequences of {X}."),
    ("none", "How realistic is {X}?"), ("none", "The documentary looks back at {X}."),
    ("none", "Talks on {X} are due to resume in March."),
    ("none", "{A} sidestepped a question about {X}."),
    ("none", "An op-ed in the paper made the case for {X}."),
    ("none", "Military experts do not expect {X} before winter."),
    ("none", "Little is known about how {X} would be monitored."),
    ("none", "The negotiators are said to have spent hours on {X}."),
    # reporting, deals, conditions and negations that take no position either
    ("none", "According to diplomats, the next round will deal with {X}."),
    ("none", "{X} did not come up on Tuesday, according to a source familiar with the talks."),
    ("none", "A deal on {X} is not expected before the summer, officials said."),
    ("none", "If {X} comes about, economists expect markets to rally."),
    ("none", "There was no progress on {X}, according to both sides."),
    ("none", "{A} did not mention {X} in the speech."),
    ("none", "When {X} is discussed, the mediators are in the room too."),
    ("none", "Few observers think a deal on {X} is likely, a diplomat in Brussels said."),
    ("none", "{A} said {X} had not been discussed on Monday."),
    ("none", "The debate over {X} went on into the evening, participants said."),
    ("none", "It is too early to judge {X}, a diplomat told reporters."),
    ("none", "A spokesperson for {A} said there would be a statement on {X} later."),
]

PER_FRAME = 7  # filled sentences per frame with a position (distinct texts)
PER_NONE = 13  # per frame without one (so that about 40 % of the sentences take no position)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill_de(frame: str, actor: tuple[str, str, str, str], x: tuple[str, str, str], cond: str) -> str:
    text = (frame.replace("{Ad}", actor[1]).replace("{Aa}", actor[2]).replace("{A}", actor[0])
            .replace("{Xn}", x[0]).replace("{Xd}", x[2]).replace("{X}", x[1]).replace("{C}", cond))
    return _cap(text)


def _fill_en(frame: str, actor: tuple[str, str], x: str, cond: str) -> str:
    name = actor[0]
    at = frame.find("{A}")
    if at > 0 and name.startswith("The "):
        name = "the " + name[4:]
    text = frame.replace("{A}", name).replace("{X}", x).replace("{C}", cond)
    return _cap(text)


def compose() -> list[dict[str, object]]:
    """The records, in a fixed order (German frames, then English; per frame `PER_FRAME`
    or `PER_NONE` distinct fillings drawn with a fixed seed)."""
    rng = random.Random(12)
    issues_de = sorted(ISSUES_DE)
    issues_en = sorted(ISSUES_EN)
    out: list[dict[str, object]] = []
    for lang, frames in (("de", FRAMES_DE), ("en", FRAMES_EN)):
        for f_no, (label, frame) in enumerate(frames):
            seen: set[str] = set()
            tries = 0
            want = PER_NONE if label == "none" else PER_FRAME
            while len(seen) < want and tries < 80:
                tries += 1
                if lang == "de":
                    issue = rng.choice(issues_de)
                    actor_de = rng.choice(ACTORS_DE)
                    text = _fill_de(frame, actor_de, rng.choice(ISSUES_DE[issue]), rng.choice(COND_DE))
                    actor = actor_de[3]
                else:
                    issue = rng.choice(issues_en)
                    actor_en = rng.choice(ACTORS_EN)
                    text = _fill_en(frame, actor_en, rng.choice(ISSUES_EN[issue]), rng.choice(COND_EN))
                    actor = actor_en[1]
                if text in seen:
                    continue
                seen.add(text)
                stances = [] if label == "none" else [{
                    "actor": actor, "issue": issue,
                    "polarity": "reject" if label == "red" else label, "red_line": label == "red"}]
                out.append({"id": f"{lang}{f_no:03d}-{len(seen)}", "lang": lang, "text": text,
                            "frame": f"{lang}{f_no:03d}", "stances": stances})
    for n, line in enumerate(FREE.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        lang, label, actor, issue, text = line.split("|", 4)
        stances = [] if label == "none" else [{
            "actor": one, "issue": issue, "polarity": "reject" if label == "red" else label,
            "red_line": label == "red"} for one in actor.split("+")]
        out.append({"id": f"{lang}free-{n:03d}", "lang": lang, "text": text, "frame": "free",
                    "stances": stances})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    rows = compose()
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentences -> {a.out}")


if __name__ == "__main__":
    main()
