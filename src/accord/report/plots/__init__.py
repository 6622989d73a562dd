"""Plots for the report layer (matplotlib, Agg backend, written offline), one module per engine."""
