"""Genius XML domains and preference profiles (the ANAC negotiation platform's format).

Reading: a domain file (root ``negotiation_template`` or ``utility_space`` whose items carry no
evaluations) and one profile per party (``utility_space`` with ``<item value= evaluation=>``
per option and ``<weight index= value=>`` per issue, optional ``<reservation value=>`` and
``<discount_factor value=>``, inside or after ``<objective>``). Issues are matched between
domain and profile by their ``index`` attribute and items by their ``value``; indices need not
start at 1 (Genius' own laptop domain starts at 2), weights that do not sum to 1 are
renormalised as Genius does; both are reported as notes. Utilities follow Genius semantics
(``accord.space.genius_semantics``).

Writing: ``write_genius`` writes a domain file and one profile per party such that Genius
reads back the same preference order: each issue's weight is its largest weighted value and each
evaluation the option's weighted value divided by that maximum, so Genius computes
``U_p / max U_p``; reservation values are divided by the same maximum. Red lines have no
Genius equivalent and are listed in an XML comment and in the returned notes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.sax.saxutils import quoteattr

import numpy as np
from defusedxml import ElementTree as SafeET

from accord.io import ScenarioFileError
from accord.space.additive import AdditiveSpace
from accord.space.genius_semantics import GeniusProfile, genius_space

MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class GeniusDomain:
    """A Genius domain with its profiles, as read from files."""

    name: str
    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    profiles: tuple[GeniusProfile, ...]
    files: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())

    def space(self) -> AdditiveSpace:
        """The additive space under Genius semantics."""
        s = genius_space(self.issues, self.options, self.profiles)
        return replace(s, notes=(*s.notes, *self.notes))


def _fail(src: str, found: str, expected: str, fix: str, loc: tuple[str | int, ...] = (),
          line: int | None = None) -> ScenarioFileError:
    return ScenarioFileError.single(src, found, expected, fix, line=line, loc=loc)


def _parse(path: Path) -> Element:
    src = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(src, f"cannot open the file ({exc.strerror})", "a readable Genius XML file",
                    "check the path") from None
    if size > MAX_BYTES:
        raise _fail(src, f"a file of {size} bytes", f"at most {MAX_BYTES} bytes",
                    "Genius domains are small; check that this is the right file")
    try:
        root: Element = SafeET.fromstring(path.read_bytes())
    except SafeET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise _fail(src, f"malformed XML ({exc})", "well-formed Genius XML",
                    "repair the file or export it again from Genius", line=line) from None
    except Exception as exc:  # defusedxml refuses entities, DTDs and external references
        raise _fail(src, f"refused XML ({type(exc).__name__}: {exc})",
                    "plain XML without entity declarations or external references",
                    "remove the DTD / entity declarations") from None
    return root


def _number(src: str, text: str | None, loc: tuple[str | int, ...], what: str) -> float:
    try:
        x = float(text) if text is not None else math.nan
    except ValueError:
        x = math.nan
    if not math.isfinite(x):
        raise _fail(src, f"{what} {text!r}" if text is not None else f"no {what}",
                    f"a finite number as {what}", f"set {what} to a number", loc)
    return x


def _utility_space(root: Element) -> Element | None:
    return root if root.tag == "utility_space" else root.find("utility_space")


def _issues(src: str, us: Element) -> list[Element]:
    found = list(us.iter("issue"))
    if not found:
        raise _fail(src, "no <issue> elements", "<objective> with <issue> children",
                    "check that this is a Genius domain or profile", ("utility_space",))
    for iss in found:
        kind = iss.get("type") or iss.get("etype") or "discrete"
        if kind != "discrete":
            raise _fail(src, f"issue {iss.get('name')!r} of type {kind!r}",
                        "discrete issues (items listed one by one)",
                        "list the values as <item> elements; integer and real issues are not "
                        "supported", ("issue", iss.get("name") or "?"))
    return found


def _index(src: str, el: Element, what: str) -> int:
    raw = el.get("index")
    try:
        return int(raw) if raw is not None else -1
    except ValueError:
        raise _fail(src, f"{what} index {raw!r}", "a whole number", f"fix the index of {what}",
                    (what,)) from None


def _is_profile(root: Element) -> bool:
    us = _utility_space(root)
    return root.tag == "utility_space" and us is not None and any(True for _ in us.iter("weight"))


def read_domain(path: Path) -> tuple[list[tuple[int, str, list[str]]], list[str]]:
    """[(index, name, values)] per issue of a domain file, and notes."""
    src = str(path)
    root = _parse(path)
    us = _utility_space(root)
    if us is None:
        raise _fail(src, f"root <{root.tag}> without <utility_space>",
                    "<negotiation_template> or <utility_space>", "check that this is a Genius domain")
    out = []
    notes = []
    for iss in _issues(src, us):
        name = iss.get("name")
        if not name:
            raise _fail(src, "an <issue> without a name", "name=\"...\"", "name the issue", ("issue",))
        values = [it.get("value") or "" for it in iss.findall("item")]
        if len(values) < 1 or any(not v for v in values):
            raise _fail(src, f"issue {name!r} with {len(values)} items or an item without value",
                        "at least one <item value=\"...\">", "add the values", ("issue", name))
        dup = {v for v in values if values.count(v) > 1}
        if dup:
            raise _fail(src, f"value(s) {sorted(dup)} listed twice", "distinct item values",
                        "remove the duplicates", ("issue", name))
        out.append((_index(src, iss, f"issue {name!r}"), name, values))
    indices = [i for i, _, _ in out]
    if len(set(indices)) != len(indices):
        raise _fail(src, f"issue indices {indices}", "distinct issue indices",
                    "number the issues 1, 2, 3, ...", ("issue",))
    if indices and min(indices) != 1:
        notes.append(f"{path.name}: issue indices start at {min(indices)}, not 1; weights are "
                     "matched to issues by index")
    return out, notes


def read_profile(path: Path, domain: list[tuple[int, str, list[str]]]) -> tuple[GeniusProfile, list[str]]:
    """One party's profile against the domain's issues, and notes."""
    src = str(path)
    root = _parse(path)
    us = _utility_space(root)
    if us is None or not _is_profile(root):
        raise _fail(src, f"root <{root.tag}> without <weight> elements",
                    "a Genius profile: <utility_space> with <issue>, <item evaluation=> and <weight>",
                    "check that this is a preference profile, not a domain")
    by_index = {_index(src, iss, f"issue {iss.get('name')!r}"): iss for iss in _issues(src, us)}
    weights = {}
    for w in us.iter("weight"):
        idx = _index(src, w, "weight")
        weights[idx] = _number(src, w.get("value"), ("weight", idx), "weight value")
    evaluations = []
    for idx, name, values in domain:
        iss = by_index.get(idx)
        if iss is None or iss.get("name") != name:
            raise _fail(src, f"no issue {name!r} with index {idx}",
                        "the same issues and indices as the domain file",
                        "export the profile again from the domain", ("issue", name))
        if idx not in weights:
            raise _fail(src, f"no <weight index=\"{idx}\"> for issue {name!r}",
                        "one weight per issue", f"add <weight index=\"{idx}\" value=\"...\"/>",
                        ("weight", idx))
        ev: dict[str, float] = {}
        for it in iss.findall("item"):
            value = it.get("value") or ""
            if value not in values:
                raise _fail(src, f"item {value!r} on issue {name!r}", f"one of {values}",
                            "use the domain's item values", ("issue", name, "item", value))
            ev[value] = _number(src, it.get("evaluation"), ("issue", name, "item", value), "evaluation")
            if ev[value] < 0:
                raise _fail(src, f"evaluation {ev[value]} for {value!r}", "a non-negative evaluation",
                            "use evaluations >= 0", ("issue", name, "item", value))
        missing = [v for v in values if v not in ev]
        if missing:
            raise _fail(src, f"no evaluation for {missing} on issue {name!r}", "an evaluation per item",
                        "add evaluation=\"...\" to every item", ("issue", name))
        if max(ev.values()) <= 0:
            raise _fail(src, f"all evaluations 0 on issue {name!r}", "a positive largest evaluation",
                        "give the best value a positive evaluation", ("issue", name))
        evaluations.append(tuple(ev[v] for v in values))
    extra = sorted(set(weights) - {i for i, _, _ in domain})
    if extra:
        raise _fail(src, f"weights for unknown issue indices {extra}", "one weight per domain issue",
                    "remove them or fix the indices", ("weight",))
    ws = tuple(weights[i] for i, _, _ in domain)
    if any(w < 0 for w in ws) or sum(ws) <= 0:
        raise _fail(src, f"weights {list(ws)}", "non-negative weights with a positive sum",
                    "fix the weights", ("weight",))
    notes = []
    if abs(sum(ws) - 1.0) > 1e-9:
        notes.append(f"{path.name}: weights sum to {sum(ws):.6g}; renormalised to 1 as Genius does")

    def scalar(tag: str) -> float | None:
        el = us.find(f".//{tag}") if us is not None else None
        if el is None:
            el = root.find(f".//{tag}")
        return None if el is None else _number(src, el.get("value"), (tag,), f"{tag} value")

    res = scalar("reservation")
    if res is not None and not 0.0 <= res <= 1.0:
        raise _fail(src, f"reservation {res}", "a value in [0, 1] (Genius' normalised scale)",
                    "set the reservation between 0 and 1", ("reservation",))
    return GeniusProfile(path.stem, ws, tuple(evaluations), res, scalar("discount_factor")), notes


def load_genius(path: str | Path, profiles: Sequence[str | Path] | None = None) -> GeniusDomain:
    """A Genius domain from a directory (the domain file and every profile in it, profiles in
    file-name order) or from a domain file plus ``profiles``."""
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.suffix.lower() == ".xml")
        if not files:
            raise _fail(str(p), "no .xml files", "a Genius domain folder", "point at the folder with "
                        "the domain and profile files")
        domains: list[Path] = []
        profs: list[Path] = []
        for f in files:
            (profs if _is_profile(_parse(f)) else domains).append(f)
        if len(domains) != 1:
            raise _fail(str(p), f"{len(domains)} domain files ({[d.name for d in domains]})",
                        "exactly one domain file and its profiles",
                        "keep one domain per folder, or name the files explicitly")
        domain_file, profile_files = domains[0], profs
    else:
        domain_file = p
        profile_files = [Path(x) for x in profiles or []]
    if not profile_files:
        raise _fail(str(p), "no preference profiles", "at least one profile file",
                    "add the parties' profile files")
    issues, notes = read_domain(domain_file)
    read = []
    for f in profile_files:
        prof, more = read_profile(f, issues)
        read.append(prof)
        notes.extend(more)
    return GeniusDomain(domain_file.stem, tuple(n for _, n, _ in issues),
                        tuple(tuple(v) for _, _, v in issues), tuple(read),
                        (str(domain_file), *map(str, profile_files)), tuple(notes))


def genius_files(parties: tuple[str, ...] | list[str], name: str = "domain") -> list[str]:
    """The names of the files `write_genius` writes: the domain, then one profile per party."""
    return [f"{name}_domain.xml", *(f"{party}.xml" for party in parties)]


def write_genius(space: AdditiveSpace, folder: str | Path, name: str = "domain") -> list[str]:
    """Write ``<name>_domain.xml`` and ``<party>.xml`` per party into ``folder`` (see module
    docstring); returns notes on what Genius cannot represent."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    notes = []
    lines = ["<negotiation_template>"]
    for party in space.parties:
        lines.append(f"  <agent name={quoteattr(party)} utility_space={quoteattr(party + '.xml')}/>")
    lines.append(f"  <utility_space number_of_issues=\"{len(space.issues)}\">")
    lines.append(f"    <objective index=\"0\" etype=\"objective\" type=\"objective\" name={quoteattr(name)}>")
    for i, (iss, opts) in enumerate(zip(space.issues, space.options, strict=True), start=1):
        lines.append(f"      <issue index=\"{i}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" "
                     f"name={quoteattr(iss)}>")
        lines += [f"        <item index=\"{j}\" value={quoteattr(o)}/>" for j, o in enumerate(opts, start=1)]
        lines.append("      </issue>")
    lines += ["    </objective>", "  </utility_space>", "</negotiation_template>"]
    domain_file, *profile_files = genius_files(space.parties, name)
    (out / domain_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    red_any = any((~a).any() for a in space.allowed) or bool(space.cross)
    if red_any:
        notes.append("red lines cannot be expressed in Genius and were not written")
    for p, party in enumerate(space.parties):
        vals = [v[p] for v in space.values]
        tops = np.asarray([v.max() for v in vals])
        total = float(tops.sum())
        if total <= 0:
            notes.append(f"{party}: no positive utility anywhere; profile not written")
            continue
        body = ["<utility_space>", f"  <objective index=\"0\" etype=\"objective\" type=\"objective\" "
                f"name={quoteattr(name)}>"]
        for i, (iss, opts) in enumerate(zip(space.issues, space.options, strict=True), start=1):
            body.append(f"    <issue index=\"{i}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" "
                        f"name={quoteattr(iss)}>")
            top = tops[i - 1]
            for j, o in enumerate(opts, start=1):
                e = float(vals[i - 1][j - 1] / top) if top > 0 else 1.0
                body.append(f"      <item index=\"{j}\" value={quoteattr(o)} evaluation=\"{e!r}\"/>")
            body.append("    </issue>")
        for i in range(1, len(space.issues) + 1):
            body.append(f"    <weight index=\"{i}\" value=\"{float(tops[i - 1] / total)!r}\"/>")
        res = float(space.reservation[p]) / total
        body += ["  </objective>", f"  <reservation value=\"{min(max(res, 0.0), 1.0)!r}\"/>"]
        crossed = [f"{space.issues[i]}={space.options[i][j]}" for i, a in enumerate(space.allowed)
                   for j in np.flatnonzero(~a[p])]
        crossed += [c.label for c in space.cross if c.party == p]
        if crossed:
            body.append("  <!-- red lines not representable in Genius: "
                        + "; ".join(crossed).replace("--", "- -") + " -->")
        body.append("</utility_space>")
        (out / profile_files[p]).write_text("\n".join(body) + "\n", encoding="utf-8")
        if abs(total - 1.0) > 1e-9:
            notes.append(f"{party}: best package worth {total:.6g}; Genius utilities are divided by it")
    return notes
