"""Names as sounds: the consonants a name is written with, in classes that every script shares.

A report in Arabic script writes a foreign name by ear ("محمد خالد نوردين" for Mohamed Khaled
Nordin): short vowels are dropped and several Latin letters share one Arabic letter, so reading
it back letter by letter rarely gives the spelling a Latin-script report of the same event uses.
Both spellings keep the same consonants, though. This module reduces a Latin spelling to sound
classes (letters that other scripts write alike merge; vowels become a/i/u), and a skeleton of
consonants alone; a pack for another script maps its letters into the same classes, so two
reports' spellings of one person can be compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..textutil import fold

VOWELS = "aiu"
_JOINED = 4  # consonants a name must keep to match when its words are split differently
# letter groups read as one sound, longest first; a soft "c" (before e, i, y) is an "s"
# ("qi" as Chinese names spell it, "sj"/"tj"/"dj" as older Indonesian ones do)
_DIGRAPHS = (
    ("sch", "s"), ("ph", "f"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "k"),
    ("dh", "d"), ("ck", "k"), ("ts", "s"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("qi", "si"),
    ("sj", "s"), ("tj", "s"), ("dj", "j"),
)  # fmt: skip
_CLASSES = str.maketrans("bpfvtdkcqgjxszlmnrheoyw", "bbfftdkkkkkssslmnrhiuiu", "'’-")


_RUN = re.compile(r"(.)\1+")


def collapse(spelling: str) -> str:
    """One letter for a run of the same letter ("mohammed" -> "mohamed")."""
    return _RUN.sub(r"\1", spelling)


def latin_sound(name: str) -> str:
    """A Latin-script word in sound classes ("Guterres" -> "kutiris")."""
    name = fold(name)
    for digraph, letters in _DIGRAPHS:
        name = name.replace(digraph, letters)
    return collapse(name.translate(_CLASSES))


def skeleton(sound: str) -> str:
    """The consonants of a word already in sound classes ("kutiris" -> "ktrs")."""
    return collapse("".join(c for c in sound if c not in VOWELS))


def latin_skeletons(name: str) -> tuple[str, ...]:
    """Each word of a Latin-script name as its consonant skeleton."""
    return tuple(skeleton(latin_sound(word)) for word in name.split())


def sounds_alike(heard: Sequence[str], written: Sequence[str]) -> bool:
    """Whether a name heard in another script (skeletons, one per word) is the ``written`` one.

    The words must match in order: all of them, or two or more in a row of the longer name (one
    report gives "Lula da Silva", another "Luiz Inacio Lula da Silva"). A word with no consonant
    ("آو") says nothing, so the name must keep two words that have one.
    """
    # a word-final "h" is often a vowel written out ("برنده" for Brende)
    heard = [h.removesuffix("h") or h for h in heard if h]
    written = [w.removesuffix("h") or w for w in written if w]
    # the same consonants split into words differently: "وانغ ون تاو" is "Wang Wentao"
    if len(heard) != len(written) and len("".join(heard)) >= _JOINED and "".join(heard) == "".join(written):
        return True
    short, long_ = (heard, written) if len(heard) <= len(written) else (written, heard)
    if len(short) < 2:
        return False
    return any(list(long_[i : i + len(short)]) == short for i in range(len(long_) - len(short) + 1))
