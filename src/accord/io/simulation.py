"""Reading a simulation parameter file (YAML or JSON): sourced parameter values, the bargaining
parties, what needs ratification, named what-ifs and the backtest's outcomes. Built-in
scenarios ship theirs under ``accord/data/simulate/NAME.yaml``; see docs/simulate.md."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from accord.io.errors import Located, ScenarioFileError
from accord.io.scenario import MAX_BYTES, parse_json_text, parse_yaml_text, translate_validation_error
from accord.io.tree import line_map, line_of
from accord.model import Scenario
from accord.model.problems import Problem
from accord.simulate import GENERIC, ParameterSet, Source, WhatIf

if TYPE_CHECKING:
    from accord.simulate.study import Setup


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceIn(_Strict):
    paraphrase: str = Field(min_length=1)
    outlet: str = ""
    title: str = ""
    url: str = ""
    date: str = ""
    doc: str = ""
    assumption: bool = False

    def build(self) -> Source:
        return Source(
            self.paraphrase, self.outlet, self.title, self.url, self.date, self.doc, self.assumption
        )


class ValueIn(_Strict):
    value: float
    source: SourceIn


class RatificationIn(_Strict):
    party: str
    options: dict[str, list[str]]
    source: SourceIn


class WhatIfIn(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,60}$")
    description: str
    start: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    set: dict[str, float] = Field(default_factory=dict)
    pressure_on: str | None = None
    mechanism: str = ""


class OutcomeIn(_Strict):
    """What happened, for the backtest: the first general ceasefire (None: none by ``checked``)."""

    ceasefire: str | None = None
    checked: str
    source: SourceIn


class CrowdIn(_Strict):
    """A published forecast to print beside accord's."""

    question: str
    made: str
    horizon_months: int
    probability: float = Field(ge=0, le=1)
    source: SourceIn


class SimulationFile(_Strict):
    parties: list[str] = Field(min_length=2, max_length=4)
    mediator: str | None = None
    parameters: dict[str, ValueIn] = Field(default_factory=dict)
    ratification: RatificationIn | None = None
    what_ifs: list[WhatIfIn] = Field(default_factory=list)
    outcome: OutcomeIn | None = None
    crowd: list[CrowdIn] = Field(default_factory=list)

    def parameter_set(self) -> ParameterSet:
        return ParameterSet(GENERIC).with_defaults(
            {k: (v.value, v.source.build()) for k, v in self.parameters.items()}
        )

    def what_if_list(self) -> list[WhatIf]:
        return [
            WhatIf(w.id, w.description, w.start, tuple(w.set.items()), w.pressure_on, w.mechanism)
            for w in self.what_ifs
        ]


def _check(spec: SimulationFile) -> list[Problem]:
    known = {p.name for p in GENERIC}
    out = []
    for k in spec.parameters:
        if k not in known:
            out.append(
                Problem(
                    ("parameters", k),
                    f"an unknown parameter {k!r}",
                    "one of " + ", ".join(sorted(known)),
                    "check the spelling",
                )
            )
    for n, w in enumerate(spec.what_ifs):
        for k in w.set:
            if k not in known:
                out.append(
                    Problem(
                        ("what_ifs", n, "set", k),
                        f"an unknown parameter {k!r}",
                        "one of " + ", ".join(sorted(known)),
                        "check the spelling",
                    )
                )
        if w.pressure_on is not None and w.pressure_on not in spec.parties:
            out.append(
                Problem(
                    ("what_ifs", n, "pressure_on"),
                    repr(w.pressure_on),
                    "one of the parties " + ", ".join(spec.parties),
                    "name a bargaining party",
                )
            )
    if spec.ratification and spec.ratification.party not in spec.parties:
        out.append(
            Problem(
                ("ratification", "party"),
                repr(spec.ratification.party),
                "one of the parties " + ", ".join(spec.parties),
                "name a bargaining party",
            )
        )
    return out


def parse(text: str, source: str, fmt: str = "yaml") -> SimulationFile:
    if fmt == "json":
        data, tree = parse_json_text(text, source)
        root = None
    else:
        data, root = parse_yaml_text(text, source)
        tree = None
    if not isinstance(data, dict):
        raise ScenarioFileError.single(
            source,
            "a file that is not a mapping",
            "a mapping with parties, parameters, ratification, what_ifs",
            "see docs/simulate.md",
        )
    node = root if tree is None else tree()
    lines = line_map(node)
    try:
        spec = SimulationFile.model_validate(data)
    except ValidationError as exc:
        problems = translate_validation_error(exc, data, SimulationFile)
        raise ScenarioFileError(source, [Located(p, line_of(lines, p.loc)) for p in problems]) from None
    problems = _check(spec)
    if problems:
        raise ScenarioFileError(source, [Located(p, line_of(lines, p.loc)) for p in problems])
    return spec


def load_file(path: str | Path) -> SimulationFile:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise ScenarioFileError.single(
                str(p),
                "a file too large",
                f"under {MAX_BYTES:,} bytes",
                "check that this is a simulation parameter file",
            )
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioFileError.single(
            str(p), f"a file that cannot be read ({exc})", "a readable UTF-8 parameter file", "check the path"
        ) from None
    return parse(text, str(p), "json" if p.suffix.lower() == ".json" else "yaml")


def builtin(name: str) -> SimulationFile | None:
    """The parameter file shipped for a built-in scenario, if any."""
    res = resources.files("accord") / "data" / "simulate" / f"{name}.yaml"
    if not res.is_file():
        return None
    return parse(res.read_text(encoding="utf-8"), f"<built-in simulate/{name}.yaml>")


def as_json(spec: SimulationFile) -> dict[str, Any]:
    return spec.model_dump(mode="json")


def setup(scenario: Scenario, spec: SimulationFile | None, source: str) -> Setup | None:
    """The simulation setup of ``scenario`` with its parameter file (checked against the
    scenario: parties, ratification issues and options), or generic defaults for its first two
    parties when there is no file; None with fewer than two parties."""
    from accord.simulate.study import Crowd, Setup

    if spec is None:
        if len(scenario.parties) < 2:
            return None
        return Setup(scenario, ParameterSet(GENERIC), tuple(scenario.parties[:2]))
    problems = []
    actors = {a.id for a in scenario.actors}
    for p in spec.parties:
        if p not in actors:
            problems.append(
                Problem(
                    ("parties",),
                    f"a party {p!r} the scenario does not have",
                    "an actor id of the scenario",
                    "check the spelling",
                )
            )
    for issue, opts in spec.ratification.options.items() if spec.ratification else ():
        known = next((i.option_ids() for i in scenario.issues if i.id == issue), None)
        if known is None:
            problems.append(
                Problem(
                    ("ratification", "options", issue),
                    f"an issue {issue!r} the scenario does not have",
                    "an issue id of the scenario",
                    "check the spelling",
                )
            )
            continue
        for opt in opts:
            if opt not in known:
                problems.append(
                    Problem(
                        ("ratification", "options", issue),
                        f"an option {opt!r} not on {issue}",
                        "one of " + ", ".join(known),
                        "check the spelling",
                    )
                )
    if problems:
        raise ScenarioFileError(source, [Located(p, None) for p in problems])
    r = spec.ratification
    out = spec.outcome
    return Setup(
        scenario,
        spec.parameter_set(),
        tuple(spec.parties),
        r.party if r else None,
        dict(r.options) if r else {},
        tuple(spec.what_if_list()),
        out.ceasefire if out else None,
        out.checked if out else None,
        out.source.build() if out else None,
        tuple(
            Crowd(c.question, c.made, c.horizon_months, c.probability, c.source.build()) for c in spec.crowd
        ),
    )


def setup_for(scenario: Scenario, params_file: str | Path | None = None) -> Setup | None:
    """:func:`setup` with ``params_file``, else the file shipped for a built-in scenario."""
    from accord.io.scenario import builtin_names

    if params_file is not None:
        return setup(scenario, load_file(params_file), str(params_file))
    spec = builtin(scenario.id) if scenario.id in builtin_names() else None
    return setup(scenario, spec, f"<built-in simulate/{scenario.id}.yaml>")
