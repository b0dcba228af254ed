"""Regenerate the fonts shipped in ``templates/fonts`` from the variable Noto fonts on PyPI.

Why ship fonts at all: a PDF must look the same on every machine, and Arabic and Vietnamese
must render even where the system has no suitable fonts. Why static, subset instances: WeasyPrint
lays out and embeds static fonts several times faster than the multi-megabyte variable originals,
and the scripts briefgen reads (Latin with Vietnamese diacritics, Arabic) need only a fraction of
the glyphs.

Run ``python tools/make_fonts.py`` with ``fontpkg-noto-sans`` and ``fontpkg-noto-sans-arabic``
installed. The output is deterministic (timestamps are kept from the sources), so rerunning it
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
    package: str  # the importable fontpkg module that holds the variable font
    source: str
    family: str  # the family and PostScript stem the instances are named with
    ranges: list[tuple[int, int]]


FAMILIES = [
    Family("fontpkg_noto_sans", "NotoSans[wdth,wght].ttf", "NotoSans", LATIN),
    Family("fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf", "NotoSansArabic", ARABIC),
]
WEIGHTS = {"Regular": 400, "Bold": 700}


def package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{module} is not installed: pip install {module.replace('_', '-')}")
    return Path(spec.origin).parent


def rename(font: TTFont, family: str, style: str) -> None:
    """Give the instance its own names, so the PDF's font list says exactly what was embedded."""
    display = {"NotoSans": "Noto Sans", "NotoSansArabic": "Noto Sans Arabic"}[family]
    names = font["name"]
    for name_id in (16, 17, 25):  # typographic family/subfamily, variations prefix: not static
        names.removeNames(nameID=name_id)
    for name_id, value in {
        1: display,
        2: style,
        3: f"{family}-{style};briefgen",
        4: f"{display} {style}",
        6: f"{family}-{style}",
    }.items():
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def make(family: Family, style: str, weight: int) -> Path:
    source = TTFont(package_dir(family.package) / "files" / family.source, recalcTimestamp=False)
    modified = source["head"].modified
    font = instancer.instantiateVariableFont(source, {"wght": weight, "wdth": 100})
    options = subset.Options()
    options.layout_features = ["*"]  # Arabic joining and Vietnamese mark stacking need GSUB/GPOS
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
    font["OS/2"].usWeightClass = weight
    path = OUT / f"{family.family}-{style}.ttf"
    font.save(path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for family in FAMILIES:
        for style, weight in WEIGHTS.items():
            path = make(family, style, weight)
            print(f"{path.name}: {path.stat().st_size // 1024} KiB")
        shutil.copyfile(package_dir(family.package) / "LICENSE", OUT / f"{family.family}-OFL.txt")


if __name__ == "__main__":
    main()
