"""Reading articles: text in, or a one-line reason why the input is unusable."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")  # what a folder is searched for
MAX_BYTES = 2_000_000  # about 300,000 words: far beyond any news article


class InputError(Exception):
    """Input that factcli cannot read as an article; the message is one line. `source`
    names the input when the error is carried to a worker (stdin, a record)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __reduce__(self):  # keep `source` when sent to a worker process
        return (InputError, (str(self), self.source))


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    date: date | None = None  # from outside the text: a record's date field, an HTML page's metadata
    date_source: str | None = None  # "record" or "html"


def refuse_binary(data: bytes, source: str) -> None:
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file, not text (it holds a NUL byte)")


def decode(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """Decode an article's bytes; newlines are normalised as Python's text mode does."""
    if len(data) > max_bytes:
        raise InputError(f"{source}: file is too large ({len(data):,} bytes; limit {max_bytes:,})")
    refuse_binary(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{source}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    text = text.removeprefix("\ufeff")  # a byte-order mark is not text: it would hide a dateline
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: file is empty")
    return Article(source, text)


def source_name(path: str) -> str:
    """How a path is written in output: "<stdin>" for '-', and a file name's undecodable
    bytes as \\xNN escapes, so every record is valid UTF-8."""
    if path == "-":
        return "<stdin>"
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_url(path: str) -> bool:
    """An fsspec URL (s3://, gs://, file://, ...), read with fsspec where the article is read."""
    return "://" in path and path.split("://", 1)[0].isidentifier()


def _read_url(url: str, max_bytes: int) -> bytes:
    try:
        import fsspec
    except ImportError:
        raise InputError(f"{url}: reading URLs needs fsspec: pip install 'factcli[dask]'") from None
    try:
        with fsspec.open(url, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{url}: no such file") from None
    except (OSError, ValueError, ImportError) as err:  # an unknown protocol, a missing backend, a network error
        raise InputError(f"{url}: cannot read ({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})"
                         ) from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: file is too large (limit {max_bytes:,} bytes)")
    return data


def read_article(path: str, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article from a file path, an fsspec URL, or stdin when path is '-'."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", max_bytes)
    if is_url(path):
        return _article_of(_read_url(path, max_bytes), path, path.rsplit("/", 1)[-1], max_bytes)
    p = Path(path)
    path = source_name(path)
    if not p.exists():
        raise InputError(f"{path}: {_why_missing(p)}")
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    if not p.is_file():  # never open a FIFO (it can block forever) or a device (/dev/zero never ends)
        raise InputError(f"{path}: not a regular file (a FIFO, device or socket)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: file is too large ({size:,} bytes; limit {max_bytes:,})")
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    return _article_of(data, path, p.name, max_bytes)


def _article_of(data: bytes, path: str, name: str, max_bytes: int) -> Article:
    """An article from a file's bytes, by the kind its name says (HTML, Markdown, text)."""
    from factcli.inputs import markup

    suffix = Path(name).suffix.lower()
    if suffix in markup.HTML_SUFFIXES:
        refuse_binary(data, path)
        return markup.html_article(data, path)
    article = decode(data, path, max_bytes)
    if suffix in markup.MARKDOWN_SUFFIXES:
        text = markup.markdown_text(article.text)
        if not text.strip():
            raise InputError(f"{path}: no text in the Markdown file")
        return Article(path, text)
    return article


def _why_missing(p: Path) -> str:
    if not p.is_symlink():
        return "no such file"
    try:
        p.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError:
        pass
    return "broken symbolic link"


def expand_paths(paths: list[str]) -> list[str]:
    """Files to process, in a deterministic order: folders are searched recursively for
    ARTICLE_SUFFIXES; files and '-' given by name are kept as given."""
    out: list[str] = []
    for path in paths:
        if is_url(path):
            out.extend(_expand_url(path))
            continue
        p = Path(path)
        if path != "-" and p.is_dir():
            # anything named like an article but a folder is listed, so that a FIFO or a
            # broken link gets an error record instead of vanishing from the run
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.suffix.lower() in ARTICLE_SUFFIXES and not f.is_dir()
            )
            if not found:
                raise InputError(f"{path}: directory has no articles (.txt, .md, .html)")
            out.extend(found)
        else:
            out.append(path)
    return out


def _expand_url(url: str) -> list[str]:
    """A URL of a folder (a prefix) becomes its articles, listed by the main process; a
    URL of a file stays as it is, to be read where it is processed."""
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            return [url]
        protocol = url.split("://", 1)[0]
        found = sorted(f for f in fs.find(root) if f.lower().endswith(ARTICLE_SUFFIXES))
    except ImportError:
        return [url]  # reading it says what is missing
    except (OSError, ValueError) as err:
        raise InputError(f"{url}: cannot list ({type(err).__name__})") from None
    if not found:
        raise InputError(f"{url}: directory has no articles (.txt, .md, .html)")
    return [f if "://" in f else f"{protocol}://{f}" for f in found]
