"""Web-page furniture: the spans of navigation, headers, footers, asides, menus and cookie banners
of an HTML page (outside its main content), so that the clean view can blank them and offsets into
the source stay exact."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# elements that are furniture wherever they are (a <header>/<footer> inside <article> or <main> is
# the article's own and stays)
_FURNITURE_TAGS = {"nav", "aside", "menu", "noscript", "form", "button", "select", "template"}
_PAGE_TAGS = {"header", "footer"}
_FURNITURE_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "menu",
    "menubar",
    "search",
    "dialog",
    "alertdialog",
}
# class or id words of furniture containers: anywhere, and outside the main content only
_ALWAYS_WORDS = re.compile(
    r"(?:^|[\s_-])(?:cookies?|cookie-?banner|consent|gdpr|share|sharing|social|subscribe|newsletter|"
    r"skip-?link|breadcrumbs?|pagination|modal|popup)(?:$|[\s_-])",
    re.I,
)
_PAGE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|banner|footer|header|masthead|sidebar|"
    r"side-?bar|related|toolbar|topbar|utility|language-?switcher)(?:$|[\s_-])",
    re.I,
)
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
_MAIN_TAGS = {"main", "article"}


class _Spans(HTMLParser):
    """Collects [start, end) source spans of furniture elements and of the main content."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.stack: list[tuple[str, int, bool, bool]] = []  # (tag, start, furniture, main)
        self.furniture: list[tuple[int, int]] = []
        self.main: list[tuple[int, int]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _in_main(self) -> bool:
        return any(main for *_, main in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        a = {k: v or "" for k, v in attrs}
        words = f"{a.get('class', '')} {a.get('id', '')}"
        furniture = (
            tag in _FURNITURE_TAGS
            or (tag in _PAGE_TAGS and not self._in_main())
            or a.get("role", "").lower() in _FURNITURE_ROLES
            or a.get("aria-hidden", "").lower() == "true"
            or (
                tag not in ("body", "html", "main", "article")
                and bool(
                    _ALWAYS_WORDS.search(words)
                    or (_PAGE_WORDS.search(words) and not self._in_main())
                )
            )
        )
        main = tag in _MAIN_TAGS or a.get("role", "").lower() == "main"
        self.stack.append((tag, self._offset(), furniture, main))

    def handle_endtag(self, tag: str) -> None:
        # close the innermost open element of that name (and any left unclosed inside it)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                end = self._offset() + len(self.get_endtag_text(tag))
                for _tag, start, furniture, main in self.stack[i:]:
                    if furniture:
                        self.furniture.append((start, end))
                    if main:
                        self.main.append((start, end))
                del self.stack[i:]
                return

    def get_endtag_text(self, tag: str) -> str:
        m = re.compile(rf"</{re.escape(tag)}\s*>", re.I).match(self.text, self._offset())
        return m.group() if m else ""


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of an HTML page to leave out: furniture elements, and when the page marks its main
    content (<main>, <article>, role="main"), every element of <body> outside it."""
    parser = _Spans(text)
    parser.feed(text)
    parser.close()
    spans = list(parser.furniture)
    if parser.main:
        body = re.search(r"<body\b[^>]*>", text, re.I)
        lo = body.end() if body else 0
        end_body = re.search(r"</body\s*>", text, re.I)
        hi = end_body.start() if end_body else len(text)
        mains = sorted(_outermost(parser.main))
        cursor = lo
        for a, b in mains:
            if a > cursor:
                spans.append((cursor, a))
            cursor = max(cursor, b)
        if cursor < hi:
            spans.append((cursor, hi))
    return sorted(_outermost(spans))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in <meta charset> or <meta http-equiv content="...charset=...">,
    if Python knows it."""
    import codecs

    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def blank_furniture(text: str, clean: str) -> str:
    """The clean view of an HTML page with its furniture blanked (same length, newlines kept)."""
    chars = list(clean)
    for a, b in furniture_spans(text):
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
