"""`accord report`: one self-contained HTML file — bottom line first, a figure per section,
every fact linked to its source, no network request, under 3 MB for the flagship — checked by
parsing and in headless Chromium."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import accord
from accord.io import load_text
from accord.report import overview
from accord.report.figures import utility_plane
from accord.report.html import html_report
from tests.browser import browser, screenshot
from tests.cli import run

FIGURES = ("timeline", "positions", "plane", "concessions", "conflict", "forecast", "deals", "odds")


class Links(HTMLParser):
    """Every URL a page could load (src, href of stylesheets/icons/preloads, CSS url(...)),
    every link target and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.anchors: list[str] = []
        self.ids: set[str] = set()
        self.scripts_with_src = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if a.get("src"):
            self.loads.append(str(a["src"]))
        if tag == "script" and a.get("src"):
            self.scripts_with_src += 1
        if tag == "link" and a.get("href"):
            self.loads.append(str(a["href"]))
        if tag == "a" and a.get("href"):
            self.anchors.append(str(a["href"]))


@pytest.fixture(scope="module")
def flagship_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    path = folder / "report.html"
    code, out, err = run("report", "-o", str(path))
    assert code == 0, err
    assert "wrote" in out
    return path


def test_flagship_report_is_small_and_loads_nothing(flagship_html: Path) -> None:
    text = flagship_html.read_text(encoding="utf-8")
    assert flagship_html.stat().st_size < 3_000_000
    links = Links()
    links.feed(text)
    assert links.loads == [] and links.scripts_with_src == 0
    styles = " ".join(re.findall(r"<style>(.*?)</style>", text, re.S))
    assert not re.search(r"url\(|@import|@font-face", styles)


def test_bottom_line_first_and_every_reference_resolves(flagship_html: Path) -> None:
    text = flagship_html.read_text(encoding="utf-8")
    links = Links()
    links.feed(text)
    assert text.index('id="bottom-line"') < text.index('id="timeline"')
    assert "Agreement plane" in text and "zone EMPTY" in text
    internal = [h[1:] for h in links.anchors if h.startswith("#")]
    assert internal and all(i in links.ids for i in internal), set(internal) - links.ids
    refs = {h for h in internal if h.startswith("ev-")}
    sources = {i for i in links.ids if i.startswith("ev-")}
    assert refs == sources and len(sources) > 30
    # every position cell links to its evidence
    cells = re.findall(r'<td id="position-[^"]+">(.*?)</td>', text, re.S)
    assert cells and all('href="#ev-' in c for c in cells if c.strip())


def test_bottom_line_on_the_page_is_whole_and_in_sentence_case(flagship_html: Path) -> None:
    """The page has room for every item the terminal cuts, and a terminal hint (--section) means
    nothing to a reader of the page; labels read as written ('Forecasts agree (5+ of 6 ...').
    Once every word was capitalised ('Of', 'On A Red Line Of X') by CSS."""
    text = flagship_html.read_text(encoding="utf-8")
    block = text[text.index('id="bottom-line"'):text.index("</section>", text.index('id="bottom-line"'))]
    assert "--section" not in block and "more (see" not in block
    labels = re.findall(r"<li><b>(.*?):</b>", block)
    assert "Agreement zone" in labels and any(lab.startswith("Forecasts agree (5+ of 6") for lab in labels)
    assert "text-transform: capitalize" not in text


def test_report_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run("report", "-o", str(target))
    assert code == 2 and "--force" in err and target.read_text(encoding="utf-8") == "keep me"
    code, _, err = run("report", "-o", str(target / "r.html"))
    assert code == 2 and "which is a file, not a folder" in err


def test_scenario_text_cannot_break_out_of_the_page() -> None:
    s = accord.load("ukraine-2022-2026")
    hostile = s.to_yaml().replace("title: Russia-Ukraine negotiations 2022-2026",
                                  "title: '</script><script>alert(1)</script><!--ACCORD:SPECS-->'", 1)
    t = load_text(hostile, "hostile.yaml")
    page = html_report(overview(t), t, utility_plane(t))
    assert "<script>alert(1)" not in page
    assert page.count("<!--ACCORD") == 0


def test_report_renders_every_figure_with_the_network_blocked(flagship_html: Path,
                                                              tmp_path: Path) -> None:
    with browser() as b:
        b.page.goto(flagship_html.as_uri())
        b.page.wait_for_function(
            "() => [...document.querySelectorAll('.vis')].every(e => e.dataset.rendered)",
            timeout=20_000)
        rendered = b.page.eval_on_selector_all(
            ".vis", "els => els.map(e => [e.id, e.querySelectorAll('svg path, svg text').length])")
        assert {i for i, _ in rendered} == {f"fig-{k}" for k in FIGURES}
        assert all(n > 10 for _, n in rendered), rendered
        assert b.errors == [] and b.blocked == []
        screenshot(b.page, "report-flagship", tmp_path)
        # an evidence link takes the reader to the source entry
        b.page.click("#bottom-line ~ section sup.refs a >> nth=0")
        target = b.page.evaluate("location.hash")
        assert target.startswith("#ev-")
        assert b.page.is_visible(target)


def test_no_red_lines_crossed_is_not_printed_in_red(flagship_html: Path) -> None:
    """The proposals table printed "none" in red (class `crosses`) where an actor's red lines
    were not crossed; and a cross-issue condition was one unbreakable line of code that pushed
    its table past the page."""
    text = flagship_html.read_text(encoding="utf-8")
    section = text[text.index('<section id="proposals">'):]
    section = section[:section.index("</section>")]
    assert '<td class="crosses">none</td>' not in section
    assert "<td>none</td>" in section and 'class="crosses">' in section
    assert '<code class="expr">' in text and "code.expr { white-space: normal; }" in text


def test_no_positions_known_yet_is_not_reported_as_no_collision(tmp_path: Path) -> None:
    """Before any position (`--as-of 2021-01`) the collisions section said "On every issue some
    option is acceptable to every party"."""
    path = tmp_path / "early.html"
    code, _, err = run("report", "--as-of", "2021-01", "-o", str(path))
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    assert "No party position is known as of 2021-01" in text
    assert "On every issue some option is acceptable" not in text


def _overlap(a: list[float], b: list[float]) -> bool:
    """Do two boxes (x, y, width, height) share more than a hairline?"""
    return (min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > 0.5
            and min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > 0.5)


@pytest.mark.parametrize("width", [1200, 640])
def test_agreement_plane_labels_overlap_nothing(flagship_html: Path, width: int) -> None:
    """The names of the proposals on the agreement plane were drawn at a fixed offset from their
    points: 'Berlin declaration' and '20-point plan' overlapped, and a name ran past the chart's
    edge. Measured in the browser, at a wide and a narrow page: every name is shown, and none
    overlaps another name, a proposal's marker or the zone's note."""
    box = "els => els.map(e => { const r = e.getBoundingClientRect(); " \
          "return [e.textContent, getComputedStyle(e).opacity, r.x, r.y, r.width, r.height]; })"
    with browser() as b:
        b.page.set_viewport_size({"width": width, "height": 900})
        b.page.goto(flagship_html.as_uri())
        b.page.wait_for_function(
            "() => [...document.querySelectorAll('.vis')].every(e => e.dataset.rendered)",
            timeout=20_000)
        labels = b.page.eval_on_selector_all("#fig-plane svg .plane_labels_marks text", box)
        markers = b.page.eval_on_selector_all("#fig-plane svg .plane_named_marks path", box)
        notes = b.page.eval_on_selector_all("#fig-plane svg .plane_note_marks text", box)
        frame = b.page.eval_on_selector("#fig-plane svg", "e => { const r = e.getBoundingClientRect(); "
                                                         "return [r.x, r.y, r.width, r.height]; }")
        assert b.errors == []
    assert len(labels) == len(markers) >= 8  # the flagship's proposals
    assert {t for t, *_ in labels} >= {"Berlin declaration", "20-point plan", "US 28-point plan"}
    assert all(float(opacity) > 0 and w > 0 for _, opacity, _, _, w, _ in labels), labels
    rects = [[float(v) for v in x[2:]] for x in labels]
    for i, a in enumerate(rects):
        assert not any(_overlap(a, b) for b in rects[i + 1:]), (labels[i], labels)
        assert not any(_overlap(a, [float(v) for v in m[2:]]) for m in markers), labels[i]
        assert not any(_overlap(a, [float(v) for v in n[2:]]) for n in notes), labels[i]
        assert frame[0] <= a[0] and a[0] + a[2] <= frame[0] + frame[2], (labels[i], frame)


def test_timeline_figures_say_what_they_measure(flagship_html: Path) -> None:
    """A round's figures carry their hedge and meaning, its outcome its note: the Gomel round of
    2022 read "none 5 hours" before."""
    text = flagship_html.read_text(encoding="utf-8")
    assert "about 5 hours (length of the talks)" in text
    assert "none: No ceasefire" in text
    assert not re.search(r"<td>none 5 hours</td>", text)


def test_the_what_ifs_are_in_the_report(flagship_html: Path) -> None:
    """The terminal printed four what-ifs with their change of the odds; the shared HTML report
    printed none, and its drivers table gave μ* without saying what it measures."""
    text = flagship_html.read_text(encoding="utf-8")
    section = text[text.index('<section id="simulation">'):]
    section = section[:section.index("</section>")]
    items = re.findall(r'<li id="what-if-[^"]+">([^<]+)</li>', section)
    assert len(items) >= 4, section[:2000]
    assert all("P(ceasefire within 12 months)" in i and "points)" in i for i in items)
    assert "μ* (Morris): the mean absolute elementary effect" in section


def test_the_collisions_heading_counts_as_the_bottom_line(flagship_html: Path) -> None:
    text = flagship_html.read_text(encoding="utf-8")
    assert re.search(r"Issues no option of which every party accepts \(\d+, and \d+ only on condition\)</h2>",
                     text)


def test_odds_chart_starts_at_the_first_month_with_visible_labelled_marks(
        flagship_html: Path, tmp_path: Path) -> None:
    """The odds chart began at 3 months (only the 3/6/12-month horizons were drawn, on an axis
    from 0), on a 0-100 % axis that flattened odds of a few percent, and its interval bars were
    1-pixel rules nobody could see. Measured in the browser: the first month is the axis's first
    tick and has a point per outcome, the interval is a band of visible height, and the
    probabilities at 3, 6 and 12 months are written on the chart as the simulation gives them."""
    code, out, _ = run("analyze", "--json", "--section", "simulation")
    assert code == 0
    by_month = json.loads(out)["simulation"]["summary"]["by_month"]
    assert [m["months"] for m in by_month] == list(range(1, len(by_month) + 1))
    assert len(by_month) >= 12
    box = "els => els.map(e => { const r = e.getBoundingClientRect(); " \
          "return [e.textContent, r.x, r.y, r.width, r.height]; })"
    with browser() as b:
        b.page.goto(flagship_html.as_uri())
        b.page.wait_for_function(
            "() => [...document.querySelectorAll('.vis')].every(e => e.dataset.rendered)",
            timeout=20_000)
        ticks = b.page.eval_on_selector_all(
            "#fig-odds svg .role-axis-label text", "els => els.map(e => e.textContent)")
        points = b.page.eval_on_selector_all("#fig-odds svg .role-mark.mark-symbol path", box)
        bands = b.page.eval_on_selector_all("#fig-odds svg .odds_band_marks path", box)
        labels = b.page.eval_on_selector_all("#fig-odds svg .odds_labels_marks text", box)
        b.page.query_selector("#fig-odds").screenshot(path=str(tmp_path / "odds.png"))
        assert b.errors == []
    assert ticks[0] == "1" and str(len(by_month)) in ticks
    assert len(points) >= 2 * len(by_month)
    ceasefire = by_month[-1]["ceasefire"]
    assert bands and max(h for *_, h in bands) > 20  # the ceasefire band, pixels tall
    shown = {t for t, *_ in labels if t}
    expected = {f"{by_month[m - 1]['ceasefire']['p']:.0%}" for m in (3, 6, 12)}
    assert expected <= shown, (expected, shown)
    assert f"{ceasefire['p']:.0%}" in shown
    assert all(w > 0 and h > 0 for t, _, _, w, h in labels if t)

