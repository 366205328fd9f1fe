import json

import pytest

from factcli.inputs.article import InputError, decode
from factcli.inputs.reader import expand_paths, read_article


def test_reads_utf8_and_normalises_newlines(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Mayor’s plan\r\nSecond line\r".encode())
    assert read_article(str(f)).text == "Mayor’s plan\nSecond line\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("Caf\u00e9 costs \u00a35".encode("latin-1"), "not UTF-8"),
])
def test_bad_bytes_give_one_line_errors(data, message):
    with pytest.raises(InputError) as err:
        decode(data, "x.txt")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_article(str(tmp_path))


def test_huge_file(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 100)
    with pytest.raises(InputError, match="too large"):
        read_article(str(f), max_bytes=100)


def test_expand_paths_is_recursive_sorted_and_rejects_empty_dirs(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "skip.json").write_text("x")
    assert expand_paths([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.md")]
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="has no articles"):
        expand_paths([str(tmp_path / "empty")])


def _records(path, **fields):
    """A records file's items, each record read back as a worker reads it."""
    from factcli.inputs.reader import read_item, read_records
    from factcli.inputs.records import RecordFields, RecordRef

    return [read_item(r) if isinstance(r, RecordRef) else r for r in read_records(str(path), RecordFields(**fields))]


def test_json_lines_that_python_cannot_read_cost_only_their_line(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    f = tmp_path / "odd.jsonl"
    f.write_text(f'{{"text": {deep}}}\n'
                 f'{{"text": "Mr Jones spoke.", "n": {"9" * 5000}}}\n'
                 '{"text": "Ms Smith spoke."}\n')
    out = _records(f)
    assert isinstance(out[0], InputError) and "nested too deeply" in str(out[0])
    assert [a.text for a in out[1:]] == ["Mr Jones spoke.", "Ms Smith spoke."]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiter_is_taken_from_the_header(tmp_path, delimiter):
    f = tmp_path / "sheet.csv"
    f.write_text(delimiter.join(["id", "text", "date"]) + "\n"
                 + delimiter.join(["7", '"Mr Jones met Ms Smith, then left."', "2021-03-04"]) + "\n")
    [art] = _records(f, id="id", date="date")
    assert (art.source, art.text, str(art.date.value)) == (
        f"{f}#7", "Mr Jones met Ms Smith, then left.", "2021-03-04")


def test_a_record_without_its_text_field_names_the_fields_it_has(tmp_path):
    f = tmp_path / "sheet.csv"
    f.write_text("id,body\n1,Some words.\n")
    [err] = _records(f)
    assert str(err).endswith("no 'text' text field (fields: id, body)")


def test_a_url_whose_backend_is_missing_says_what_to_install():
    import importlib.util

    pytest.importorskip("fsspec")
    if importlib.util.find_spec("aiohttp") and importlib.util.find_spec("requests"):
        pytest.skip("aiohttp and requests are installed: https:// URLs are readable here")
    with pytest.raises(InputError) as err:
        read_article("https://example.invalid/a.txt")
    assert str(err.value) == ("https://example.invalid/a.txt: reading https:// URLs needs aiohttp and "
                              "requests: pip install aiohttp requests")


def test_an_html_page_without_date_metadata_is_not_dated_by_its_body():
    from factcli.inputs.markup import html_article

    body = ("<article><h1>Old bridge to close</h1><p>The bridge, built in 1995, will close on Monday, "
            "engineer Tom Reid said on 3 March 2021 at a meeting in the town hall.</p>"
            "<p>Drivers will be diverted through the town centre.</p></article><footer>© 2009 Town News</footer>")
    undated = html_article(f"<html><body>{body}</body></html>".encode(), "p.html")
    assert "Tom Reid" in undated.text and undated.date is None
    meta = '<meta property="article:published_time" content="2022-05-06T09:00:00Z">'
    dated = html_article(f"<html><head>{meta}</head><body>{body}</body></html>".encode(), "p.html")
    assert str(dated.date.value) == "2022-05-06"


def _tree(tmp_path):
    """A folder as corpora come: articles at two depths, a README, drafts, a hidden
    folder, links inside and out."""
    root = tmp_path / "news"
    for rel in ["2024/a.txt", "2024/b.md", "2025/c.html", "README.TXT", "SOURCE.md", "drafts/d.txt",
                ".cache/e.txt", "2025/.f.txt", "notes.pdf"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("Ann Lee spoke.")
    outside = tmp_path / "secret.txt"
    outside.write_text("not for reading")
    (root / "leak.txt").symlink_to(outside)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "g.txt").write_text("Bo Ek spoke.")
    (root / "latest").symlink_to(tmp_path / "archive")
    (root / "2025" / "loop").symlink_to(root / "2025")  # walked once with --follow-links
    (root / "2024" / "again.txt").symlink_to(root / "2024" / "a.txt")  # inside: read
    return root


def test_a_folder_walk_skips_hidden_entries_and_links_out_unless_asked(tmp_path):
    from factcli.inputs.folders import FolderWalk

    root = _tree(tmp_path)
    notes = []
    found = expand_paths([str(root)], skipped=lambda path, why: notes.append((path, why)))
    assert [p[len(str(root)) + 1:] for p in found] == [
        "2024/a.txt", "2024/again.txt", "2024/b.md", "2025/c.html", "README.TXT", "SOURCE.md", "drafts/d.txt"]
    assert sorted(path[len(str(root)) + 1:] for path, _ in notes) == ["2025/loop", "latest", "leak.txt"]
    followed = expand_paths([str(root)], FolderWalk(follow_links=True))
    assert set(followed) == set(found) | {str(root / "latest" / "g.txt"), str(root / "leak.txt")}
    assert len(followed) == len(set(followed))


@pytest.mark.parametrize("globs, excludes, kept", [
    ((), ("README*", "SOURCE*"), ["2024/a.txt", "2024/again.txt", "2024/b.md", "2025/c.html", "drafts/d.txt"]),
    (("*.txt",), ("drafts/",), ["2024/a.txt", "2024/again.txt"]),  # (case counts, as in git and ripgrep)
    (("2024/**", "!*.md"), (), ["2024/a.txt", "2024/again.txt"]),
    (("/README.TXT",), (), ["README.TXT"]),
])
def test_globs_and_excludes_choose_as_gitignore_patterns_do(tmp_path, globs, excludes, kept):
    from factcli.inputs.folders import FolderWalk

    root = _tree(tmp_path)
    found = expand_paths([str(root)], FolderWalk(globs, excludes))
    assert [p[len(str(root)) + 1:] for p in found] == kept


def test_patterns_that_keep_nothing_say_so_and_files_by_name_are_kept(tmp_path):
    from factcli.inputs.folders import FolderWalk

    root = _tree(tmp_path)
    with pytest.raises(InputError, match="that --glob/--exclude keep"):
        expand_paths([str(root)], FolderWalk(("*.pdf",)))
    named = str(root / "README.TXT")
    assert expand_paths([named], FolderWalk(excludes=("README*",))) == [named]


def test_records_files_are_indexed_not_held_and_read_back_exactly(tmp_path):
    """The main process keeps where each record lies (a 200 MB archive took 845 MB in it);
    the worker reads the record: quoted line breaks, CRLF, a byte-order mark, blank lines,
    non-ASCII text all come back as they were written."""
    import pickle

    from factcli.inputs.reader import read_item, read_records
    from factcli.inputs.records import RecordFields, RecordRef

    texts = ["Zoë Ball met the mayor.\n\nShe said: \"Yes, twice.\"", "Ørsted's chief, Mads Nipper, spoke."]
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes("\ufeffid,text\r\n".encode() + "".join(
        f'{k},"{t.replace(chr(34), chr(34) * 2)}"\r\n' for k, t in enumerate(texts)).encode())
    lines = tmp_path / "lines.jsonl"
    lines.write_bytes(b"\xef\xbb\xbf" + "\n\n".join(json.dumps({"id": k, "text": t}) for k, t in enumerate(texts))
                      .encode() + b"\n")
    for f in (sheet, lines):
        refs = read_records(str(f), RecordFields(id="id"))
        assert all(isinstance(r, RecordRef) for r in refs)
        assert all(len(pickle.dumps(r)) < 400 for r in refs)  # where, not what
        assert [r.source for r in refs] == [f"{f}#0", f"{f}#1"]
        assert [read_item(r).text for r in refs] == texts
