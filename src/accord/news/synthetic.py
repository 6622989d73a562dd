"""Synthetic German news articles for load tests and benchmarks (reproducible with a seed).

Each article is ~3,000 characters of sentences assembled from templates about negotiation
rounds, demands, refusals, figures and claims, with names drawn from the gazetteer, so the
extractor has realistic work to do. The texts are invented; they are not real reporting.
"""

from __future__ import annotations

import random

PLACES = ["Istanbul", "Genf", "Riad", "Abu Dhabi", "Berlin", "Brüssel", "Antalya", "Dschidda"]
PEOPLE = [("Außenminister Sergej Lawrow", "Russland"), ("Präsident Wladimir Putin", "Russland"),
          ("Präsident Wolodymyr Selenskyj", "die Ukraine"), ("Sondergesandter Steve Witkoff", "die USA"),
          ("Kanzler Friedrich Merz", "Deutschland"), ("Berater Juri Uschakow", "Russland")]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
MONTHS = ["Januar", "Februar", "März", "April", "Juni", "Juli", "September", "Oktober"]
TEMPLATES = [
    "Am {wd} kamen Unterhändler aus {a} und {b} in {place} zu einer neuen Gesprächsrunde zusammen.",
    "Das Treffen dauerte rund {n} Stunden und endete ohne greifbares Ergebnis.",
    "{person} sagte, ein Beitritt der Ukraine zur Nato sei inakzeptabel.",
    "Nach Angaben aus {place} wurden jeweils {big} Gefangene auf beiden Seiten ausgetauscht.",
    "Der Kreml fordert den Rückzug ukrainischer Truppen aus dem Donbass.",
    "Kiew lehnt jede Abtretung von Gebieten kategorisch ab.",
    "Laut einer Umfrage unterstützen {pct} Prozent der Befragten weitere Gespräche.",
    "Russische Truppen haben nach eigenen Angaben weitere {km} Quadratkilometer erobert.",
    "Die europäischen Partner wollen eine Armee von {army}.000 Soldaten unterstützen.",
    "Ein weiteres Treffen am {d}. {month} wurde auf den {d2}. {month} verschoben.",
    "Beobachter halten eine Einigung in diesem Jahr für wenig wahrscheinlich.",
    "Die Stimmung unter den Diplomaten war nach Angaben von Teilnehmern angespannt.",
    "{person} betonte, sein Land sei zu weiteren Gesprächen bereit.",
    "Bis zu {drones} Drohnen pro Tag setzt die Armee nach Angaben aus {place} ein.",
]


def article(rng: random.Random) -> str:
    """One synthetic article of about 3,000 characters."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < 3000:
        tpl = rng.choice(TEMPLATES)
        a, b = rng.sample(["Russland", "der Ukraine", "den USA", "der Türkei"], 2)
        person, _ = rng.choice(PEOPLE)
        d = rng.randint(1, 20)
        parts.append(tpl.format(wd=rng.choice(WEEKDAYS), a=a, b=b, place=rng.choice(PLACES),
                                person=person, n=rng.choice(["zwei", "drei", "anderthalb", "vier"]),
                                big=rng.randint(100, 1500), pct=rng.randint(10, 90),
                                km=rng.randint(50, 900), army=rng.randint(100, 900), d=d,
                                d2=d + rng.randint(1, 5), month=rng.choice(MONTHS),
                                drones=rng.randint(100, 900)))
        if rng.random() < 0.25:
            parts.append("\n\n")
    day = rng.randint(1, 28)
    header = f" date 2025-{rng.randint(1, 12):02d}-{day:02d} "
    return header + " ".join(parts).replace(" \n\n ", "\n\n")


def corpus(n: int, seed: int = 0) -> list[str]:
    """`n` distinct synthetic articles (an article number makes each one unique)."""
    rng = random.Random(seed)
    return [article(rng) + f"\n\nMeldung {i}." for i in range(n)]
