"""Valid ranges of every model's numeric options, gathered for the CLI and sweeps.

The EUM and KTAB ranges are declared next to their option dataclasses (:data:`eum.RANGES`,
:data:`ktab.RANGES`); the exchange model's are declared here (same closed-interval convention).
"""

from __future__ import annotations

from accord.forecast import eum, ktab
from accord.forecast.inputs import Range

EXCHANGE_MAX_ROUNDS = 1000
"""Most rounds of the exchange model accepted from the command line."""
EXCHANGE_RANGES: dict[str, Range] = {
    "rounds": (0, EXCHANGE_MAX_ROUNDS), "min_gain": (0.0, 1e12), "seed": (0, 2**63 - 1),
    "fixed_weight": (0.0, 1.0), "salience_weight": (0.0, 1.0), "max_exchanges": (1, 10_000_000)}

RANGES: dict[str, dict[str, Range]] = {"eum": eum.RANGES, "ktab": ktab.RANGES,
                                       "exchange": EXCHANGE_RANGES}
"""{model: {option: (low, high)}}; closed intervals, NaN never valid."""
