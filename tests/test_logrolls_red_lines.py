"""Regression: logrolls used to ignore red lines (the 2026 flagship logroll handed Russia its own
red line `article5_like` as a gain). A logroll and its compromise now use only options no party
rejects outright and cross no cross-issue red line on their two issues."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from accord.space.additive import AdditiveSpace, CrossConstraint
from accord.space.tradeoffs import logrolls
from tests.test_space_properties import spaces


def _space(allowed_b0: list[bool], cross: tuple[CrossConstraint, ...] = ()) -> AdditiveSpace:
    values = (np.asarray([[0.6, 0.3, 0.0], [0.0, 0.05, 0.1]]),   # issue 0: A cares
              np.asarray([[0.1, 0.05, 0.0], [0.0, 0.3, 0.6]]))   # issue 1: B cares
    allowed = (np.asarray([[True] * 3, allowed_b0]), np.ones((2, 3), dtype=bool))
    return AdditiveSpace(("A", "B"), ("i0", "i1"), (("x", "y", "z"), ("x", "y", "z")), values,
                         allowed, np.zeros(2), cross)


def test_a_logroll_never_hands_a_party_an_option_the_other_rejects() -> None:
    free = logrolls(_space([True, True, True]))
    assert free and free[0].logroll["i0"] == "x"
    blocked = logrolls(_space([False, True, True]))  # B rejects i0 = x outright
    assert all(x.logroll.get("i0") != "x" and x.compromise.get("i0") != "x" for x in blocked)


def test_a_logroll_meeting_a_cross_issue_red_line_on_its_issues_is_left_out() -> None:
    rule = CrossConstraint(1, {0: np.asarray([True, False, False]), 1: np.asarray([False, False, True])},
                           "b-no-x-with-z", "i0 = x AND i1 = z")
    assert not any(x.logroll == {"i0": "x", "i1": "z"} for x in logrolls(_space([True] * 3, (rule,))))


@settings(max_examples=150, deadline=None)
@given(spaces())
def test_logrolls_cross_no_red_line(space: AdditiveSpace) -> None:
    index = {iss: k for k, iss in enumerate(space.issues)}
    for x in logrolls(space, limit=50):
        for package in (x.logroll, x.compromise):
            settled = {index[i]: space.options[index[i]].index(o) for i, o in package.items()}
            for i, j in settled.items():
                assert space.allowed[i][:, j].all()
            for c in space.cross:
                if set(c.holds) <= set(settled):
                    assert not all(m[settled[k]] for k, m in c.holds.items())
