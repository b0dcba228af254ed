"""English: the words and patterns of English-language reports on Vietnamese conferences."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.engine import LazyLanguage
from briefgen.analysis.profile import Context, Profile, Unit

_MINISTRIES = {
    "Foreign Affairs": "Foreign Affairs",
    "Public Security": "Public Security",
    "Justice": "Justice",
    "National Defence": "National Defence",
    "National Defense": "National Defence",
    "Information and Communications": "Information and Communications",
    "Labour, Invalids and Social Affairs": "Labour, Invalids and Social Affairs",
    "Home Affairs": "Home Affairs",
}
_TITLES = {
    "Deputy Prime Minister": "Deputy Prime Minister",
    "Prime Minister": "Prime Minister",
    "Deputy Minister": "Deputy Minister",
    "Minister": "Minister",
    "Standing Vice Chairman": "Standing Vice Chairman",
    "Permanent Vice Chairman": "Standing Vice Chairman",
    "Vice Chairman": "Vice Chairman",
    "Vice Chairwoman": "Vice Chairwoman",
    "Vice President": "Vice President",
    "Chairman": "Chairman",
    "Chairwoman": "Chairwoman",
    "President": "President",
    "Former President": "Former President",
    "Deputy Head": "Deputy Head",
    "Head": "Head",
    "Deputy Chief": "Deputy Chief",
    "Chief": "Chief",
    "Deputy Director General": "Deputy Director General",
    "Director General": "Director General",
    "Deputy Director": "Deputy Director",
    "Director": "Director",
    "Member": "Member",
    "Standing Deputy Secretary": "Standing Deputy Secretary",
    "Deputy Secretary": "Deputy Secretary",
    "Secretary": "Secretary",
    "Ambassador": "Ambassador",
    "Spokesperson": "Spokesperson",
    **{f"Deputy Minister of {k}": f"Deputy Minister of {v}" for k, v in _MINISTRIES.items()},
    **{f"Minister of {k}": f"Minister of {v}" for k, v in _MINISTRIES.items()},
}
_HR = r"[Hh]uman [Rr]ights"

PROFILE = Profile(
    code="en",
    english=True,
    months={
        **{
            m: i
            for i, m in enumerate(
                "January February March April May June July August September October November December".split(), 1
            )
        },
        "Sept": 9,
    },
    number_words={
        "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
        "half a day": "0.5", "half-day": "0.5", "hundred": "100",
    },  # fmt: skip
    qualifiers={"more than": "more than", "over": "more than", "nearly": "nearly", "almost": "nearly", "about": "about",
                "around": "about", "some": "about", "at least": "at least"},  # fmt: skip
    ordinal_cues=("cycle", "session", "Congress", "phase", "tenure"),
    year_cues=("in", "year"),
    date_lead="on",
    doc_date_cues=("dated", "issued on", "of"),
    conference_words=("conference", "Conference", "seminar", "workshop", "forum", "meeting", "dialogue"),
    honorifics=("Mr", "Mrs", "Ms", "Dr", "Madam", "Professor", "Prof"),
    ranks={
        "Senior Lieutenant General": "Senior Lieutenant General",
        "Lieutenant General": "Lieutenant General",
        "Major General": "Major General",
        "Brigadier General": "Brigadier General",
        "General": "General",
        "Senior Colonel": "Senior Colonel",
        "Lieutenant Colonel": "Lieutenant Colonel",
        "Colonel": "Colonel",
        "Rear Admiral": "Rear Admiral",
        "Vice Admiral": "Vice Admiral",
        "Admiral": "Admiral",
    },
    titles=_TITLES,
    bodies=(
        (rf"Standing Office of the (?:Government )?{_HR} Steering Committee",
         "Standing Office of the Government Human Rights Steering Committee"),
        (rf"(?:Government )?Standing Office (?:for|on) {_HR}", "Government Standing Office for Human Rights"),
        (rf"(?:Government )?(?:{_HR} )?Steering Committee(?: for {_HR})?", "{place} Human Rights Steering Committee"),
        (r"(?:Provincial |municipal )?People['’]s Committee", "{place} Provincial People's Committee"),
        (r"(?:Provincial )?Party Committee", "{place} Provincial Party Committee"),
        (r"(?:Provincial )?People['’]s Council", "{place} Provincial People's Council"),
        (r"Party Central Committee", "Party Central Committee"),
        (r"National Assembly", "National Assembly"),
        (r"Central Propaganda (?:and Training )?(?:Department|Commission)", "Central Propaganda Department"),
        *((rf"Ministry of {k}", f"Ministry of {v}") for k, v in _MINISTRIES.items()),
    ),  # fmt: skip
    joiners=("of", "the", "for", "on", "province", "city", "and", "'s"),
    acts={
        "chaired": ("chaired", "co-chaired", "presided over", "chaired by"),
        "opened": ("opening speech", "opening remarks", "opened the", "in his opening", "in her opening"),
        "closed": ("closing speech", "closing remarks", "concluding remarks", "closed the", "in his closing",
                   "in her closing"),
        "presented": ("presented", "delivered a presentation", "gave a presentation", "briefed"),
        "spoke": ("said", "speaking", "spoke", "stressed", "affirmed", "emphasised", "emphasized", "noted",
                  "addressed"),
        "attended": ("attended", "attending", "also present", "participation of"),
    },  # fmt: skip
    outcomes={
        "request": ("asked", "requested", "urged", "called on", "called for"),
        "proposal": ("proposed", "suggested", "recommended", "proposal"),
        "decision": ("decided", "agreed to", "adopted"),
        "task": ("should", "must", "need to", "needs to", "tasks", "will continue", "requires"),
        "conclusion": ("opportunity", "forum for", "limitations", "shortcomings", "appreciated"),
    },
    not_outcomes=("aimed to", "was held to", "attended by", "was attended"),
    units=(
        Unit("delegates", "delegates", "delegates", "attendance"),
        Unit("participants", "delegates", "participants", "attendance"),
        Unit("provinces", "provinces", "provinces and cities", "attendance"),
        Unit("localities", "provinces", "provinces and cities", "attendance"),
        Unit("workers", "workers", "workers", "social"),
        Unit("jobs", "jobs", "jobs created", "social"),
        Unit("new jobs", "jobs", "jobs created", "social"),
        Unit("treaties", "treaties", "treaties"),
        Unit("conventions", "conventions", "conventions"),
        Unit("topics", "topics", "topics"),
        Unit("task groups", "task groups", "task groups"),
        Unit("groups of tasks", "task groups", "task groups"),
        Unit("priority areas", "priority areas", "priority areas"),
        Unit("years", "years", "years", "other"),
        Unit("days", "days", "days", "other"),
        Unit("countries", "countries", "countries"),
    ),
    contexts=(
        Context("economic growth", "economic growth rate", "economic"),
        Context("growth", "growth rate", "economic"),
        Context("GRDP", "economic growth rate", "economic"),
        Context("poverty", "poverty rate", "social"),
        Context("term", "term of office", "period"),
        Context("period", "period", "period"),
        Context("Resolution", "resolution number", "legal_reference"),
        Context("Decision", "decision number", "legal_reference"),
        Context("Conclusion", "conclusion number", "legal_reference"),
        Context("Directive", "directive number", "legal_reference"),
        Context("until", "target year", "term"),
        Context("by", "target year", "term"),
        Context("ranked", "national ranking", "rank"),
    ),
    place_cues=("province of", "in", "city of", "held in"),
    organise_cues=(
        r"organi[sz]ed by (?P<org>[^,.;]{5,140})",
        r"(?P<org>[A-Z][^,.;]{5,140}?) (?:coordinated|co-operated|cooperated|worked) with (?P<org2>[^,.;]{5,140}?) to (?:organi[sz]e|hold)",
    ),
    topics=(("human rights", "Human Rights"), ("external information", "External Information"), ("ICCPR", "the ICCPR")),
    event_kinds=(("national", "National"), ("training", "Training"), ("review", "Review")),
)


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
