"""Reading articles from files: plain text, HTML, JSON, JSON Lines, RSS and Atom.

`read_path(path)` yields one `Article` per article found (a JSON array or a feed holds many).
Anything that is not a readable article raises `accord.io.ScenarioFileError` naming the file,
what was found, what was expected and the fix; the caller decides whether to go on with the
other files. With `on_error`, a bad record of a JSON Lines file, JSON array or feed (wrong field
types, no text) is passed to it instead and the records after it are still read; only a file
that cannot be read on at all (broken JSON array syntax, undecodable bytes) ends early.
A metadata date that is not a real calendar date (2025-02-30, 2025-13-45) is dropped: the
article is kept with its date unknown and a warning in `Article.warnings` naming the field.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.io import ScenarioFileError, flow_depth_excess
from accord.io.errors import Located
from accord.io.tree import MAX_DEPTH
from accord.model.problems import Problem
from accord.news.bounds import long_stretches
from accord.news.dateline import dateline_date, first_line_title
from accord.news.html import html_text
from accord.news.normalise import DecodeError, decode, normalise_text, split_header
from accord.news.screen import NotAnArticle, accord_record

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
    warnings: tuple[str, ...] = ()
    """Problems that did not stop the article from being read (e.g. an invalid metadata date)."""

    @property
    def doc_id(self) -> str:
        """Content hash: the first 16 hex digits of the SHA-256 of the normalised text."""
        return content_id(self.text)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def expand(paths: list[str], empty: list[ScenarioFileError] | None = None) -> list[Path]:
    """Files named by `paths` (files, folders searched recursively, glob patterns), sorted and
    without repeats, so that every run sees the same order. A folder without any article file
    is reported in `empty` when given (symbolic links to folders are not followed, so a link
    loop is never entered); when nothing at all is found, `ScenarioFileError` is raised."""
    found: dict[str, Path] = {}
    problems: list[ScenarioFileError] = []

    def add(f: Path) -> None:
        try:
            key = str(f.resolve())
        except (OSError, RuntimeError):  # a symbolic link loop
            return
        found.setdefault(key, f)

    for raw in paths:
        pattern = glob.has_magic(raw)
        candidates = [Path(p) for p in sorted(glob.glob(raw, recursive=True))] if pattern \
            else [Path(raw)]
        if not candidates:
            raise ScenarioFileError.single(raw, "a pattern that matches no file",
                                           "at least one file", "check the pattern")
        for c in candidates:
            if c.is_dir():
                n = len(found)
                skipped = {"hidden": 0, "link": 0, "other": 0}
                for f in sorted(c.rglob("*")):
                    if f.name.startswith("."):
                        skipped["hidden"] += 1
                    elif f.is_file():
                        add(f)
                    elif f.is_symlink():
                        skipped["link"] += 1
                    elif not f.is_dir():
                        skipped["other"] += 1
                if len(found) == n and not pattern:  # a pattern may match empty folders
                    problems.append(_empty_folder(str(c), skipped))
            elif c.is_file():
                add(c)
            elif pattern:
                continue  # a broken link or a path through a link loop that the pattern matched
            else:
                raise ScenarioFileError.single(
                    raw, "a broken symbolic link" if c.is_symlink() else "no such file or folder",
                    "an existing file, folder or glob pattern", "check the path")
    if not found:
        if len(problems) == 1:
            raise problems[0]
        raise ScenarioFileError.single(
            ", ".join(paths), "no article files", "at least one file (txt, html, json, jsonl, "
            "rss/atom)", "check the paths; symbolic links to folders are not followed, so pass "
            "the folder they point to")
    if empty is not None:
        empty.extend(problems)
    return sorted(found.values(), key=str)


def _empty_folder(folder: str, skipped: dict[str, int]) -> ScenarioFileError:
    parts = [f"{n} {what}" for what, n in (("hidden entries", skipped["hidden"]),
                                           ("symbolic links to folders or broken links",
                                            skipped["link"]),
                                           ("special files", skipped["other"])) if n]
    found = "a folder with no article files" + (f" ({', '.join(parts)} skipped)" if parts else "")
    fix = ("pass the folder a link points to (symbolic links to folders are not followed, so a "
           "link loop is never entered)" if skipped["link"] else "put article files in it or "
           "check the path")
    return ScenarioFileError.single(folder, found, "at least one article file (txt, html, json, "
                                    "jsonl, rss/atom)", fix)


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


OnError = Callable[[ScenarioFileError], None]


def read_path(path: Path, fields: Fields = Fields(), fmt: str | None = None,
              on_error: OnError | None = None) -> Iterator[Article]:
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
    report = on_error if on_error is not None else _raise
    if fmt == "jsonl":
        yield from _stream_jsonl(path, source, fields, report)
        return
    if streamed:
        yield from _stream_json_array(path, source, fields, report)
        return
    data = path.read_bytes()
    try:
        text, _encoding = decode(data)
    except DecodeError as exc:
        raise ScenarioFileError.single(source, str(exc), "text (txt, html, json, jsonl, rss/atom)",
                                       exc.fix, line=exc.line) from None
    if fmt == "html":
        yield from _from_html(source, text)
    elif fmt == "json":
        yield from _from_json(source, text, fields, report)
    elif fmt == "rss":
        yield from _from_feed(source, text, report)
    else:
        yield _article(source, text, "", "txt")


def _raise(exc: ScenarioFileError) -> None:
    raise exc


def _article(source: str, raw: str, locator: str, fmt: str, title: str | None = None,
             url: str | None = None, date: str | None = None, language: str | None = None,
             date_field: str = "date") -> Article:
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
    warnings: list[str] = []
    if published is not None and not MIN_YEAR <= int(published[:4]) <= MAX_YEAR:
        warnings.append(f"{where}: {basis}: {published} is outside the years {MIN_YEAR}-{MAX_YEAR}; "
                        "the header is ignored")
        published, basis = None, None
    if published is None and date:
        published = metadata_date(date)
        basis = f"metadata date {date!r}" if published else None
        if published is None:
            shown = date if len(date) <= 60 else date[:57] + "..."
            warnings.append(f"{where}: field {date_field!r}: {shown!r} is not a valid date "
                            f"in the years {MIN_YEAR}-{MAX_YEAR} (expected YYYY-MM-DD, YYYY-MM or "
                            "an RFC 822 date such as 'Mon, 02 Jun 2025'); the article is stored "
                            "with its date unknown")
    if published is None:
        # a plain-text dateline or byline ("Berlin, 14. Dezember 2025", "Stand: 05.02.2026")
        published, basis = dateline_date(text)
    if not title:
        title = first_line_title(text)
    stretch = long_stretches(text)
    if stretch is not None:
        warnings.append(f"{where}: {stretch}")
    return Article(text=text, source=source, locator=locator, format=fmt,
                   title=normalise_text(title) if title else None, url=url, published=published,
                   published_basis=basis, language=language, warnings=tuple(warnings))


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def metadata_date(value: str) -> str | None:
    """YYYY-MM-DD (or YYYY-MM) from an ISO 8601 or RFC 822 date string; None if unreadable,
    not a real calendar date (2025-02-30, 2025-13-45, 31 Feb 2025) or outside the years
    `MIN_YEAR`-`MAX_YEAR`."""
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        return _valid(year or 0, month or 0, day)
    m = re.search(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})", value)
    if m and m.group(2).lower() in _MONTHS:
        return _valid(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


MIN_YEAR, MAX_YEAR = 1900, 2199
"""Publication dates outside these years are treated as unknown (a typo, or a placeholder such
as 9999-12-31 that would break date arithmetic)."""


def _valid(year: int, month: int, day: int | None) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        d = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return d.isoformat() if day is not None else d.isoformat()[:7]


# ------------------------------------------------------------------------------------------ HTML

def _from_html(source: str, html: str) -> Iterator[Article]:
    text, title, meta = html_text(html)
    key = next((k for k in ("article:published_time", "datepublished", "date", "dc.date",
                            "pubdate", "json-ld datepublished") if k in meta), None)
    yield _article(source, text, "", "html", title=meta.get("og:title") or title,
                   url=meta.get("og:url"), date=meta[key] if key else None,
                   date_field=f"<meta {key}>")


# ---------------------------------------------------------------------------------- JSON, JSONL

def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"a number ({value!r})" if len(repr(value)) <= 20 else "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string"


def _too_deep(source: str, line: int | None) -> ScenarioFileError:
    return ScenarioFileError.single(
        source, f"JSON nested more than {MAX_DEPTH} levels deep",
        f"an article object (at most {MAX_DEPTH} levels of arrays and objects)",
        "remove that record or flatten its structure", line=line)


def _loads(text: str, source: str, line: int = 1) -> Any:
    """`json.loads(text)`, refusing nesting deeper than `MAX_DEPTH` before the parser recurses
    into it (`line`: the line `text` starts on in the file)."""
    if text.count("[") + text.count("{") > MAX_DEPTH:  # cheap test first: articles are flat
        deep_at = flow_depth_excess(text)
        if deep_at is not None:
            raise _too_deep(source, line + deep_at - 1)
    try:
        return json.loads(text)
    except RecursionError:  # a parser with a lower limit than ours
        raise _too_deep(source, line) from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise _unconvertible(source, exc, line) from None


def _unconvertible(source: str, exc: ValueError, line: int | None) -> ScenarioFileError:
    import sys

    del exc  # Python's wording stays out of the message
    return ScenarioFileError.single(
        source, "a number too long to read",
        f"numbers of at most {sys.get_int_max_str_digits():,} digits",
        "shorten the number or write it as a string", line=line)


def _pick(record: dict[str, Any], names: tuple[str, ...], key: str, problems: list[Located]
          ) -> tuple[str, str] | None:
    """(field name, value) of the first of `names` holding a non-empty string; null counts as
    absent; any other type is added to `problems`, naming the field."""
    for n in names:
        v = record.get(n)
        if v is None:
            continue
        if not isinstance(v, str):
            problems.append(Located(Problem(
                (n,), _json_kind(v), f"a string (the article's {key})",
                f"write {n!r} as a JSON string, or map another field with --field {key}=NAME"),
                None))
            return None
        if v.strip():
            return n, v
    return None


def _from_record(source: str, record: object, locator: str, fmt: str, fields: Fields) -> Article:
    where = f"{source}{locator}"
    if not isinstance(record, dict):
        raise ScenarioFileError.single(where, f"{_json_kind(record)} instead of an object",
                                       "an object with a text field", "write one object per article")
    own = accord_record(record)
    if own is not None:
        raise NotAnArticle.because(where, own)
    problems: list[Located] = []
    picked = {key: _pick(record, getattr(fields, key), key, problems)
              for key in ("text", "title", "date", "url", "language")}
    if problems:
        raise ScenarioFileError(where, problems)
    text = picked["text"]
    if text is None:
        blank = [n for n in fields.text if n in record]
        if blank:
            raise ScenarioFileError.single(
                where, f"field {blank[0]!r} is " + ("null" if record[blank[0]] is None else "empty"),
                "the article's text", "fill in the text or remove the record", loc=(blank[0],))
        raise ScenarioFileError.single(
            where, f"an object with fields {sorted(record)[:8]}",
            f"a text field named one of {list(fields.text)}",
            "rename the field or pass --field text=NAME")
    body = text[1]
    if "<" in body and re.search(r"</?(p|div|br|script|span|a)\b", body, re.IGNORECASE):
        body = html_text(body)[0]

    def value(key: str) -> str | None:
        hit = picked[key]
        return hit[1] if hit else None

    date = picked["date"]
    return _article(source, body, locator, fmt, title=value("title"), url=value("url"),
                    date=value("date"), language=value("language"),
                    date_field=date[0] if date else "date")


def _from_json(source: str, text: str, fields: Fields, report: OnError = _raise
               ) -> Iterator[Article]:
    try:
        data = _loads(text, source)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError.single(source, f"invalid JSON ({exc.msg})", "a JSON object or array",
                                       "fix the JSON syntax", line=exc.lineno) from None
    items = data if isinstance(data, list) else (
        data["articles"] if isinstance(data, dict) and isinstance(data.get("articles"), list)
        else [data])
    for i, item in enumerate(items):
        try:
            article = _from_record(source, item, f"#{i}" if len(items) > 1 or isinstance(data, list)
                                   else "", "json", fields)
        except ScenarioFileError as exc:
            report(exc)
            continue
        yield article


def _size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n:,} bytes"


def _oversized(source: str, what: str, line: int) -> ScenarioFileError:
    limit = _size(MAX_RECORD_BYTES)
    return ScenarioFileError.single(
        source, f"{what} of more than {limit}", f"at most {limit} per record",
        "split that article into smaller ones or remove it", line=line)


def _stream_jsonl(path: Path, source: str, fields: Fields, report: OnError = _raise
                  ) -> Iterator[Article]:
    """One article per line, read line by line (memory bounded by `MAX_RECORD_BYTES`). A bad
    line is reported and the next line read."""
    with path.open("rb") as fh:
        lineno = 0
        while raw := fh.readline(MAX_RECORD_BYTES + 1):
            lineno += 1
            if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                report(_oversized(source, "a JSON Lines record", lineno))
                while (rest := fh.readline(_READ)) and not rest.endswith(b"\n"):
                    pass
                continue
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
                    report(ScenarioFileError.single(source, str(exc), "UTF-8 text, one JSON object "
                                                    "per line", "re-encode the file as UTF-8",
                                                    line=lineno))
                    continue
            try:
                record = _loads(line, source, lineno)
            except json.JSONDecodeError as exc:
                report(ScenarioFileError.single(source, f"invalid JSON ({exc.msg})",
                                                "one JSON object per line",
                                                "fix or remove that line", line=lineno))
                continue
            except ScenarioFileError as exc:
                report(exc)
                continue
            try:
                article = _from_record(source, record, f"#{lineno}", "jsonl", fields)
            except ScenarioFileError as exc:
                report(exc)
                continue
            yield article


def _stream_json_array(path: Path, source: str, fields: Fields, report: OnError = _raise
                       ) -> Iterator[Article]:
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
                except RecursionError:
                    raise _too_deep(source, line + buf.count("\n", 0, pos)) from None
                except json.JSONDecodeError as exc:
                    if len(buf) - pos > MAX_RECORD_BYTES:
                        raise _oversized(source, "a JSON array element",
                                         line + buf.count("\n", 0, pos)) from None
                    if not more():
                        raise fail(f"invalid JSON ({exc.msg})") from None
                except ValueError as exc:  # a number of more digits than Python converts
                    raise _unconvertible(source, exc, line + buf.count("\n", 0, pos)) from None
            if end - pos > MAX_RECORD_BYTES // 4 and len(buf[pos:end].encode()) > MAX_RECORD_BYTES:
                raise _oversized(source, "a JSON array element", line + buf.count("\n", 0, pos))
            pos = end
            try:
                article = _from_record(source, record, f"#{i}", "json", fields)
            except ScenarioFileError as exc:
                report(exc)
            else:
                yield article
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

def _from_feed(source: str, text: str, report: OnError = _raise) -> Iterator[Article]:
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
        key = next((k for k in ("pubdate", "published", "updated", "date") if values.get(k)), None)
        try:
            article = _article(source, body, f"#{i}", "rss", title=values.get("title"),
                               url=values.get("link"), date=values[key] if key else None,
                               date_field=f"<{key}>")
        except ScenarioFileError as exc:
            report(exc)
            continue
        yield article


def file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
