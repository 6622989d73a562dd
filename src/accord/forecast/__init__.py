"""Forecasting engine: where is each issue likely to land, and how sure can we be?

One input schema (:class:`accord.forecast.inputs.SpatialInput`) feeds every model; one module per
model, each citing its source:

- :mod:`accord.forecast.compromise`: capability x salience weighted mean and weighted median;
- :mod:`accord.forecast.nbs`: spatial Nash bargaining solution with a disagreement point;
- :mod:`accord.forecast.eum`: Bueno de Mesquita's expected-utility model as reconstructed by
  Scholz, Calbert & Smith (2011);
- :mod:`accord.forecast.ktab`: the KTAB Spatial Model of Politics (KAPSARC) in its default
  configuration;
- :mod:`accord.forecast.exchange`: Stokman's exchange model (Equal Gain);
- :mod:`accord.forecast.montecarlo`: Monte Carlo over inputs given as distributions, parameter
  sweeps, local and Dask executors;
- :mod:`accord.forecast.backtest`: scoring forecasts against known outcomes (DEU III);
- :mod:`accord.forecast.flagship`: the documented rule that maps a scenario onto 0-100 scales.
"""
