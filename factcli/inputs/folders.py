"""What a folder walk reads: files named like articles, recursively, in sorted order, chosen
by gitignore-style patterns (--glob, --exclude), without hidden entries or links that lead
out of the folder unless asked (--follow-links)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from factcli.inputs.kinds import ARTICLE_SUFFIXES

Skipped = Callable[[str, str], None]  # (path, why): an entry the walk left out that a user would miss


@dataclass(frozen=True)
class FolderWalk:
    """globs: patterns a file must match one of ("*.txt", "2024/**"); a pattern starting
    with "!" and every exclude drop what they match. Patterns are matched, as in a
    .gitignore, against the path inside the folder ("README*" at any depth, "/top.txt" only
    at the top, "drafts/" a folder and what it holds)."""

    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    follow_links: bool = False

    @property
    def filtered(self) -> bool:
        return bool(self.globs or self.excludes)

    def chooser(self) -> Callable[[str], bool]:
        """rel path -> whether the patterns keep it (a folder: "path/")."""
        from pathspec import GitIgnoreSpec

        keep = [g for g in self.globs if not g.startswith("!")]
        drop = [g[1:] for g in self.globs if g.startswith("!")] + list(self.excludes)
        kept = GitIgnoreSpec.from_lines(keep) if keep else None
        dropped = GitIgnoreSpec.from_lines(drop) if drop else None

        def choose(rel: str) -> bool:
            if dropped is not None and dropped.match_file(rel):
                return False
            return kept is None or rel.endswith("/") or kept.match_file(rel)

        return choose


def walk(folder: str, how: FolderWalk, skipped: Skipped | None = None) -> list[str]:
    """The folder's articles, sorted as paths. Hidden files and folders (a leading dot)
    are not read; a link whose target lies outside the folder, or a link to a folder, is
    read only with follow_links, and is said to `skipped` otherwise. Anything named like an
    article that is not a folder is listed (a FIFO or a broken link then gets an error
    record instead of vanishing from the run)."""
    top = os.path.realpath(folder)
    choose = how.chooser()
    seen: set[str] = set()
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=how.follow_links):
        real = os.path.realpath(dirpath)
        if real in seen:  # a loop of folder links
            dirnames[:] = []
            continue
        seen.add(real)
        rel_dir = os.path.relpath(dirpath, folder)
        dirnames[:] = sorted(d for d in dirnames if _into(dirpath, d, rel_dir, how, choose, skipped))
        for name in filenames:
            rel = _rel(rel_dir, name)
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES) or not choose(rel):
                continue
            path = str(Path(dirpath) / name)
            if not how.follow_links and os.path.islink(path) and not _inside(os.path.realpath(path), top):
                if skipped is not None:
                    skipped(path, "a link to a file outside the folder (--follow-links reads it)")
                continue
            found.append(path)
    return sorted(found)


def _into(dirpath: str, name: str, rel_dir: str, how: FolderWalk, choose, skipped: Skipped | None) -> bool:
    """Whether the walk goes into a subfolder."""
    if name.startswith(".") or not choose(_rel(rel_dir, name) + "/"):
        return False
    if os.path.islink(os.path.join(dirpath, name)) and not how.follow_links:
        if skipped is not None:
            skipped(str(Path(dirpath) / name), "a link to a folder (--follow-links reads it)")
        return False
    return True


def _rel(rel_dir: str, name: str) -> str:
    return name if rel_dir == "." else str(PurePosixPath(*Path(rel_dir).parts, name))


def _inside(real: str, top: str) -> bool:
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)
