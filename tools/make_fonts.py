"""Regenerate the fonts shipped in ``templates/fonts`` from OFL fonts packaged on PyPI.

Why ship fonts at all: a PDF must look the same on every machine, and Arabic and Vietnamese
must render even where the system has no suitable fonts. Why static, subset instances: WeasyPrint
lays out and embeds static fonts several times faster than the multi-megabyte variable originals,
and the scripts briefgen reads (Latin with Vietnamese diacritics, Arabic) need only a fraction of
the glyphs.

Latin comes from Noto Sans. Arabic comes from Amiri, not Noto Sans Arabic: Noto Sans Arabic
draws letters as a shared dotless base plus separate dots (its 'ccmp' feature turns ب, ت, ن
into one base glyph), and a PDF can map each glyph to only one character, so text copied or
extracted from the PDF came out with the wrong letters. Amiri has a glyph per letter and form.

Run ``python tools/make_fonts.py`` with the ``fonts`` extra installed (``pip install -e
.[fonts]``). The output is deterministic (timestamps are kept from the sources), so rerunning it
on the same package versions reproduces the committed files byte for byte.
"""

from __future__ import annotations

import importlib.util
import shutil
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parents[1] / "templates" / "fonts"

# Scripts briefgen sets: Latin (incl. Vietnamese and combining marks), punctuation, currency
# (the dong sign), and the marks that steer bidirectional text.
LATIN = [
    (0x0020, 0x007E),
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B
    (0x0300, 0x036F),  # combining diacritics (NFD Vietnamese)
    (0x1E00, 0x1EFF),  # Latin Extended Additional (precomposed Vietnamese)
    (0x2000, 0x206F),  # general punctuation, incl. ZWJ/ZWNJ/LRM/RLM
    (0x20A0, 0x20C0),  # currency signs
    (0x2116, 0x2116),  # numero sign
    (0x2122, 0x2122),
    (0x2212, 0x2212),  # minus sign
]
ARABIC = [
    (0x0020, 0x0040),  # space, digits and punctuation that sit inside Arabic runs
    (0x00A0, 0x00A0),
    (0x00AB, 0x00BB),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),  # Arabic Supplement
    (0x2000, 0x206F),
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
]


@dataclass(frozen=True)
class Family:
    package: str  # the importable fontpkg module that holds the source fonts
    sources: dict[str, str]  # style -> file name; a "{style}"-free name is a variable font
    family: str  # the display family; its space-free form is the PostScript stem
    ranges: list[tuple[int, int]]
    drop_features: frozenset[str] = frozenset()


FAMILIES = [
    # Noto Sans's 'ccmp' splits precomposed Vietnamese letters (ị -> i + dot below) into glyphs
    # shared with plain letters, which breaks the PDF's text the same way; the precomposed
    # glyphs it keeps instead look the same.
    Family(
        "fontpkg_noto_sans",
        {"Regular": "NotoSans[wdth,wght].ttf", "Bold": "NotoSans[wdth,wght].ttf"},
        "Noto Sans",
        LATIN,
        frozenset({"ccmp"}),
    ),
    Family("fontpkg_amiri", {"Regular": "Amiri-Regular.ttf", "Bold": "Amiri-Bold.ttf"}, "Amiri", ARABIC),
]
WEIGHTS = {"Regular": 400, "Bold": 700}


def package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{module} is not installed: pip install {module.replace('_', '-')}")
    return Path(spec.origin).parent


def rename(font: TTFont, family: str, style: str) -> None:
    """Give the instance its own static names, so the PDF's font list says what was embedded."""
    stem = family.replace(" ", "")
    names = font["name"]
    for name_id in (16, 17, 25):  # typographic family/subfamily, variations prefix: not static
        names.removeNames(nameID=name_id)
    for name_id, value in {
        1: family,
        2: style,
        3: f"{stem}-{style};briefgen",
        4: f"{family} {style}",
        6: f"{stem}-{style}",
    }.items():
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def make(family: Family, style: str) -> Path:
    source = TTFont(package_dir(family.package) / "files" / family.sources[style], recalcTimestamp=False)
    modified = source["head"].modified
    font = source
    if "fvar" in source:
        font = instancer.instantiateVariableFont(source, {"wght": WEIGHTS[style], "wdth": 100})
    options = subset.Options()
    features = {
        r.FeatureTag for table in ("GSUB", "GPOS") for r in font[table].table.FeatureList.FeatureRecord
    }
    options.layout_features = sorted(features - family.drop_features)  # shaping needs the rest
    options.hinting = False  # print output does not use hinting; dropping it halves the size
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for start, end in family.ranges for c in range(start, end + 1)])
    subsetter.subset(font)
    rename(font, family.family, style)
    font.recalcTimestamp = False
    font["head"].modified = modified
    font["head"].macStyle = 1 if style == "Bold" else 0
    font["OS/2"].usWeightClass = WEIGHTS[style]
    path = OUT / f"{family.family.replace(' ', '')}-{style}.ttf"
    font.save(path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for family in FAMILIES:
        for style in family.sources:
            path = make(family, style)
            print(f"{path.name}: {path.stat().st_size // 1024} KiB")
        stem = family.family.replace(" ", "")
        shutil.copyfile(package_dir(family.package) / "LICENSE", OUT / f"{stem}-OFL.txt")


if __name__ == "__main__":
    main()
