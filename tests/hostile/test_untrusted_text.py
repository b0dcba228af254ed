"""Untrusted text: what is displayed is what is grounded, Markdown links nothing, odd input is named.

Bidi and zero-width controls in articles, domains and e-mail addresses in every string a
Markdown briefing shows, absurdly nested overrides TOML, and articles in languages no plugin
supports, each through the real loaders, renderers and CLI.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from briefgen_plugins.render_md import to_markdown
from markdown_it import MarkdownIt

from briefgen.detect import detect
from briefgen.models import Attendance, Briefing, EventInfo, Figure, Outcome, Person, Source
from briefgen.pipeline import analyse_article, load_articles
from briefgen.plugins import get_registry
from briefgen.textutil import strip_invisible

from .accounting import tried
from .articles import article, write_articles

CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
HIDDEN = {
    "override": "The committee agreed to fund \u202e000,05\u202c new school places in Hue.",
    "isolate": "The committee agreed to fund \u2067000,05\u2069 new school places in Hue.",
    "embedding": "The committee agreed to fund \u202b000,05\u202c new school places in Hue.",
    "zero-width": "The committee agreed to fund 50\u200b000 new school\u2060 places in Hue\ufeff.",
}


def test_bidi_and_zero_width_controls_never_reach_an_output(run_cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for index, (name, sentence) in enumerate(HIDDEN.items()):
        text = article(index, extra=sentence, language="en")
        (inputs / f"{name}.md").write_text(f"# Fund \u202eevil\u202c {name}\n\n{text}", encoding="utf-8")
    built = run_cli("build", str(inputs), "-o", str(tmp_path / "out"), "-f", "json,html,md")
    tried("untrusted_text", len(HIDDEN))
    assert built.returncode == 0, built.stderr
    outputs = [p for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")]
    assert len(outputs) == 3 * len(HIDDEN) + 1  # and the run overview, index.html
    for path in outputs:
        assert not CONTROLS.search(path.read_text(encoding="utf-8")), path
    shown = run_cli("inspect", str(inputs / "override.md"))
    (entry,) = json.loads(shown.stdout)["articles"]
    assert entry["neutralised"] == {"U+202E": 3, "U+202C": 3}, entry  # heading, sentence, title


def test_zero_width_non_joiner_is_kept_as_the_letter_joiner_it_is() -> None:
    # Persian and Urdu need ZWNJ between letters ("می‌خواهم"); it cannot reorder or hide digits
    assert strip_invisible("می\u200cخواهم") == ("می\u200cخواهم", {})


HOSTILE_LINKS = ("evil.com/login", "xn--80ak6aa92e.com", "аррӏе.com", "bob@example.org", "https://evil.com")


def _hostile_briefing(text: str) -> Briefing:
    """A briefing carrying ``text`` in every string the Markdown page shows."""
    return Briefing(
        id="x",
        event=EventInfo(
            title=text, date=text, place=text, organisers=(text,), attendance=Attendance(delegates=3)
        ),
        people=(Person(text, role=text, native=(text,)),),
        figures=(Figure(text, unit=text, label=text, qualifier=text),),
        outcomes=(Outcome(text, kind=text),),
        sources=(Source(text, text, text, title=text, url=text),),
        notes=(text,),
    )


def _linkify() -> MarkdownIt:
    return MarkdownIt("commonmark", {"linkify": True}).enable("linkify")


@pytest.mark.parametrize("hostile", HOSTILE_LINKS)
def test_markdown_output_links_nothing(hostile: str) -> None:
    renderer = _linkify()
    assert "<a " in renderer.render(f"see {hostile} now")  # the checker does find such links
    page = to_markdown(_hostile_briefing(f"see {hostile} now"))
    html = renderer.render(page)
    tried("untrusted_text")
    assert "<a " not in html, [line for line in html.splitlines() if "<a " in line]
    assert hostile.replace("&", "&amp;") in html  # still shown as written


def test_deeply_nested_overrides_are_refused_with_a_clear_message(run_cli, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    overrides = tmp_path / "deep.toml"
    overrides.write_text("together = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for command in ("group", "build"):
        extra = ["-o", str(tmp_path / "out"), "-f", "json"] if command == "build" else []
        result = run_cli(command, str(tmp_path / "in"), "--overrides", str(overrides), *extra)
        tried("untrusted_text")
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
        assert str(overrides) in result.stderr and "nested too deeply" in result.stderr, result.stderr


OTHER_LANGUAGES = {
    "de": "Die Landesregierung hat am 3. Juni in Dresden eine Konferenz über Bildung abgehalten. Der "
    "Staatssekretär leitete die Sitzung, an der 200 Delegierte aus 12 Kreisen teilnahmen.",
    "es": "El comité provincial celebró una conferencia sobre educación en Sevilla el 3 de junio de 2024. "
    "El director adjunto presidió la reunión, a la que asistieron 200 delegados de 12 distritos.",
    "fa": "کنفرانس آموزشی حقوق بشر روز دوشنبه در تهران با حضور ۲۰۰ نماینده از ۱۲ استان برگزار شد. "
    "معاون وزیر ریاست این نشست را بر عهده داشت.",
    "ur": "اردو زبان میں یہ کانفرنس لاہور میں منعقد ہوئی جس میں دو سو مندوبین نے شرکت کی۔",
}


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_an_article_in_an_unsupported_language_is_reported_not_misread(tmp_path: Path, code: str) -> None:
    registry = get_registry()
    path = tmp_path / f"{code}.txt"
    path.write_text(OTHER_LANGUAGES[code], encoding="utf-8")
    (loaded,), _ = load_articles([path], registry, max_bytes=10**6)
    result = analyse_article(loaded)
    tried("untrusted_text")
    installed = ", ".join(sorted(registry.languages))
    if code in registry.languages:  # a plugin for it is installed (Spanish is being added)
        assert result.language == code
    else:
        assert result.message == f"language {code} is not supported (installed: {installed})", result


def test_detection_among_all_languages_keeps_the_installed_ones_and_stays_fast() -> None:
    installed = get_registry().languages
    texts = {code: article(index, language=code) for index, code in enumerate(("en", "fr", "id", "vi"))}
    texts["ar"] = "عقدت اللجنة الإقليمية مؤتمرا حول التعليم في هانوي بحضور 200 مندوب من 12 مقاطعة."
    for text in texts.values():  # the detector's models load once per process
        detect(text, installed)
    started = time.perf_counter()
    for _ in range(10):
        for code, text in texts.items():
            assert detect(text, installed).code == code
    tried("untrusted_text", len(texts))
    # about 27 ms an article on the loaded 2-core machine (9 ms for a five-language detector);
    # a detector rebuilt per call would pay the model loading (0.2-0.8 s) every time
    assert (time.perf_counter() - started) / (10 * len(texts)) < 0.15
