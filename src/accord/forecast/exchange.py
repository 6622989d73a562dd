"""Stokman's exchange model of collective decision making, Equal Gain variant.

Sources: Stokman & Van Oosten (1994), "The exchange of voting positions", in Bueno de Mesquita &
Stokman (eds.), *European Community Decision Making*; Stokman & Thomson (2015) and the Decide
model description (Stokman, Van der Knoop & Van Oosten). Re-implemented from the description in
`ALGORITHMS.md` section C; no code of the GPL Decide package was used.

Per round:
1. Each issue's outcome is the compromise O_p = sum c s x / sum c s.
2. Actors i and j can exchange on issues p and q when i cares relatively more about p
   (s_ip / s_iq > s_jp / s_jq) and they sit on opposite sides of both outcomes. j then moves
   toward i on p and i toward j on q. A move dx of j on p moves O_p by c_j s_jp dx / sum_p c s.
3. Equal Gain: the outcome shifts a (on p) and b (on q) satisfy s_ip a - s_iq b = s_jq b - s_jp a,
   so b = a (s_ip + s_jp) / (s_iq + s_jq); both then gain
   a (s_ip s_jq - s_jp s_iq) / (s_iq + s_jq). The shifts are as large as possible but capped so
   that neither mover passes the other's position and no outcome passes the other's position
   (option `cap`: "other_position"; "outcome" stops each mover at the current outcome).
4. Exchanges are realised in order of gain (largest first, ties by actor and issue order); an
   exchange that reuses an actor-issue pair already moved this round is dropped.
5. Rounds repeat until none is left or `rounds` is reached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from accord.forecast.compromise import compromise
from accord.forecast.inputs import Array, SpatialInput

SOURCE = "Stokman & Van Oosten (1994); Stokman & Thomson (2015); Equal Gain variant"


@dataclass(frozen=True)
class ExchangeOptions:
    rounds: int = 10
    min_gain: float = 1e-9
    cap: Literal["other_position", "outcome"] = "other_position"
    """How far a mover may go: up to the other actor's position (the description's reading) or
    only up to the current outcome (a conservative reading)."""


@dataclass
class ExchangeHistory:
    data: SpatialInput
    options: ExchangeOptions
    outcomes: list[Array] = field(default_factory=list)
    positions: list[Array] = field(default_factory=list)
    rounds: list[list[dict[str, Any]]] = field(default_factory=list)

    def outcome(self) -> Array:
        return self.outcomes[-1]


def _outcomes(data: SpatialInput, pos: Array) -> Array:
    return compromise(SpatialInput(data.name, data.actors, data.dimensions, data.capability, pos,
                                   data.salience, data.scale, data.status_quo))


def _candidates(data: SpatialInput, pos: Array, out: Array, cap: str,
                ) -> list[tuple[float, int, int, int, int, float, float]]:
    """(gain, i, j, p, q, shift of j on p, shift of i on q) for every feasible exchange."""
    n, d = pos.shape
    pres = data.present
    cs = np.where(pres, data.capability[:, None] * data.salience, 0.0)
    total = cs.sum(axis=0)
    s = data.salience
    found = []
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            for p in range(d):
                for q in range(d):
                    if p == q or not (pres[i, p] and pres[j, p] and pres[i, q] and pres[j, q]):
                        continue
                    if not s[i, p] * s[j, q] > s[j, p] * s[i, q]:
                        continue
                    side_p = (pos[i, p] - out[p]) * (pos[j, p] - out[p])
                    side_q = (pos[i, q] - out[q]) * (pos[j, q] - out[q])
                    if not (side_p < 0 and side_q < 0):
                        continue
                    # caps on the outcome shifts
                    reach_j = abs(pos[i, p] - pos[j, p]) if cap == "other_position" \
                        else abs(out[p] - pos[j, p])
                    reach_i = abs(pos[j, q] - pos[i, q]) if cap == "other_position" \
                        else abs(out[q] - pos[i, q])
                    a_cap = min(cs[j, p] * reach_j / total[p], abs(pos[i, p] - out[p]))
                    b_cap = min(cs[i, q] * reach_i / total[q], abs(pos[j, q] - out[q]))
                    ratio = (s[i, p] + s[j, p]) / (s[i, q] + s[j, q])
                    a = min(a_cap, b_cap / ratio)
                    b = a * ratio
                    gain = a * (s[i, p] * s[j, q] - s[j, p] * s[i, q]) / (s[i, q] + s[j, q])
                    if gain <= 0:
                        continue
                    dx_j = a * total[p] / cs[j, p] * np.sign(pos[i, p] - pos[j, p])
                    dx_i = b * total[q] / cs[i, q] * np.sign(pos[j, q] - pos[i, q])
                    found.append((float(gain), i, j, p, q, float(dx_j), float(dx_i)))
    found.sort(key=lambda t: (-t[0], t[1], t[2], t[3], t[4]))
    return found


def run(data: SpatialInput, opts: ExchangeOptions | None = None) -> ExchangeHistory:
    """Run the exchange model, recording each round's exchanges (who, on which issues, the
    moves and the equal gain) and the outcomes after it."""
    opts = opts or ExchangeOptions()
    pos = np.where(data.present, data.position, np.nan)
    hist = ExchangeHistory(data, opts)
    out = _outcomes(data, pos)
    hist.outcomes.append(out)
    hist.positions.append(pos.copy())
    for _ in range(opts.rounds):
        used: set[tuple[int, int]] = set()
        done = []
        for gain, i, j, p, q, dx_j, dx_i in _candidates(data, pos, out, opts.cap):
            if gain < opts.min_gain:
                break
            if {(j, p), (i, q), (i, p), (j, q)} & used:
                continue
            used |= {(j, p), (i, q), (i, p), (j, q)}
            pos[j, p] += dx_j
            pos[i, q] += dx_i
            done.append({"actors": [data.actors[i], data.actors[j]],
                         "issues": [data.dimensions[p], data.dimensions[q]],
                         "moves": [{"actor": data.actors[j], "issue": data.dimensions[p],
                                    "by": dx_j},
                                   {"actor": data.actors[i], "issue": data.dimensions[q],
                                    "by": dx_i}],
                         "gain": gain})
        if not done:
            break
        out = _outcomes(data, pos)
        hist.rounds.append(done)
        hist.outcomes.append(out)
        hist.positions.append(pos.copy())
    return hist
