"""What the example's panel noted and assessed in the two interviews that already took
place (issue #4, example data):

* **Daniëlle Kok**, a week ago: all three panel members submitted their forms; they
  differ by two points on *Klantgerichtheid* (René 2, Sanne 3, Inge 4), which the
  panel resolved with a consensus score and its reason; the decision is "next round"
  (the half-day ride-along the vacancy text promises), with feedback due in a few days.
* **Thijs van Dijk**, a few days ago: Sanne and Inge submitted, René's form is still
  in progress; the feedback promised at the interview's close is overdue.

Kept apart from ``example_texts`` (vacancy, candidates) so each file holds one thing;
``example.py`` writes both. Dates are relative to the day the example is loaded.
"""

from dataclasses import dataclass, field

from interviewdesk.domain.agenda import BEHAVIOURAL, EXPERIENCE, SKILLS
from interviewdesk.example.texts import (
    KLANTGERICHTHEID,
    PROBLEEMOPLOSSEND,
    SAMENWERKEN,
    VAKMANSCHAP,
    ZELFSTANDIGHEID,
)

SANNE = "Sanne de Vries"
RENE = "René Mulder"
INGE = "Inge Meijer"


@dataclass(frozen=True)
class ExampleAnswer:
    """What was noted for one question of the kit, STAR parts for behavioural ones."""

    notes: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""


@dataclass(frozen=True)
class ExampleForm:
    """One panel member's assessment form. A competency missing from ``ratings`` is
    untouched; a score of ``None`` is "not assessed". ``submitted_after`` is how many
    minutes after the interview ended the form was submitted (``None``: still open)."""

    rater: str
    ratings: dict[str, tuple[int | None, str]]
    strengths: str = ""
    weaknesses: str = ""
    recommendation: str | None = None
    submitted_after: int | None = None


@dataclass(frozen=True)
class ExampleDecision:
    """The panel's decision; the feedback date is set relative to the loading day."""

    outcome: str
    rationale: str
    next_steps: str
    feedback_working_days_ahead: int
    decided_after: int  # minutes after the interview ended


@dataclass(frozen=True)
class ExamplePastInterview:
    """An interview that took place: notes per stage and question, the panel's forms,
    consensus scores by competency name, and the decision if there is one."""

    candidate: str
    working_days_ago: int
    local_hour: int
    minutes: int
    panel: tuple[tuple[str, str], ...]
    stage_notes: dict[str, str]
    answers: dict[tuple[str, int], ExampleAnswer]
    next_steps: str
    forms: tuple[ExampleForm, ...]
    consensus: dict[str, tuple[int | None, str]] = field(default_factory=dict)
    decision: ExampleDecision | None = None
    #: Feedback promised at the close, in working days after the interview (when the
    #: panel has not decided yet; a decision brings its own date).
    feedback_working_days_after: int = 0
    #: The closing's own notes: the candidate's remarks about the process, and notes
    #: for a negotiation or follow-up conversation.
    candidate_remarks: str = ""
    follow_up_notes: str = ""
    #: The candidate's questions with the answers the panel gave.
    candidate_questions: tuple[tuple[str, str], ...] = ()


PANEL: tuple[tuple[str, str], ...] = ((SANNE, "chair"), (RENE, "member"), (INGE, "hr"))

# -- Daniëlle Kok: completed and decided -----------------------------------------------

COMPLETED = ExamplePastInterview(
    candidate="Daniëlle Kok",
    candidate_questions=(
        ("Welke opleidingen voor warmtepompen bieden jullie aan?",
         "Het F-gassencertificaat in het eerste jaar, daarna de fabriekstrainingen van onze "
         "twee merken."),
        ("Hoe werkt de storingsdienst?",
         "Eén week op zes, met een vergoeding per dienst; nooit in je eerste drie maanden."),
        ("Hoeveel tijd is er per adres?",
         "Een onderhoudsbeurt is ingepland op vijf kwartier, een storing op anderhalf uur."),
    ),
    working_days_ago=5,
    local_hour=10,
    minutes=64,
    panel=PANEL,
    stage_notes={
        "opening": "Ontspannen binnengekomen; vroeg zelf naar de servicebussen en de planning.",
        EXPERIENCE: "Zes jaar service bij een grote installateur, vooral corporaties. Wil meer "
        "tijd per klant en verder in warmtepompen.",
        SKILLS: "Technisch sterk en precies in meetwaarden. Rollenspel ketelvervanging goed.",
        BEHAVIOURAL: "Storingsvoorbeeld overtuigend (STAR compleet). Klachtvoorbeeld bleef "
        "algemeen; pas na doorvragen concreet.",
        "candidate_questions": "Goed voorbereide vragen; de opleiding vond ze het belangrijkst.",
        "closing": "Meeloopdag als tweede stap uitgelegd; terugkoppeling binnen een week "
        "toegezegd. Kandidaat bedankt.",
    },
    answers={
        (EXPERIENCE, 0): ExampleAnswer(
            "Zes jaar bij Hollander Techniek: onderhoudscontracten van drie corporaties, zes "
            "tot acht adressen per dag. Sinds 2022 ook hybride warmtepompen (ca. 60 systemen)."
        ),
        (EXPERIENCE, 1): ExampleAnswer(
            "Wil meer tijd per klant; moet klachten nu doorzetten naar de klantenservice. "
            "Kent ons via een van onze monteurs op een opleidingsavond."
        ),
        (EXPERIENCE, 2): ExampleAnswer(
            "VvE-project: hogedrukstoring aan de warmtepompen opgelost na twee eerdere "
            "bezoeken van collega's, door 24 uur te loggen."
        ),
        (SKILLS, 0): ExampleAnswer(
            "Noemt stooklijn, aanvoertemperatuur, waterdruk en debiet zonder aarzelen; "
            "controleert een week later de gegevens in het portaal van de fabrikant."
        ),
        (SKILLS, 1): ExampleAnswer(
            "Stap voor stap: klant uitvragen, foutcode, ionisatiestroom, gasdruk, rookgas- en "
            "condensafvoer. Belt de fabrikant pas na eigen metingen."
        ),
        (SKILLS, 2): ExampleAnswer(
            "Rollenspel ketelvervanging: rustig en zonder jargon, rekende de besparing voor met "
            "een voorbeeld en vroeg of de klant het begreep."
        ),
        (SKILLS, 3): ExampleAnswer(
            "Belt bij uitloop eerst de planning, dan zelf de volgende klant. Vervolgafspraak "
            "in de app; ontbrekend materiaal via de binnendienst."
        ),
        (BEHAVIOURAL, 0): ExampleAnswer(
            situation="VvE met 120 woningen: de warmtepompen vielen 's nachts uit op hogedruk; "
            "twee collega's waren al geweest.",
            task="De oorzaak vinden, zodat de storing niet terugkwam.",
            action="Drukken en temperaturen een etmaal gelogd, debiet en vuilfilters "
            "gecontroleerd, met de meetgegevens de fabrikant gebeld.",
            result="Dichtgeslibde filters en te kleine expansievaten; sinds de aanpassing geen "
            "storing meer. De fabrikant nam de aanpak op in een servicebulletin.",
        ),
        (BEHAVIOURAL, 1): ExampleAnswer(
            notes="Antwoord bleef eerst algemeen; pas na doorvragen een voorbeeld.",
            situation="Bewoner boos omdat hij voor hetzelfde lek al de derde afspraak kreeg.",
            task="De klacht afhandelen.",
            action="Excuses gemaakt, de bewoner doorverwezen naar de klantenservice en een mail "
            "naar de planning gestuurd.",
            result="De bewoner kreeg na een week een nieuwe afspraak; ze weet niet of hij "
            "tevreden was.",
        ),
        (BEHAVIOURAL, 2): ExampleAnswer(
            situation="Na een onderhoudsbeurt vergeten de sifon te vullen; de klant belde over "
            "rookgaslucht.",
            task="Het veilig maken en rechtzetten.",
            action="Meteen zelf teruggebeld, dezelfde middag langsgegaan, CO gemeten en de "
            "sifon gevuld; het bij haar teamleider gemeld.",
            result="Er is geen gevaar ontstaan; de sifon is nu een vaste stap op haar checklist.",
        ),
        (BEHAVIOURAL, 3): ExampleAnswer(
            "Zou een elektrische kachel uit de bus lenen, de klant zaterdag bellen en de "
            "planning vragen het onderdeel maandag als eerste te leveren."
        ),
    },
    next_steps="Binnen een week laten we Daniëlle weten of ze door is naar de meeloopdag.",
    candidate_remarks="Vond het fijn dat de vragen vooraf per onderdeel werden aangekondigd; "
    "de uitnodiging kwam wel pas twee dagen van tevoren.",
    follow_up_notes="Wil graag vier dagen van negen uur werken; opzegtermijn een maand. "
    "Vraagt of de bus mee naar huis mag.",
    forms=(
        ExampleForm(
            SANNE,
            {
                VAKMANSCHAP: (
                    4,
                    "Inbedrijfstelling hybride warmtepomp compleet en zonder aarzelen "
                    "(stooklijn, debiet, waterdruk); VIAG en F-gassen op zak. Warmtepompen "
                    "doet ze pas sinds 2022.",
                ),
                KLANTGERICHTHEID: (
                    3,
                    "Rollenspel ketelvervanging goed en zonder jargon. De boze bewoner "
                    "verwees ze door naar de klantenservice; dat wijt ze aan de planning bij "
                    "haar huidige werkgever.",
                ),
                PROBLEEMOPLOSSEND: (
                    4,
                    "VvE-storing: een etmaal gelogd en de oorzaak gevonden waar twee anderen "
                    "die niet vonden; aanpak gedeeld met de fabrikant.",
                ),
                SAMENWERKEN: (
                    3,
                    "Stemt bij uitloop af met planning en klant; werkgroep veiligheid. Weinig "
                    "voorbeelden van collega's helpen.",
                ),
                ZELFSTANDIGHEID: (
                    4,
                    "Fout met de sifon zelf gemeld en dezelfde dag hersteld; daarna haar "
                    "checklist aangepast.",
                ),
            },
            strengths="Sterke storingszoeker met een systematische aanpak; werkt veilig en "
            "neemt verantwoordelijkheid voor haar fouten.",
            weaknesses="Klachten schuift ze door in plaats van ze zelf op te lossen. Nog "
            "relatief weinig ervaring met volledige warmtepompen.",
            recommendation="yes",
            submitted_after=12,
        ),
        ExampleForm(
            RENE,
            {
                VAKMANSCHAP: (
                    4,
                    "Meetwaarden bij vergrendeling en inbedrijfstelling precies goed. "
                    "Lucht-waterwarmtepompen stelt ze nog niet zelfstandig in bedrijf.",
                ),
                KLANTGERICHTHEID: (
                    2,
                    "Boze bewoner: excuses, daarna doorverwezen naar de klantenservice en een "
                    "mail aan de planning; wist niet hoe het afliep. Bij ons pakt de monteur "
                    "dat zelf op.",
                ),
                PROBLEEMOPLOSSEND: (
                    4,
                    "Hogedrukstoring bij de VvE: loggen, meten, de fabrikant met data "
                    "benaderd. Precies de aanpak die we zoeken.",
                ),
                SAMENWERKEN: (
                    3,
                    "Belt de planning bij uitloop; overdracht via de app. Geen voorbeeld van "
                    "leerlingen of collega's begeleiden.",
                ),
                ZELFSTANDIGHEID: (
                    3,
                    "Sifonfout netjes gemeld. Draait storingsdienst, maar vertelde weinig over "
                    "hoe ze die aanpakt.",
                ),
            },
            strengths="Vakkennis en storingsanalyse op het niveau van een eerste monteur.",
            weaknesses="Neemt bij klachten geen eigenaarschap. Moet op de meeloopdag laten zien "
            "dat ze zelf met een ontevreden klant kan praten.",
            recommendation="yes",
            submitted_after=18,
        ),
        ExampleForm(
            INGE,
            {
                VAKMANSCHAP: (None, "Vakinhoudelijk laat ik het oordeel aan Sanne en René."),
                KLANTGERICHTHEID: (
                    4,
                    "Rollenspel: legde de vervanging helder uit, rekende de besparing voor en "
                    "checkte of de klant het begreep. Wil zelf meer tijd voor bewoners.",
                ),
                PROBLEEMOPLOSSEND: (
                    3,
                    "Legde de vergrendeling stap voor stap uit; dieper kan ik het niet beoordelen.",
                ),
                SAMENWERKEN: (
                    4,
                    "Werkgroep veiligheid, toolboxmeetings voorbereid; spreekt met respect over "
                    "collega's en de planning.",
                ),
                ZELFSTANDIGHEID: (
                    4,
                    "Sifonfout: belde zelf terug, ging dezelfde middag langs en meldde het. "
                    "Paste haar checklist aan.",
                ),
            },
            strengths="Open en eerlijk over haar fouten, gemotiveerd om te leren; past goed "
            "bij het team.",
            weaknesses="Bij de klachtvraag eerst een algemeen antwoord, pas na doorvragen een "
            "voorbeeld.",
            recommendation="strong_yes",
            submitted_after=25,
        ),
    ),
    consensus={
        KLANTGERICHTHEID: (
            3,
            "Uitleg aan de klant is sterk (rollenspel), maar bij een klacht nam ze geen "
            "eigenaarschap. Samen: op niveau. Op de meeloopdag letten we op hoe ze een "
            "ontevreden klant zelf helpt.",
        ),
    },
    decision=ExampleDecision(
        outcome="next_round",
        rationale="Sterke storingszoeker met de vakkennis die we zoeken; alle drie "
        "panelleden adviseren positief. De twijfel zit in klachtafhandeling: die toetsen we "
        "op de meeloopdag.",
        next_steps="Halve meeloopdag met René Mulder inplannen, met een klantbezoek waar een "
        "klacht speelt. Daarna referentie opvragen bij Hollander Techniek. Inge belt Daniëlle "
        "met de uitnodiging.",
        feedback_working_days_ahead=2,
        decided_after=40,
    ),
)

# -- Thijs van Dijk: waiting for one rater ---------------------------------------------

WAITING = ExamplePastInterview(
    candidate="Thijs van Dijk",
    working_days_ago=4,
    local_hour=14,
    minutes=58,
    panel=PANEL,
    stage_notes={
        EXPERIENCE: "Twee jaar service, daarvoor nieuwbouw. Enthousiast, praat veel over de "
        "bewoners van 'zijn' VvE's.",
        SKILLS: "Onderhoud volgens checklist prima; storingen nog met hulp van de eerste monteur.",
        "closing": "Meeloopdag uitgelegd; binnen twee werkdagen uitslag toegezegd.",
    },
    candidate_questions=(
        ("Krijg ik een eigen bus?", "Ja, met een vaste voorraad; aanvullen via de binnendienst."),
    ),
    answers={
        (EXPERIENCE, 0): ExampleAnswer(
            "Twee jaar service bij Klimaatgroep Lek en IJssel: onderhoud cv en ventilatie, "
            "vijf tot zeven adressen per dag; lastige storingen met de eerste monteur."
        ),
        (EXPERIENCE, 3): ExampleAnswer(
            "VIAG gehaald in 2023; het F-gassenexamen staat gepland. Wil een warmtepompcursus."
        ),
        (SKILLS, 1): ExampleAnswer(
            "Begint bij foutcode en storingstabel; ionisatiestroom meten kende hij, gasdruk "
            "vergat hij. Belt snel de eerste monteur."
        ),
        (SKILLS, 2): ExampleAnswer(
            "Rollenspel: warm en geduldig, iets te veel vakjargon ('ionisatie'); corrigeerde "
            "zich toen de klant vroeg wat dat was."
        ),
        (BEHAVIOURAL, 1): ExampleAnswer(
            situation="Een VvE-bewoner klaagde na onderhoud over tocht en lawaai van de "
            "ventilatie.",
            task="De klacht oplossen en de bewoner tevreden houden.",
            action="Dezelfde week teruggegaan, de ventielen opnieuw ingeregeld, de standen "
            "uitgelegd en de VvE op de hoogte gehouden.",
            result="Klacht opgelost; de VvE vraagt nu naar hem.",
        ),
    },
    next_steps="Binnen twee werkdagen laten we Thijs weten of hij door is naar de meeloopdag.",
    feedback_working_days_after=2,
    forms=(
        ExampleForm(
            SANNE,
            {
                VAKMANSCHAP: (
                    3,
                    "Onderhoud volgens de checklist goed; storingen nog met hulp. VIAG "
                    "gehaald, F-gassen nog niet.",
                ),
                KLANTGERICHTHEID: (
                    4,
                    "VvE-klacht zelf opgepakt en afgerond; bewoners vragen naar hem.",
                ),
                PROBLEEMOPLOSSEND: (
                    3,
                    "Foutcodetabel als start, meet ionisatiestroom; bij een onbekende storing "
                    "snel hulp.",
                ),
                SAMENWERKEN: (
                    4,
                    "Vast aanspreekpunt voor twee VvE's, stemt af met de planning; traint een "
                    "jeugdteam.",
                ),
                ZELFSTANDIGHEID: (
                    3,
                    "Werkt zelfstandig aan onderhoud; nog geen ervaring met storingsdienst.",
                ),
            },
            strengths="Klantcontact en inzet; leert snel.",
            weaknesses="Storingsanalyse en warmtepompen nog op beginnersniveau.",
            recommendation="yes",
            submitted_after=20,
        ),
        ExampleForm(
            INGE,
            {
                VAKMANSCHAP: (None, "Vakinhoudelijk beoordelen Sanne en René."),
                KLANTGERICHTHEID: (
                    4,
                    "Geduldig in het rollenspel; verving vakjargon zelf toen de klant ernaar "
                    "vroeg.",
                ),
                PROBLEEMOPLOSSEND: (
                    3,
                    "Zegt eerlijk waar zijn grens ligt en vraagt op tijd hulp.",
                ),
                SAMENWERKEN: (
                    4,
                    "Praat met respect over de eerste monteur en de planning.",
                ),
                ZELFSTANDIGHEID: (
                    3,
                    "Betrouwbaar in afspraken met de VvE; weinig voorbeelden van tegenslag.",
                ),
            },
            strengths="Gemotiveerd, sociaal, en eerlijk over wat hij nog niet kan.",
            weaknesses="Nog weinig zelfstandigheid bij storingen.",
            recommendation="yes",
            submitted_after=30,
        ),
        ExampleForm(
            RENE,
            {
                VAKMANSCHAP: (
                    3,
                    "Kent de onderhoudschecklist; vergat de gasdruk als meetstap bij een "
                    "vergrendeling.",
                ),
                PROBLEEMOPLOSSEND: (None, "Begint bij de foutcodetabel; "),
            },
        ),
    ),
)

PAST_INTERVIEWS: tuple[ExamplePastInterview, ...] = (COMPLETED, WAITING)
