"""Reading articles: text in, or a one-line reason why the input is unusable."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from factcli.inputs.article import MAX_BYTES, Article, InputError, source_name
from factcli.inputs.folders import FolderWalk, Skipped, walk
from factcli.inputs.kinds import ARTICLE_SUFFIXES, INPUT_KINDS, InputKind, is_records_file, kind_of, sniff
from factcli.inputs.records import RecordFields, RecordRef, articles_of, read_record

MAX_RECORDS_BYTES = 4 * 2**30  # a records file's size limit (stdin's records are held whole)


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
    except ImportError as err:
        raise InputError(f"{url}: {_missing_backend(url, err)}") from None
    except (OSError, ValueError) as err:  # an unknown protocol, a missing backend, a network error
        raise InputError(f"{url}: cannot read ({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})"
                         ) from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: file is too large (limit {max_bytes:,} bytes)")
    return data


_BACKENDS = {"http": "aiohttp requests", "https": "aiohttp requests", "s3": "s3fs", "gs": "gcsfs",
             "gcs": "gcsfs", "az": "adlfs", "abfs": "adlfs", "sftp": "paramiko", "ssh": "paramiko"}


def _missing_backend(url: str, err: ImportError) -> str:
    """One line that says what to install for a URL scheme fsspec has no backend for here."""
    scheme = url.split("://", 1)[0].lower()
    if scheme in _BACKENDS:
        needed = _BACKENDS[scheme]
        return f"reading {scheme}:// URLs needs {needed.replace(' ', ' and ')}: pip install {needed}"
    return f"cannot read ({str(err).splitlines()[0] if str(err) else 'a package is missing'})"


def read_article(path: str, max_bytes: int = MAX_BYTES, forced: str | None = None) -> Article:
    """Read one article from a file path, an fsspec URL, or stdin when path is '-'; `forced`
    names its input kind (--input-format), else the suffix says (stdin: what it looks like)."""
    if path == "-":
        data = read_stdin(max_bytes)
        return _article_of(data, "<stdin>", kind_of("-", forced) if forced else sniff(data), max_bytes)
    if is_url(path):
        return _article_of(_read_url(path, max_bytes), path, kind_of(path, forced), max_bytes)
    p = Path(path)
    path = source_name(path)
    try:
        if not p.exists():
            raise InputError(f"{path}: {_why_missing(p)}")
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        if not p.is_file():  # never open a FIFO (it can block forever) or a device (/dev/zero never ends)
            raise InputError(f"{path}: not a regular file (a FIFO, device or socket)")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: file is too large ({size:,} bytes; limit {max_bytes:,})")
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    return _article_of(data, path, kind_of(p.name, forced), max_bytes)


def read_stdin(max_bytes: int, start: bytes = b"") -> bytes:
    """The rest of stdin after `start`, or a one-line error as soon as it all passes max_bytes
    (`yes |` never ends)."""
    chunks, size = [start], len(start)
    while size <= max_bytes and (chunk := sys.stdin.buffer.read(min(1 << 20, max_bytes + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise InputError(f"<stdin>: input is too large (limit {max_bytes:,} bytes)", "<stdin>")
    return b"".join(chunks)


def _article_of(data: bytes, path: str, kind: InputKind, max_bytes: int) -> Article:
    """An article from a file's bytes, read as `kind` (inputs/kinds.py)."""
    if kind.article is None:
        raise InputError(f"{path}: a {kind.name} records file is read only as a whole, not as one article")
    return kind.article(data, path, max_bytes)


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


def is_dir(path: str) -> bool:
    """Whether a path is a folder; False for a name the system refuses (too long)."""
    try:
        return path != "-" and Path(path).is_dir()
    except OSError:
        return False


EVERY_ARTICLE = FolderWalk()


def expand_paths(paths: list[str], how: FolderWalk = EVERY_ARTICLE, skipped: Skipped | None = None) -> list[str]:
    """Files to process, in a deterministic order: folders (and URLs of folders) are walked
    for articles as `how` says (inputs/folders.py); files and '-' given by name are kept as
    given, whatever the patterns say."""
    out: list[str] = []
    for path in paths:
        if is_url(path):
            out.extend(_expand_url(path, how))
        elif is_dir(path):
            found = walk(path, how, skipped)
            if not found:
                raise InputError(f"{path}: directory has no articles (.txt, .md, .html)"
                                 + (" that --glob/--exclude keep" if how.filtered else ""))
            out.extend(found)
        else:
            out.append(path)
    return out


def _expand_url(url: str, how: FolderWalk) -> list[str]:
    """A URL of a folder (a prefix) becomes its articles, listed by the main process; a
    URL of a file stays as it is, to be read where it is processed."""
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            return [url]
        protocol = url.split("://", 1)[0]
        choose = how.chooser()
        found = sorted(f for f in fs.find(root) if f.lower().endswith(ARTICLE_SUFFIXES)
                       and choose(f[len(root.rstrip("/")) + 1:]))
    except ImportError:
        return [url]  # reading it says what is missing
    except (OSError, ValueError) as err:
        raise InputError(f"{url}: cannot list ({type(err).__name__})") from None
    if not found:
        raise InputError(f"{url}: directory has no articles (.txt, .md, .html)")
    return [f if "://" in f else f"{protocol}://{f}" for f in found]


Item = str | Article | RecordRef | InputError  # a path, an article read already (stdin), a record, or why it failed


def inputs_of(files: list[str], fields: RecordFields, forced: str | None = None) -> list[Item]:
    """The run's items: each file's path as it is, a records file's records in its place
    (or, when the whole file is unusable, its error); stdin read now (workers cannot read
    it), as one article or, when it is records, as its records."""
    items: list[Item] = []
    for f in files:
        try:
            if f == "-":
                items.extend(_stdin_items(fields, forced))
            elif is_records_file(f, forced):
                items.extend(read_records(f, fields, forced))
            else:
                items.append(f)
        except InputError as e:
            items.append(InputError(str(e), e.source or source_name(f)))
    return items


def _stdin_items(fields: RecordFields, forced: str | None) -> list[Article | InputError]:
    head = sys.stdin.buffer.read(MAX_BYTES + 1)
    kind = kind_of("-", forced) if forced else sniff(head)
    if kind.rows is not None:  # a records stream may be as long as a records file
        return articles_of(io.BytesIO(read_stdin(MAX_RECORDS_BYTES, head)), "<stdin>", kind.rows, fields)
    return [_article_of(read_stdin(MAX_BYTES, head), "<stdin>", kind, MAX_BYTES)]


def read_records(path: str, fields: RecordFields, forced: str | None = None
                 ) -> list[Article | InputError | RecordRef]:
    """One RecordRef (or a one-line InputError) per record, in file order, reading the file
    line by line: the records themselves are read where they are processed. A record's
    source is "FILE#ID" with the id field's value, else "FILE#N" (N: line or data row, from 1)."""
    name = source_name(path)
    kind = kind_of(path, forced)
    if kind.rows is None:
        raise InputError(f"{name}: not a records file (records files end in "
                         f"{', '.join(s for k in INPUT_KINDS if k.rows for s in k.suffixes)})")
    p = Path(path)
    try:
        if not p.is_file():
            raise InputError(f"{name}: no such file" if not p.exists() else f"{name}: not a regular file")
        if p.stat().st_size > MAX_RECORDS_BYTES:
            raise InputError(f"{name}: records file is too large (limit {MAX_RECORDS_BYTES:,} bytes)")
        with open(p, "rb") as stream:
            return articles_of(stream, name, kind.rows, fields, str(p.absolute()))
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None


def read_item(item: str | Article | RecordRef, forced: str | None = None) -> Article:
    """The article an item of a run stands for, read here (in the worker)."""
    if isinstance(item, Article):
        return item
    if isinstance(item, RecordRef):
        return read_record(item)
    return read_article(item, forced=forced)
