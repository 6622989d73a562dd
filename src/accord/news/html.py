"""Visible text of an HTML page: scripts, styles and page furniture (navigation, header,
footer, asides, forms) are dropped; the title and meta tags are kept for dates and titles.
Nothing is executed or fetched: the standard-library parser only reads tags."""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "nav",
         "header", "footer", "aside", "form", "button", "select", "textarea", "head", "figure",
         "menu", "dialog"}
_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
          "blockquote", "pre", "table", "ul", "ol", "main", "hr", "dd", "dt"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page without scripts, styles and page furniture (navigation,
    header, footer, asides, forms). Nothing is executed or fetched: the parser only reads tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.ld_json: list[str] = []
        self.in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
        if tag == "title":
            self.in_title = True
        if tag == "script" and any(k == "type" and (v or "").lower() == "application/ld+json"
                                   for k, v in attrs):
            self.in_ld = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld = False
        if tag in _SKIP and self.skip_depth > 0:
            self.skip_depth -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld_json.append(data)
        elif self.in_title:
            self.title.append(data)
        elif self.skip_depth == 0:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, str | None, dict[str, str]]:
    """Visible text, title and meta tags of an HTML document."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = " ".join("".join(parser.title).split()) or None
    meta = dict(parser.meta)
    published = _ld_date_published("".join(parser.ld_json))
    if published:
        meta["json-ld datepublished"] = published
    return "".join(parser.parts), title, meta


def _ld_date_published(data: str) -> str | None:
    """`datePublished` of the first JSON-LD object that has one (also inside `@graph` or a list);
    None when the JSON-LD is absent or unreadable (a page's metadata is never an error)."""
    import json

    try:
        value = json.loads(data) if data.strip() else None
    except ValueError:
        return None
    todo = [value]
    for _ in range(200):  # bounded: a page's JSON-LD is small, but never walk it unboundedly
        if not todo:
            break
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return str(item["datePublished"])
            todo.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None
