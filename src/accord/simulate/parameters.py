"""The simulation's parameters, each declared once: default, range, unit, the mechanism it
drives and where its default comes from (a source or a marked assumption).

The same declarations serve single runs, Monte Carlo, what-ifs, sweeps and the sensitivity
analysis (EMA-Workbench style: a model is a function from declared uncertainties to outcomes).
Defaults here are generic; a scenario can ship a parameter file that overrides them with
sourced values (see ``accord.simulate.params_file``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Source:
    """Where a value comes from: a public report (outlet, title, URL, date, paraphrase in our
    words) or a scenario document, or an assumption with its reason."""

    paraphrase: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    date: str = ""
    doc: str = ""
    assumption: bool = False

    def cite(self) -> str:
        if self.assumption:
            return f"assumption: {self.paraphrase}"
        where = ", ".join(x for x in (self.outlet, self.title, self.date, self.url, self.doc) if x)
        return f"{self.paraphrase} ({where})" if where else self.paraphrase


@dataclass(frozen=True)
class Parameter:
    name: str
    default: float
    low: float
    high: float
    unit: str
    mechanism: str
    meaning: str
    source: Source

    def __post_init__(self) -> None:
        if not self.low <= self.default <= self.high:
            raise ValueError(
                f"parameter {self.name}: default {self.default} outside [{self.low}, {self.high}]"
            )


def _assume(why: str) -> Source:
    return Source(why, assumption=True)


GENERIC: tuple[Parameter, ...] = (
    Parameter(
        "round_rate",
        0.1,
        0.01,
        0.5,
        "rounds per week",
        "rounds",
        "mean arrival rate of negotiation rounds (each run draws its own rate from the "
        "Gamma posterior of the fitted cadence when the timeline gives one)",
        _assume("one round every ten weeks when the timeline gives no cadence"),
    ),
    Parameter(
        "battle_trend",
        0.0,
        -300.0,
        300.0,
        "km² per week",
        "battlefield",
        "mean territory changing hands per week (positive: towards the first party)",
        _assume("no trend unless the scenario's indicators give one"),
    ),
    Parameter(
        "battle_noise",
        50.0,
        0.0,
        200.0,
        "km² per week",
        "battlefield",
        "standard deviation of the weekly territory change around the trend",
        _assume("weekly changes vary by about the size of a typical monthly trend's week"),
    ),
    Parameter(
        "value_per_1000km2",
        0.01,
        0.0,
        0.05,
        "utility per 1000 km²",
        "battlefield",
        "how much 1000 km² changing hands moves each party's value of no deal",
        _assume(
            "1000 km² (about a third of a large district) moves the no-deal value by 0.01 "
            "on the 0–1 utility scale"
        ),
    ),
    Parameter(
        "war_cost_first",
        0.001,
        0.0,
        0.01,
        "utility per week",
        "costs",
        "the first party's cost of continued war, per week, in its expectation of fighting on",
        _assume("a year of war costs about 0.05 of the utility scale"),
    ),
    Parameter(
        "war_cost_second",
        0.001,
        0.0,
        0.01,
        "utility per week",
        "costs",
        "the second party's cost of continued war, per week",
        _assume("as for the first party"),
    ),
    Parameter(
        "horizon_weeks",
        26.0,
        4.0,
        104.0,
        "weeks",
        "expectations",
        "how far ahead each party projects the battlefield and its costs when it values fighting on",
        _assume("leaders look about half a year ahead"),
    ),
    Parameter(
        "trend_optimism_first",
        0.3,
        0.0,
        1.0,
        "share of the trend",
        "expectations",
        "the first party expects the trend to be this much more in its favour than it is "
        "(Fearon 1995; Slantchev 2003: mutual optimism keeps the zone empty)",
        _assume("each side overrates its battlefield prospects by about a third"),
    ),
    Parameter(
        "trend_optimism_second",
        0.3,
        0.0,
        1.0,
        "share of the trend",
        "expectations",
        "the second party expects the trend to be this much more in its favour than it is",
        _assume("as for the first party"),
    ),
    Parameter(
        "private_optimism_first",
        0.05,
        0.0,
        0.3,
        "utility",
        "expectations",
        "the first party's private overestimate of its value of no deal, uniform on "
        "[0, this] and unknown to the other (private information, Fearon 1995)",
        _assume("up to 0.05 on the utility scale"),
    ),
    Parameter(
        "private_optimism_second",
        0.05,
        0.0,
        0.3,
        "utility",
        "expectations",
        "the second party's private overestimate of its value of no deal, uniform on [0, this]",
        _assume("as for the first party"),
    ),
    Parameter(
        "pressure_hazard",
        0.01,
        0.0,
        0.1,
        "per week",
        "mediator",
        "hazard rate (per week) at which the mediator switches to pressure on one side (sanctions, "
        "aid, withdrawal); a step of d days switches with probability 1 - exp(-rate * d / 7)",
        _assume("about once in two years"),
    ),
    Parameter(
        "pressure_on_first",
        0.5,
        0.0,
        1.0,
        "probability",
        "mediator",
        "probability that the mediator's pressure falls on the first party rather than the second",
        _assume("each side hopes the mediator's patience runs out with the other: even odds"),
    ),
    Parameter(
        "pressure_cost",
        0.003,
        0.0,
        0.02,
        "utility per week",
        "mediator",
        "extra weekly cost of war for the side under mediator pressure",
        _assume("pressure triples a side's weekly cost of war"),
    ),
    Parameter(
        "red_line_cost",
        0.5,
        0.1,
        1.0,
        "utility",
        "red lines",
        "political cost to a leader of agreeing to a package that crosses one of its "
        "declared red lines (large values make red lines practically hard)",
        _assume(
            "a declared red line is nearly hard: crossing it costs half the utility "
            "scale, so only a large shift in the value of no deal opens such a package"
        ),
    ),
    Parameter(
        "referendum_support",
        0.5,
        0.0,
        1.0,
        "share",
        "ratification",
        "expected share voting yes in a referendum on a package that cedes territory",
        _assume("even when no poll is given"),
    ),
    Parameter(
        "referendum_sd",
        0.08,
        0.01,
        0.3,
        "share",
        "ratification",
        "uncertainty of the yes share at the vote (poll error plus the campaign)",
        _assume("polls' own error of about 3 points plus a campaign swing of about 7"),
    ),
    Parameter(
        "audience_cost",
        0.05,
        0.0,
        0.3,
        "utility",
        "ratification",
        "rise in the ratifying party's value of no deal after a package it signed is voted "
        "down (leaders' audience costs)",
        _assume("a failed vote hardens the signer by 0.05"),
    ),
    Parameter(
        "exchange_rate",
        0.0,
        0.0,
        0.5,
        "per week",
        "partial deals",
        "rate of prisoner or body exchanges",
        _assume("none unless the timeline shows them"),
    ),
    Parameter(
        "pause_rate",
        0.0,
        0.0,
        0.2,
        "per week",
        "partial deals",
        "rate at which a partial ceasefire (e.g. an energy-strike pause) is agreed",
        _assume("none unless the timeline shows them"),
    ),
    Parameter(
        "pause_breakdown",
        0.05,
        0.0,
        0.5,
        "per week",
        "partial deals",
        "weekly rate (hazard) at which a partial ceasefire in force breaks down",
        _assume("pauses last about 20 weeks on average"),
    ),
    Parameter(
        "discount",
        0.99,
        0.5,
        1.0,
        "per round",
        "protocol",
        "each party's discount factor between rounds under alternating offers",
        _assume("1% per round"),
    ),
)


@dataclass(frozen=True)
class ParameterSet:
    """Declared parameters with their current values (defaults unless overridden)."""

    declared: tuple[Parameter, ...] = GENERIC
    values: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = {p.name for p in self.declared}
        for k in self.values:
            if k not in known:
                raise KeyError(f"unknown parameter {k!r}; known: {', '.join(sorted(known))}")

    def __getitem__(self, name: str) -> float:
        if name in self.values:
            return float(self.values[name])
        return self.spec(name).default

    def spec(self, name: str) -> Parameter:
        for p in self.declared:
            if p.name == name:
                return p
        raise KeyError(f"unknown parameter {name!r}; known: {', '.join(p.name for p in self.declared)}")

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self.declared)

    def with_values(self, **values: float) -> ParameterSet:
        merged = dict(self.values)
        merged.update(values)
        return replace(self, values=merged)

    def with_defaults(self, overrides: Mapping[str, tuple[float, Source]]) -> ParameterSet:
        """New defaults (with their sources) for some parameters, e.g. from a scenario's
        parameter file or from the timeline; ranges widen to hold the new default."""
        out = []
        for p in self.declared:
            if p.name in overrides:
                v, src = overrides[p.name]
                p = replace(
                    p, default=float(v), low=min(p.low, float(v)), high=max(p.high, float(v)), source=src
                )
            out.append(p)
        return ParameterSet(tuple(out), dict(self.values))

    def as_dict(self) -> dict[str, float]:
        return {p.name: self[p.name] for p in self.declared}

    def table(self) -> list[dict[str, object]]:
        return [
            {
                "name": p.name,
                "value": self[p.name],
                "default": p.default,
                "range": [p.low, p.high],
                "unit": p.unit,
                "mechanism": p.mechanism,
                "meaning": p.meaning,
                "source": p.source.cite(),
                "assumption": p.source.assumption,
            }
            for p in self.declared
        ]
