"""What a language plugin supplies: the words and patterns the shared analysis runs on.

The analysis is one algorithm for every language pack; a :class:`Profile` holds everything that
differs between them (month names, number words, titles and ranks, cue phrases). A plugin is
therefore mostly data, and a sixth language is a new profile rather than new code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..gazetteer import Place
    from .names import Mention, NameShape

# Acts in order of importance: the summariser ranks people by the first act they performed.
ACTS = ("chaired", "opened", "closed", "presented", "spoke", "attended")
# A commitment is what a party undertook to do ("stands ready to", "pledged", "would cut"): neither
# a decision of the event nor a task set for someone else.
OUTCOME_KINDS = ("request", "proposal", "decision", "commitment", "task", "conclusion")


@dataclass(frozen=True)
class Unit:
    """A counted noun after a number: ``cue`` is a lower-case prefix of the words that follow."""

    cue: str
    unit: str
    label: str
    kind: str = "count"


def counted(nouns: Mapping[str, str], kind: str = "count") -> tuple[Unit, ...]:
    """Units from a lexicon of counted nouns (native cue -> English plural, used as unit and label).

    Most figures in these reports are plain counts ("86 hội nghị", "9 unités administratives");
    a flat noun lexicon per language names them without a hand-made :class:`Unit` for each.
    """
    return tuple(Unit(cue, english, english, kind) for cue, english in nouns.items())


def money(scales: Mapping[str, str], currencies: Mapping[str, str], joiner: str = " ") -> tuple[Unit, ...]:
    """Units for sums of money ("7,2 triệu đồng", "450 million US dollars", "35,6 triliun dong").

    Reports state budgets, incomes and remittances as a number, a scale word and a currency;
    the value stays as written ("7.2") and the unit carries the scale ("million dong"), so the
    figure reads as the article says it. ``joiner`` sits between scale and currency ("de"). No
    label: sums of money are not one measure (see ``FigureReader._money``).
    """
    return tuple(
        Unit(f"{scale}{joiner}{currency}", f"{scale_en} {currency_en}", "", "economic")
        for scale, scale_en in scales.items()
        for currency, currency_en in currencies.items()
    )


@dataclass(frozen=True)
class Context:
    """A phrase before a number that says what it measures ("growth rate ... 13.45%")."""

    cue: str
    label: str
    kind: str
    unit: str = ""


@dataclass(frozen=True)
class Furniture:
    """A language's words for what a web page wraps around an article (see ``analysis.boilerplate``).

    Each is matched case-insensitively at the start of a line: ``related`` heads a list of links
    ("Tin liên quan"), ``ads`` sit in brackets ("[iklan]"), ``comments`` before a count ("Komentar
    (3)"), ``sources`` and ``photos`` before a colon ("Nguồn:", "Ảnh:"), ``bylines`` before a dated
    byline ("Publié le ..."), ``galleries`` before a colon ("Một số hình ảnh:"), ``date_leads``
    before the date that opens a teaser paragraph ("Ngày 17/10,").
    """

    related: tuple[str, ...] = ()
    ads: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    back_to_top: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    galleries: tuple[str, ...] = ()
    date_leads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """One language's data for :class:`briefgen.analysis.engine.Analyser`.

    Phrase lists are matched case-insensitively as substrings of a sentence (``acts``,
    ``outcomes``) or as whole words (``honorifics``, ``ranks``, ``titles``). Mappings to
    English (``ranks``, ``titles``, ``bodies``) are what makes roles readable offline.
    """

    code: str
    # How the language's script reaches names and places. The defaults read Latin script; a pack
    # for another script supplies its own readers, so the shared analysis never asks which it is.
    find_names: Callable[[str], list[Mention]] | None = None  # None: the Latin-script name finder
    # the name a credit gives ("تصوير: محمد حمدي"), which no title announces; None: find_names on it
    credited_name: Callable[[str], Mention | None] | None = None
    find_places: Callable[[str], list[tuple[Place, int, int]]] | None = None  # None: gazetteer.find_latin
    dateline_place: Callable[[str], Place | None] | None = None  # the place a dateline names
    city_name: Callable[[str], str | None] | None = None  # the Latin name after a city cue, or None
    # a name written in the pack's own script as consonant skeletons (analysis.sounds), so another
    # report's Latin spelling of the same person can be recognised; None: the script is Latin
    name_sounds: Callable[[str], tuple[str, ...]] | None = None
    title_prefix: str = ""  # regex of clitics glued to a title ("و", "ف": "and", "so")
    english: bool = False  # roles are already English: keep them as written
    months: Mapping[str, int] = field(default_factory=dict)
    abbreviations: tuple[str, ...] = ()  # words a stop does not end a sentence after ("mr", "tp")
    space_thousands: bool = False  # "12 500" is one number (French typography)
    # scale words after a count, to English ("18 ألف عامل", "4,6 triệu người"): the value stays as
    # written and the unit says "thousand workers", so the figure's digits are the ones its quote
    # shows (sums of money carry their scale in their own units, see ``money``)
    scale_words: Mapping[str, str] = field(default_factory=dict)
    number_words: Mapping[str, str] = field(default_factory=dict)
    # for languages whose number words inflect (Arabic): text -> [(start, end, value)]
    number_word_spans: Callable[[str], list[tuple[int, int, str]]] | None = None
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    percent_words: tuple[str, ...] = ()  # a percent written as words ("persen", "pour cent")
    ordinal_suffixes: tuple[str, ...] = ()  # glued to a number ("57e", "3rd"), tried in order
    number_clitics: str = ""  # one-letter words glued before a number, a regex class body ("وبلف")
    # capitals beyond A-Z in names and document codes ("Đ" in "12/QĐ-TTg"): Vietnamese letters that
    # every pack meets in reports on Vietnam (see briefgen_plugins.lang_vi.shape)
    capitals: str = ""
    ordinal_cues: tuple[str, ...] = ()
    year_cues: tuple[str, ...] = ()  # words written just before a year ("năm", "en", "في عام")
    day_suffix: str = ""  # regex glued to a day number ("1er")
    day_month_words: tuple[str, ...] = ()  # words between a day and its month ("السابع من أغسطس")
    date_words: tuple[str, str] | None = None  # (month, year) words of a numeric date ("19 tháng 11 năm")
    date_lead: str = ""  # regex of a word before an event date ("ngày", "le", "pada", "في")
    doc_date_cues: tuple[str, ...] = ()  # words before a document's date, never the event's
    date_parts: tuple[str, ...] = ()  # words before a number that make it part of a date ("tháng")
    day_words: Callable[[str], int | None] | None = None  # "السابع" -> 7
    conference_words: tuple[str, ...] = ()
    # the shape of the Vietnamese names these reports are about (lang_vi.shape.VIETNAMESE); None: names
    # are taken only after an honorific
    name_shape: NameShape | None = None
    office_words: tuple[str, ...] = ()  # capitalised words of office that open a title ("Coordinator")
    determiners: tuple[str, ...] = ()  # words that never start a foreign name ("the", "le")
    # lower-case words inside foreign names ("al", "da", "von der"): "Mohamed Shia al-Sudani"
    name_particles: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    ranks: Mapping[str, str] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)
    bodies: tuple[tuple[str, str], ...] = ()  # (regex of a body's name, English name)
    conjunctions: tuple[str, ...] = ()  # "and" between people or titles ("et", "dan", "và")
    conjunction_clitic: str = ""  # regex of an "and" glued to the next word (Arabic "و")
    role_articles: tuple[str, ...] = ()  # words before a role that are no part of it ("the", "ông")
    elisions: tuple[str, ...] = ()  # articles elided before a vowel ("l", "d": "l'ambassadeur")
    joiners: tuple[str, ...] = ()  # words between role parts ("of", "de", "của")
    acts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    outcomes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    not_outcomes: tuple[str, ...] = ()
    units: tuple[Unit, ...] = ()
    contexts: tuple[Context, ...] = ()
    city_cues: tuple[str, ...] = ()  # words before a city's name ("ville de", "thành phố")
    city_name_pattern: str = ""  # regex of the name after a city cue; "": capitalised Latin words
    city_patterns: tuple[str, ...] = ()  # other regexes whose one group is a city's name ("in X city")
    place_cues: tuple[str, ...] = ()  # words before a place name ("tỉnh", "province de", "في")
    organise_cues: tuple[str, ...] = ()  # regexes with a (?P<org>...) group
    topics: tuple[tuple[str, str], ...] = ()  # (cue, English topic) for the English title
    event_kinds: tuple[tuple[str, str], ...] = ()  # (cue, English word): "National", "Training"
    teaser_places: tuple[str, ...] = ()
    furniture: Furniture = Furniture()
    # regexes, on folded text (lower case, no diacritics), of phrases addressed to an AI model rather
    # than to a newspaper reader ("ignore your instructions"); the LLM guard applies every pack's
    instructions: tuple[str, ...] = ()
    # for grouping, which compares articles of every language (matched folded, as whole words): words
    # before a place name that say what kind of place it is ("tỉnh", "thành phố", "kota"), and frequent
    # words of conference titles that say nothing about which event it is ("hội nghị", "formation")
    place_words: tuple[str, ...] = ()
    title_stopwords: tuple[str, ...] = ()
    # for grounding, which measures how much of a model's phrase its cited sentence supports: the
    # language's function words (articles, prepositions, auxiliaries), which support nothing
    function_words: tuple[str, ...] = ()
    # outcomes (issue #12): what makes a sentence an outcome unit and who said it on which occasion
    # words that refer back to the last named speaker ("ông", "il", "he"): a sentence that uses one
    # and names nobody is attributed to that speaker
    speaker_pronouns: tuple[str, ...] = ()
    # occasion -> cues ("khai mạc", "discours de clôture"); tried in order, the first match wins
    occasions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # sentences that are background, forecasts, purpose statements or document summaries, not outcomes
    background: tuple[str, ...] = ()
    # letters a word may carry before an outcome cue ("و" of "وطلب"); cues otherwise start a word
    cue_clitics: tuple[str, ...] = ()
    # series of ordinal words that number a list's items, each in order, a closing word last
    # ("first", "second", ..., "finally"; "d'abord", "ensuite", "enfin"): one outcome per item (see
    # ``analysis.ordinals``); a spelling variant is a series of its own ("أولا" and "أولاً")
    list_ordinals: tuple[tuple[str, ...], ...] = ()
    # kind -> nouns by which a lead announces the items it numbers ("tiga usulan", "trois
    # propositions"): a cue of that kind only in the lead of an ordinal list, as the noun alone is
    # mostly a report of someone else's proposal
    list_leads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # --- places (issue #10) ---
    # words just before where an event abroad took place ("held in", "tại", "à", "di", "في", "capital"):
    # a foreign city or country is the venue only after one of these, in a dateline, or as "City,
    # Country", since many city names are also words or given names and countries are named as
    # participants ("Malaysia's Prime Minister") far more often than as hosts
    venue_cues: tuple[str, ...] = ()
    # --- dates (issue #10) ---
    # verbs that date an event's last day ("closed", "bế mạc", "اختتم") and phrases that give its
    # length in days ("two-day": 2): a report of the closing with its length dates the first day
    closing_verbs: tuple[str, ...] = ()
    durations: Mapping[str, int] = field(default_factory=dict)
    # a preposition glued to a place's name that says "in" it (Arabic "ب": "بالجزائر", in Algiers)
    venue_clitic: str = ""
    # a venue's name (see ``analysis.venues``): head nouns ("trung tâm", "centro") and the words that
    # may follow them, to English; adjectives and nouns are kept apart because English puts
    # adjectives first ("International Exhibition Centre"); joiners sit between ("de", "del")
    venue_heads: Mapping[str, str] = field(default_factory=dict)
    venue_adjectives: Mapping[str, str] = field(default_factory=dict)
    venue_nouns: Mapping[str, str] = field(default_factory=dict)
    venue_joiners: tuple[str, ...] = ()
    # --- dates (issue #10) ---
    # which of an article's dates is the event's, and its span (see ``analysis.dates``)
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)  # "Oct", "sept." -> 10, 9
    weekdays: Mapping[str, int] = field(default_factory=dict)  # "Monday", "lundi" -> 0 ... "Sunday" -> 6
    relative_days: Mapping[str, int] = field(default_factory=dict)  # "today" -> 0, "yesterday" -> -1
    # the day before the day the text has just named, else before the filing day ("la veille")
    eve_words: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()  # between the first and last day of one span ("to", "au", "إلى")
    until_words: tuple[str, ...] = ()  # before an event's last day ("until", "jusqu'au", "hingga")
    event_verbs: tuple[str, ...] = ()  # verb phrases that date the event itself ("opened", "khai mạc")
    target_cues: tuple[str, ...] = ()  # before a plan's horizon or deadline ("by", "vision to", "d'ici")
    # before the year a body was founded ("established", "créé", "أنشئ"): a year no meeting held
    founding_cues: tuple[str, ...] = ()
    past_cues: tuple[str, ...] = ()  # phrases that put a date in the past ("last year", "năm ngoái")
    # words around a later meeting ("the next summit", "a follow-up forum", "القمة المقبلة"): its year
    # is no evidence of this event's
    future_cues: tuple[str, ...] = ()
    # words around an earlier meeting ("la asamblea anterior, celebrada en Cartagena", "last year's
    # summit in Bali"): the place they name is that edition's, not this one's
    earlier_cues: tuple[str, ...] = ()
    # verbs of a meeting before this one ("avait eu lieu", "had been held", "se había celebrado"):
    # the days they govern are that meeting's
    earlier_verbs: tuple[str, ...] = ()
    date_nouns: tuple[str, ...] = ()  # kinds of event beyond ``conference_words`` ("summit", "hội chợ")
    period_cues: tuple[str, ...] = ()  # a span of something else than the meeting ("visit", "chuyến thăm")
    # --- figures (issue #10) ---
    # currencies, written after a number or before it ("12.000 USD", "US$786", "VND38.5", "€5"), to
    # English: money is a number, an optional scale and a currency on either side, for any amount
    currencies: Mapping[str, str] = field(default_factory=dict)
    # words between a scale and what it scales ("3,9 billones de dólares", "20 millions de visiteurs")
    scale_joiners: tuple[str, ...] = ()
    # the most words a counted noun phrase after a number may span; a language that writes one
    # syllable a word (Vietnamese "biên bản ghi nhớ") needs more than one that writes whole words
    count_words: int = 3
    # the noun ends its phrase ("three pilot migrant resource centres"): a phrase cut at
    # ``count_words`` has lost its noun, so it names nothing; in the other languages the noun comes first
    head_last: bool = False
    # regex a counted head noun matches in a head-last language (English plurals, "stalls"): a phrase
    # that runs on past it ("30 food stalls selling pho") is cut after the last word that matches
    plural: str = ""
    # words right before a percentage that make it a change, to English ("decreased by" -> "decrease",
    # "tăng" -> "increase"): "poverty fell by 13.4%" is a decrease, not the poverty rate
    change_words: Mapping[str, str] = field(default_factory=dict)
    # words after a percentage that name what it is a share of, optionally with an article
    # ("98% of the schools", "40 % des ménages"): regexes, matched right after the number
    share_of: tuple[str, ...] = ()
    # words before a number that make it a clock time, never a figure ("lúc 8 giờ", "pukul 09.00")
    time_cues: tuple[str, ...] = ()
    # --- people (issue #10) ---
    # head nouns of bodies, treaties, documents and events, capitalised in names ("Convention",
    # "Association", "Resolution", "Emirates"): a word no person's name contains
    institution_words: tuple[str, ...] = ()
    # of those, the nouns that open a body's name where the language names bodies head first
    # ("Forum Ekonomi Dunia"): the words after one are the body's, not a person's
    body_heads: tuple[str, ...] = ()
    # regexes of word shapes no personal name of the language takes, each matched against a whole
    # word: Indonesian nouns derived with pe(N)-...-an or ke-...-an ("Penanggulangan", "Ketenagakerjaan")
    # and the compass word that ends a region's name ("Kalimantan Barat"); a given name or surname
    # known elsewhere ("Kerrigan") still counts as a name
    non_name_shapes: tuple[str, ...] = ()
    # administrative units written before a place's name and between an office and its holder's
    # name ("tỉnh": "Chủ tịch UBND tỉnh Lâm Hải Giang"); see analysis.names.NameRules
    unit_words: tuple[str, ...] = ()
    # the words for a ward or commune before its name, with their English ("phường": "ward"): an
    # address in the lead names one before its province (analysis.event)
    ward_words: Mapping[str, str] = field(default_factory=dict)
    # (article, suffix) around an adjective made from a country's name, dropped to find the country
    # ("ال" + stem + "ي"); languages whose demonyms only change the ending need none
    demonym_affixes: tuple[str, str] = ("", "")
    # letters an adjective of a country may add after its demonym suffix (the Arabic feminine "ة")
    demonym_endings: tuple[str, ...] = ()
    # regex of a preposition glued to a country's name ("ل": "of", in "لفيتنام")
    of_clitic: str = ""
    # a language's own names of countries the world gazetteer lacks ("RI" for Indonesia), to English
    countries: Mapping[str, str] = field(default_factory=dict)
    # the word for a ministry: "Minister of" + a domain ("ministro de Relaciones Exteriores") names the
    # ministry's domain without it, so the role is read as the title of "<ministry_word> <domain>"
    ministry_word: str = ""
    # words between an envoy's sender and where they are posted ("au", "tại", "untuk"): the role is
    # "Ambassador of <sender> to <receiver>", a mission "to the United Nations", an office "in <city>"
    envoy_words: tuple[str, ...] = ()
    # words that end a role phrase besides the pack's act and outcome verbs: other verbs ("giới thiệu")
    # and "with" ("cùng", "bersama"), after which the sentence goes on about someone else
    role_ends: tuple[str, ...] = ()
    # nouns of places and buildings written next to a name ("Gunung", "archipelago", "Hospital"): a
    # Vietnamese-shaped name beside one is that place's, not a person's
    place_features: tuple[str, ...] = ()
    # the language's own names of cities and countries abroad that the world data lacks, to a name it
    # has ("Viên Chăn": "Vientiane"): the longer name wins over a city inside it ("Viên" is Vienna)
    exonyms: Mapping[str, str] = field(default_factory=dict)
    # words that credit a journalist, to the English role they give (see ``analysis.credits``): before
    # a colon ("Ảnh:", "Pewarta:", "الصورة:") and before a name opening a line ("By", "Par", "Oleh")
    credit_words: Mapping[str, str] = field(default_factory=dict)
    byline_words: Mapping[str, str] = field(default_factory=dict)
    # --- titles (issue #10) ---
    # the event's own name, rendered in English: event nouns (native -> English kind, "hội nghị thượng
    # đỉnh" -> "Summit"), modifiers written before the topic ("toàn quốc" -> "National"), and the
    # ``topics`` and ``event_kinds`` above; matched case-insensitively, longest first
    event_nouns: tuple[tuple[str, str], ...] = ()
    event_modifiers: tuple[tuple[str, str], ...] = ()
    # regexes of an ordinal in a name, group ``n`` its digits or Roman numeral ("lần thứ XX", "ke-12")
    name_ordinals: tuple[str, ...] = ()
    # words that number an edition, to their number ("fourth", "première", "kedua", "lần thứ hai"),
    # before or after the event noun as the language writes them
    ordinal_words: Mapping[str, int] = field(default_factory=dict)
    # words after which such a word numbers no edition: "the first session since the merger"
    since_words: tuple[str, ...] = ()
    # prefix of a number word that makes it an ordinal ("ال" of "السابعة والأربعين")
    ordinal_word_prefix: str = ""
    # words that end a name: a clause goes on after them ("tại", "qui", "yang"), matched folded
    name_ends: tuple[str, ...] = ()
    # words inside an English name between its capitalised parts ("of", "on": "Conference on Cardiology")
    name_links: tuple[str, ...] = ()
    # the language's stop words: none may reach an English title (a title check and a last filter)
    stop_words: tuple[str, ...] = ()
    # the other forms a country's name (from the world data) takes in an event's name: Arabic names a
    # bilateral forum by adjectives ("منتدى الأعمال الفيتنامي الإندونيسي")
    country_forms: Callable[[str], tuple[str, ...]] | None = None

    @property
    def meeting_nouns(self) -> tuple[str, ...]:
        """Every word the pack has for a kind of meeting: a date or place next to one is an event's."""
        return (*self.conference_words, *self.date_nouns, *(cue for cue, _ in self.event_nouns))
