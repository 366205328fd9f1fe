"""HTML pages and Markdown files to the plain text factcli reads (offsets index that text)."""

from __future__ import annotations

from factcli.base import DateSource
from factcli.inputs.article import MAX_BYTES, Article, InputError, dated, decode, parse_record_date, refuse_binary

# Only the page's metadata dates it (meta tags, JSON-LD, <time>, a dated URL): htmldate's
# extensive search also takes years from the body ("built in 1995", a "© 2009" footer).
PAGE_DATE = {"extensive_search": False, "original_date": True}


def html_article(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """The page's main text (trafilatura: boilerplate, menus and comments dropped) and
    its publication date from the page's metadata, when it has one (never from its body)."""
    import trafilatura

    refuse_binary(data, source)
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params=PAGE_DATE)
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise InputError(f"{source}: no article text found in the HTML page")
    title = (doc.title or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline, as a plain-text article starts
    when = parse_record_date(doc.date) if doc.date else None
    return dated(source, text, when, DateSource.HTML)


def text_article(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """A plain-text article (UTF-8)."""
    return decode(data, source, max_bytes)


def markdown_article(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """A Markdown article, reduced to its plain text."""
    text = markdown_text(decode(data, source, max_bytes).text)
    if not text.strip():
        raise InputError(f"{source}: no text in the Markdown file")
    return Article(source, text)


def markdown_text(text: str) -> str:
    """Plain text of a Markdown document: block by block (headings, paragraphs, list
    items, quotes) with a blank line between, inline markup and link targets dropped,
    image alt text kept; code blocks are left out."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[str] = []
    for tok in tokens:
        if tok.type != "inline" or not tok.children:
            continue
        parts = []
        for child in tok.children:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
            elif child.type == "image":
                parts.append("".join(c.content for c in child.children or []))
        block = "".join(parts).strip()
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)
