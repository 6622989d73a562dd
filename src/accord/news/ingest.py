"""Reading articles from files: plain text, HTML, JSON, JSON Lines, RSS and Atom.

`read_path(path)` yields one `Article` per article found (a JSON array or a feed holds many).
Anything that is not a readable article raises `accord.io.ScenarioFileError` naming the file,
what was found, what was expected and the fix; the caller decides whether to go on with the
other files.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from accord.io import ScenarioFileError
from accord.news.normalise import DecodeError, decode, normalise_text, split_header

MAX_BYTES = 20 * 1024 * 1024
"""Largest file read whole (20 MiB): plain text, HTML, feeds and JSON objects. Larger ones are
refused with a message, not read. JSON Lines files (and JSON arrays above this size) are read
record by record instead and have no size limit of their own; see `MAX_RECORD_BYTES`."""
MAX_RECORD_BYTES = 8 * 1024 * 1024
"""Largest single JSON Lines record or JSON array element (8 MiB); a larger one is refused with
its line number."""
_READ = 1024 * 1024
MAX_ARTICLE_CHARS = 2_000_000
"""Longest single article kept (2 million characters)."""

FORMATS = ("txt", "html", "json", "jsonl", "rss")
_SUFFIX = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".rss": "rss", ".atom": "rss", ".xml": "rss"}


@dataclass(frozen=True)
class Fields:
    """Field names of JSON and JSON Lines records (configurable with `accord ingest --field`)."""

    text: tuple[str, ...] = ("text", "body", "content", "article", "description")
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = ("date", "published", "published_at", "pubDate", "datetime", "time")
    url: tuple[str, ...] = ("url", "link", "href")
    language: tuple[str, ...] = ("language", "lang")


@dataclass(frozen=True)
class Article:
    """One article as read: normalised text and whatever metadata the source gave."""

    text: str
    source: str
    locator: str = ""
    """Where inside the source: '' for a whole file, '#3' for the fourth record or feed item."""
    format: str = "txt"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_basis: str | None = None
    language: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        """Content hash: the first 16 hex digits of the SHA-256 of the normalised text."""
        return content_id(self.text)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def expand(paths: list[str]) -> list[Path]:
    """Files named by `paths` (files, folders searched recursively, glob patterns), sorted and
    without repeats, so that every run sees the same order."""
    found: dict[str, Path] = {}
    for raw in paths:
        candidates = [Path(p) for p in sorted(glob.glob(raw, recursive=True))] if glob.has_magic(raw) \
            else [Path(raw)]
        if not candidates:
            raise ScenarioFileError.single(raw, "a pattern that matches no file",
                                           "at least one file", "check the pattern")
        for c in candidates:
            if c.is_dir():
                for f in sorted(c.rglob("*")):
                    if f.is_file() and not f.name.startswith("."):
                        found.setdefault(str(f), f)
            elif c.is_file():
                found.setdefault(str(c), c)
            else:
                raise ScenarioFileError.single(raw, "no such file or folder",
                                               "an existing file, folder or glob pattern",
                                               "check the path")
    return [found[k] for k in sorted(found)]


def detect_format(path: Path, head: str) -> str:
    fmt = _SUFFIX.get(path.suffix.lower())
    stripped = head.lstrip()[:500].lower()
    if fmt in (None, "txt"):
        if stripped.startswith(("<!doctype html", "<html")):
            return "html"
        if stripped.startswith("<?xml") and ("<rss" in stripped or "<feed" in stripped):
            return "rss"
    if fmt == "rss" and not any(t in stripped for t in ("<rss", "<feed", "<rdf")) and (
            "<html" in stripped or "<!doctype html" in stripped):
        return "html"
    return fmt or "txt"


def read_path(path: Path, fields: Fields = Fields(), fmt: str | None = None) -> Iterator[Article]:
    """Articles in the file at `path` (see module docstring)."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioFileError.single(source, f"unreadable file ({exc.strerror})",
                                       "a readable file", "check the path and permissions") from None
    if size == 0:
        raise ScenarioFileError.single(source, "an empty file", "an article's text",
                                       "remove the file or fill it")
    with path.open("rb") as fh:
        head = fh.read(8192)
    fmt = fmt or detect_format(path, head.decode("utf-8", errors="replace"))
    streamed = fmt == "jsonl" or (fmt == "json" and size > MAX_BYTES
                                  and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["))
    if size > MAX_BYTES and not streamed:
        raise ScenarioFileError.single(
            source, f"a {fmt} file of {size / 2**20:.1f} MiB",
            f"at most {MAX_BYTES // 2**20} MiB per {fmt} file (JSON Lines files and JSON arrays "
            "are read record by record and may be of any size)",
            "split it into smaller files, or convert it to JSON Lines (one article per line)")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ScenarioFileError.single(source, "binary data (NUL bytes)",
                                       "text (txt, html, json, jsonl, rss/atom)",
                                       "pass only article files; convert PDFs or documents to text")
    if fmt == "jsonl":
        yield from _stream_jsonl(path, source, fields)
        return
    if streamed:
        yield from _stream_json_array(path, source, fields)
        return
    data = path.read_bytes()
    try:
        text, _encoding = decode(data)
    except DecodeError as exc:
        raise ScenarioFileError.single(source, str(exc), "text (txt, html, json, jsonl, rss/atom)",
                                       "pass only article files; convert PDFs or documents to text"
                                       ) from None
    if fmt == "html":
        yield from _from_html(source, text)
    elif fmt == "json":
        yield from _from_json(source, text, fields)
    elif fmt == "rss":
        yield from _from_feed(source, text)
    else:
        yield _article(source, text, "", "txt")


def _article(source: str, raw: str, locator: str, fmt: str, title: str | None = None,
             url: str | None = None, date: str | None = None, language: str | None = None) -> Article:
    text = normalise_text(raw)
    where = f"{source}{locator}"
    if not text:
        raise ScenarioFileError.single(where, "no text after removing markup and whitespace",
                                       "an article's text", "remove the empty article")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ScenarioFileError.single(where, f"an article of {len(text):,} characters",
                                       f"at most {MAX_ARTICLE_CHARS:,} characters",
                                       "split the text into articles")
    header = split_header(text)
    published, basis = header.published, header.basis
    if published is None and date:
        published = metadata_date(date)
        basis = f"metadata date {date!r}" if published else None
    return Article(text=text, source=source, locator=locator, format=fmt,
                   title=normalise_text(title) if title else None, url=url, published=published,
                   published_basis=basis, language=language)


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def metadata_date(value: str) -> str | None:
    """YYYY-MM-DD (or YYYY-MM) from an ISO 8601 or RFC 822 date string; None if unreadable."""
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    m = re.search(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})", value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


# ------------------------------------------------------------------------------------------ HTML

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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip_depth > 0:
            self.skip_depth -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.skip_depth == 0:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, str | None, dict[str, str]]:
    """Visible text, title and meta tags of an HTML document."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = " ".join("".join(parser.title).split()) or None
    return "".join(parser.parts), title, parser.meta


def _from_html(source: str, html: str) -> Iterator[Article]:
    text, title, meta = html_text(html)
    date = next((meta[k] for k in ("article:published_time", "datepublished", "date", "dc.date",
                                   "pubdate") if k in meta), None)
    yield _article(source, text, "", "html", title=meta.get("og:title") or title,
                   url=meta.get("og:url"), date=date)


# ---------------------------------------------------------------------------------- JSON, JSONL

def _pick(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for n in names:
        v = record.get(n)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _from_record(source: str, record: object, locator: str, fmt: str, fields: Fields) -> Article:
    where = f"{source}{locator}"
    if not isinstance(record, dict):
        raise ScenarioFileError.single(where, f"a JSON {type(record).__name__}",
                                       "an object with a text field", "write one object per article")
    body = _pick(record, fields.text)
    if body is None:
        raise ScenarioFileError.single(
            where, f"an object with fields {sorted(record)[:8]}",
            f"a text field named one of {list(fields.text)}",
            "rename the field or pass --field text=NAME")
    if "<" in body and re.search(r"</?(p|div|br|script|span|a)\b", body, re.IGNORECASE):
        body = html_text(body)[0]
    return _article(source, body, locator, fmt, title=_pick(record, fields.title),
                    url=_pick(record, fields.url), date=_pick(record, fields.date),
                    language=_pick(record, fields.language))


def _from_json(source: str, text: str, fields: Fields) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError.single(source, f"invalid JSON ({exc.msg})", "a JSON object or array",
                                       "fix the JSON syntax", line=exc.lineno) from None
    items = data if isinstance(data, list) else (
        data["articles"] if isinstance(data, dict) and isinstance(data.get("articles"), list)
        else [data])
    for i, item in enumerate(items):
        yield _from_record(source, item, f"#{i}" if len(items) > 1 or isinstance(data, list) else "",
                           "json", fields)


def _size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n:,} bytes"


def _oversized(source: str, what: str, line: int) -> ScenarioFileError:
    limit = _size(MAX_RECORD_BYTES)
    return ScenarioFileError.single(
        source, f"{what} of more than {limit}", f"at most {limit} per record",
        "split that article into smaller ones or remove it", line=line)


def _stream_jsonl(path: Path, source: str, fields: Fields) -> Iterator[Article]:
    """One article per line, read line by line (memory bounded by `MAX_RECORD_BYTES`)."""
    with path.open("rb") as fh:
        lineno = 0
        while raw := fh.readline(MAX_RECORD_BYTES + 1):
            lineno += 1
            if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                raise _oversized(source, "a JSON Lines record", lineno)
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line, _ = decode(raw)
                except DecodeError as exc:
                    raise ScenarioFileError.single(source, str(exc), "UTF-8 text, one JSON object "
                                                   "per line", "re-encode the file as UTF-8",
                                                   line=lineno) from None
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ScenarioFileError.single(source, f"invalid JSON ({exc.msg})",
                                               "one JSON object per line", "fix or remove that line",
                                               line=lineno) from None
            yield _from_record(source, record, f"#{lineno}", "jsonl", fields)


def _stream_json_array(path: Path, source: str, fields: Fields) -> Iterator[Article]:
    """The elements of a top-level JSON array, decoded one at a time from a rolling buffer
    (memory bounded by `MAX_RECORD_BYTES` plus one read)."""
    import codecs

    decoder = json.JSONDecoder()
    text = codecs.getincrementaldecoder("utf-8-sig")()
    buf, pos, line, eof = "", 0, 1, False
    with path.open("rb") as fh:

        def more() -> bool:
            nonlocal buf, pos, line, eof
            if eof:
                return False
            chunk = fh.read(_READ)
            eof = not chunk
            try:
                new = text.decode(chunk, final=eof)
            except UnicodeDecodeError as exc:
                raise ScenarioFileError.single(source, f"invalid UTF-8 ({exc.reason})",
                                               "a UTF-8 JSON file", "re-encode the file as UTF-8",
                                               line=line) from None
            line += buf.count("\n", 0, pos)
            buf, pos = buf[pos:] + new, 0
            return True

        def skip_space() -> str:
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n":
                    pos += 1
                if pos < len(buf) or not more():
                    return buf[pos] if pos < len(buf) else ""

        def fail(found: str) -> ScenarioFileError:
            return ScenarioFileError.single(source, found, "a JSON array of article objects",
                                            "fix the JSON syntax", line=line + buf.count("\n", 0, pos))

        if skip_space() != "[":
            raise fail("a JSON file that does not start with '['")
        pos += 1
        i = 0
        if skip_space() == "]":
            return
        while True:
            skip_space()
            while True:
                try:
                    record, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as exc:
                    if len(buf) - pos > MAX_RECORD_BYTES:
                        raise _oversized(source, "a JSON array element",
                                         line + buf.count("\n", 0, pos)) from None
                    if not more():
                        raise fail(f"invalid JSON ({exc.msg})") from None
            if end - pos > MAX_RECORD_BYTES // 4 and len(buf[pos:end].encode()) > MAX_RECORD_BYTES:
                raise _oversized(source, "a JSON array element", line + buf.count("\n", 0, pos))
            pos = end
            yield _from_record(source, record, f"#{i}", "json", fields)
            i += 1
            sep = skip_space()
            pos += 1
            if sep == "]":
                break
            if sep != ",":
                raise fail(f"{sep!r} after element #{i - 1}" if sep else "an unterminated array")
        if skip_space():
            raise fail("text after the closing ']'")


# ---------------------------------------------------------------------------------- RSS / Atom

def _from_feed(source: str, text: str) -> Iterator[Article]:
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(text.encode("utf-8"))
    except DefusedXmlException as exc:
        raise ScenarioFileError.single(source, f"a feed with forbidden XML ({type(exc).__name__})",
                                       "RSS or Atom without DTD entities",
                                       "remove the DOCTYPE/entity declarations") from None
    except Exception as exc:  # xml.etree.ElementTree.ParseError and friends
        raise ScenarioFileError.single(source, f"invalid XML ({exc})", "an RSS or Atom feed",
                                       "fix the XML") from None

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1].lower()

    items = [el for el in root.iter() if local(el.tag) in ("item", "entry")]
    if not items:
        raise ScenarioFileError.single(source, f"XML with root <{local(root.tag)}> and no items",
                                       "an RSS <item> or Atom <entry>", "pass a news feed")
    for i, item in enumerate(items):
        values: dict[str, str] = {}
        for child in item:
            name = local(child.tag)
            value = "".join(child.itertext()).strip()
            if name == "link" and not value:
                value = child.attrib.get("href", "")
            if value and name not in values:
                values[name] = value
        body = values.get("encoded") or values.get("content") or values.get("description") \
            or values.get("summary") or ""
        if "<" in body:
            body = html_text(body)[0]
        if not body.strip():
            continue
        yield _article(source, body, f"#{i}", "rss", title=values.get("title"),
                       url=values.get("link"),
                       date=values.get("pubdate") or values.get("published") or values.get("updated")
                       or values.get("date"))


def file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
