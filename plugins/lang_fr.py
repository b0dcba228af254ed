"""French: the words and patterns of French-language conference reports (Baoquocte style)."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.engine import LazyLanguage
from briefgen.analysis.profile import Context, Profile, Unit

_MINISTRIES = {
    "de la Sécurité publique": "Public Security",
    "des Affaires étrangères": "Foreign Affairs",
    "de la Justice": "Justice",
    "de la Défense nationale": "National Defence",
    "de la Défense": "National Defence",
    "de l'Information et des Communications": "Information and Communications",
    "du Travail, des Invalides et des Affaires sociales": "Labour, Invalids and Social Affairs",
    "de la Culture, des Sports et du Tourisme": "Culture, Sports and Tourism",
    "de l'Intérieur": "Home Affairs",
    "de l'Éducation et de la Formation": "Education and Training",
}
_TITLES = {
    "vice-Premier ministre": "Deputy Prime Minister",
    "Premier ministre": "Prime Minister",
    "vice-ministre": "Deputy Minister",
    "ministre": "Minister",
    "vice-président permanent": "Standing Vice Chairman",
    "vice-président": "Vice Chairman",
    "président": "Chairman",
    "ancien président": "Former President",
    "chef adjoint": "Deputy Head",
    "chef": "Head",
    "directeur général adjoint": "Deputy Director General",
    "directeur général": "Director General",
    "directeur adjoint": "Deputy Director",
    "directrice adjointe": "Deputy Director",
    "directeur": "Director",
    "directrice": "Director",
    "membre": "Member",
    "secrétaire adjoint permanent": "Standing Deputy Secretary",
    "secrétaire adjoint": "Deputy Secretary",
    "secrétaire": "Secretary",
    "ambassadeur": "Ambassador",
    "ambassadrice": "Ambassador",
    "porte-parole": "Spokesperson",
    **{f"vice-ministre {k}": f"Deputy Minister of {v}" for k, v in _MINISTRIES.items()},
    **{f"ministre {k}": f"Minister of {v}" for k, v in _MINISTRIES.items()},
}
_HR = r"droits de l['’]homme"

PROFILE = Profile(
    code="fr",
    space_thousands=True,
    months={
        **{
            m: i
            for i, m in enumerate(
                "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1
            )
        },
        "fevrier": 2,
        "aout": 8,
        "decembre": 12,
    },
    number_words={
        "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7", "huit": "8",
        "neuf": "9", "dix": "10", "onze": "11", "douze": "12", "quinze": "15", "vingt": "20",
        "trente": "30", "cent": "100", "mille": "1000", "demi-journée": "0.5", "une demi-journée": "0.5",
    },  # fmt: skip
    qualifiers={"plus de": "more than", "près de": "nearly", "environ": "about", "au moins": "at least", "presque": "nearly"},
    ordinal_cues=("cycle", "session", "Congrès", "phase"),
    year_cues=("en", "année"),
    date_lead="le",
    doc_date_cues=("du", "en date du", "datée du", "daté du"),
    conference_words=("Conférence", "Séminaire", "Atelier", "Forum", "Colloque", "Réunion", "Dialogue"),
    honorifics=("Monsieur", "Madame", "Mme", "Mlle"),
    ranks={
        "lieutenant-général": "Lieutenant General",
        "général de corps d'armée": "Lieutenant General",
        "général de division": "Major General",
        "général de brigade": "Brigadier General",
        "général": "General",
        "lieutenant-colonel": "Lieutenant Colonel",
        "colonel": "Colonel",
        "vice-amiral": "Vice Admiral",
        "contre-amiral": "Rear Admiral",
        "amiral": "Admiral",
    },
    titles=_TITLES,
    bodies=(
        (rf"Bureau (?:permanent )?du Comité directeur des {_HR} du gouvernement",
         "Standing Office of the Government Steering Committee for Human Rights"),
        (rf"Bureau (?:permanent )?des {_HR} du gouvernement", "Government Standing Office for Human Rights"),
        (rf"Comité permanent du Comité directeur des {_HR} du gouvernement",
         "Standing Committee of the Government Steering Committee for Human Rights"),
        (rf"Comité directeur des {_HR} du gouvernement", "Government Steering Committee for Human Rights"),
        (rf"[Cc]omités? (?:directeurs?|de pilotage) (?:locaux |central )?(?:des|pour les) {_HR}", "Human Rights Steering Committee"),
        (r"Comité populaire provincial(?: de)?", "{place} Provincial People's Committee"),
        (r"Comité populaire (?:de la ville|municipal)(?: de)?", "{place} City People's Committee"),
        (r"Comité provincial du Parti", "{place} Provincial Party Committee"),
        (r"Conseil populaire provincial", "{place} Provincial People's Council"),
        (r"Comité (?:exécutif )?central du Parti", "Party Central Committee"),
        (r"Conseil des nationalités de l['’]Assemblée nationale", "Ethnic Council of the National Assembly"),
        (r"Assemblée nationale", "National Assembly"),
        (r"Union des organisations d['’]amitié du Vietnam", "Vietnam Union of Friendship Organisations"),
        (r"Commission centrale de (?:la )?propagande|Département central de (?:la )?propagande",
         "Central Propaganda Department"),
        *((rf"[Mm]inistère {k}", f"Ministry of {v}") for k, v in _MINISTRIES.items()),
    ),  # fmt: skip
    joiners=("de", "du", "des", "de la", "la", "le", "l'", "d'", "pour", "en", "au", "et"),
    acts={
        "chaired": ("présidée par", "présidé par", "a présidé", "coprésid", "sous la présidence"),
        "opened": ("discours d'ouverture", "discours d’ouverture", "a ouvert", "a inauguré"),
        "closed": ("discours de clôture", "a clôturé", "clôture de la"),
        "presented": ("a présenté", "présentation", "a exposé", "exposé sur"),
        "spoke": ("s'exprimant", "s’exprimant", "a pris la parole", "discours", "a souligné", "a affirmé",
                  "a déclaré", "a salué", "a évalué", "a prononcé"),
        "attended": ("avec la participation", "ont assisté", "a assisté", "en présence de", "ont participé"),
    },  # fmt: skip
    outcomes={
        "request": ("a demandé", "demande à", "a appelé", "a exhorté", "a invité"),
        "proposal": ("a proposé", "proposer ", "a suggéré", "a recommandé", "recommandations"),
        "decision": ("a décidé", "ont convenu", "ont décidé"),
        "task": ("doivent", "doit ", "devront", "nécessité", "il faut", "tâches", "nécessitent", "continuera",
                 "continueront", "s'efforcer", "s’efforcer"),
        "conclusion": ("opportunité", "occasion pour", "forum pour", "il s'agit d'un forum", "il s’agit d’un forum",
                       "contribueront", "serviront", "a salué", "a évalué", "limites"),
    },  # fmt: skip
    not_outcomes=("a été organisée pour", "a eu lieu dans un contexte", "ont assisté", "devrait se redresser"),
    units=(
        Unit("délégués", "delegates", "delegates", "attendance"),
        Unit("participants", "delegates", "participants", "attendance"),
        Unit("provinces", "provinces", "provinces and cities", "attendance"),
        Unit("travailleurs", "workers", "workers", "social"),
        Unit("emplois", "jobs", "jobs created", "social"),
        Unit("traités", "treaties", "treaties"),
        Unit("conventions", "conventions", "conventions"),
        Unit("thèmes", "topics", "topics"),
        Unit("sujets", "topics", "topics"),
        Unit("groupes de tâches", "task groups", "task groups"),
        Unit("groupes", "groups", "groups"),
        Unit("domaines prioritaires", "priority areas", "priority areas"),
        Unit("ans", "years", "years", "other"),
        Unit("années", "years", "years", "other"),
        Unit("jours", "days", "days", "other"),
        Unit("pays", "countries", "countries"),
    ),
    contexts=(
        Context("croissance économique", "economic growth rate", "economic"),
        Context("croissance", "growth rate", "economic"),
        Context("prévision", "growth forecast", "economic"),
        Context("pauvreté", "poverty rate", "social"),
        Context("mandat", "term of office", "period"),
        Context("période", "period", "period"),
        Context("résolution", "resolution number", "legal_reference"),
        Context("décision", "decision number", "legal_reference"),
        Context("conclusion n", "conclusion number", "legal_reference"),
        Context("d'ici", "target year", "term"),
        Context("jusqu'en", "target year", "term"),
        Context("à l'horizon", "target year", "term"),
        Context("rang", "national ranking", "rank"),
    ),
    place_cues=("province de", "ville de", "provincial de", "à", "de"),
    organise_cues=(
        r"organisée? par (?P<org>[^,.;]{5,140})",
        r"(?P<org>[A-Z][^,.;]{5,140}?),? en (?:coordination|collaboration) avec (?P<org2>[^,.;]{5,140}?),? (?:a|ont) organisé",
    ),
    topics=((r"droits de l'homme", "Human Rights"), ("droits de l’homme", "Human Rights"),
            ("information extérieure", "External Information")),  # fmt: skip
    event_kinds=(("nationale", "National"), ("formation", "Training"), ("bilan", "Review")),
)


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
