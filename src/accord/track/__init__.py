"""Track: partial deals and their compliance, contradictory claims, indicators.

- `derive_status`: an agreement's status over time (announced, in force, disputed, extended,
  lapsed, fulfilled, broken), each change with the incidents and sources behind it;
- `exchange_ledger`: agreed against carried-out exchanges, per side;
- `find_contradictions`: pairs of claims that cannot both be true, with independent support;
- `indicator_series`: dated series (territory, strikes, polls) as of a date;
- `track_report`: all of it as one JSON-ready document.

Pure functions of the model: no I/O.
"""

from accord.track.contradictions import Contradiction, find_contradictions
from accord.track.gazetteer import Gazetteer
from accord.track.indicators import indicator_series
from accord.track.ledger import exchange_ledger
from accord.track.status import StatusChange, StatusHistory, derive_status
from accord.track.summary import TrackExtra, track_report

__all__ = ["Contradiction", "Gazetteer", "StatusChange", "StatusHistory", "TrackExtra",
           "derive_status", "exchange_ledger", "find_contradictions", "indicator_series",
           "track_report"]
