"""Reports: the analysis of a scenario as one JSON-ready document, and its terminal rendering."""

from accord.report.overview import overview

__all__ = ["overview"]
