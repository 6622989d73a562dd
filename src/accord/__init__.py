"""accord: model, track and analyse multi-party peace negotiations.

    >>> import accord
    >>> s = accord.load("ukraine-2022-2026")
    >>> s.actor("UKR").role
    'party'
"""

from accord.io import ScenarioFileError
from accord.io import load as load
from accord.model import Scenario

__version__ = "0.1.0"
__all__ = ["Scenario", "ScenarioFileError", "__version__", "load"]
