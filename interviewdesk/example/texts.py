"""The content of the example a first-time user can explore: one vacancy at a Dutch
installation firm, its competencies and question kit, four candidates, and a panel.
What the panel wrote about the two candidates already interviewed is in
:mod:`interviewdesk.example.panel_texts`.

Kept apart from ``example.py`` so that the code that writes the example stays short
and the texts can be edited here without reading any database code. The firm, the
people and every address, e-mail address and phone number are made up (``example.nl``
is reserved for examples). The names carry diacritics on purpose: the app must show
"Joël", "Öztürk", "Daniëlle" and "René" right on screen and in PDFs.
"""

from dataclasses import dataclass

from interviewdesk.domain.agenda import BEHAVIOURAL, EXPERIENCE, SKILLS


@dataclass(frozen=True)
class ExampleCompetency:
    """A core competency of the example vacancy, with its five anchor texts."""

    name: str
    kind: str
    weight: float
    description: str
    keywords: str
    anchors: tuple[str, str, str, str, str]


@dataclass(frozen=True)
class ExampleQuestion:
    """A question of the kit; ``competency`` names an :class:`ExampleCompetency`."""

    stage: str
    kind: str
    text: str
    probes: str
    competency: str | None


@dataclass(frozen=True)
class ExampleCandidate:
    """A candidate and the status of their application to the example vacancy."""

    name: str
    email: str
    phone: str
    city: str
    status: str
    cv: str
    letter: str


@dataclass(frozen=True)
class ExampleInterviewer:
    """A colleague at the firm, and the role they take on the example interview's panel."""

    name: str
    email: str
    job_title: str
    role: str


VACANCY_TITLE = "Servicemonteur installatietechniek"
VACANCY_DEPARTMENT = "Service en onderhoud"
VACANCY_LOCATION = "Utrecht"
INTERVIEW_LOCATION = "Kantoor Vonk & Van Leeuwen, Lage Weide, Utrecht – vergaderkamer De Vecht"
CANDIDATE_NOTE = "Voorbeeldkandidaat: fictief, om InterviewDesk te verkennen."

VACANCY_TEXT = """\
Servicemonteur installatietechniek
Vonk & Van Leeuwen Installatietechniek B.V. – Utrecht (Lage Weide) – 38 uur per week

Over ons
Vonk & Van Leeuwen is een familiebedrijf met 42 medewerkers, opgericht in 1987. Vanuit ons \
pand op bedrijventerrein Lage Weide zorgen we voor de verwarming, ventilatie en het warme water \
van ruim 6.000 huishoudens en bedrijven in Utrecht, Nieuwegein, Houten en Zeist. We installeren \
cv-ketels, (hybride) warmtepompen en ventilatiesystemen, en we onderhouden ze ook: voor \
woningcorporaties, VvE's en particulieren. Bij ons zijn de lijnen kort, is geen dag hetzelfde \
en helpen collega's elkaar.

De functie
Als servicemonteur ben je het gezicht van ons bedrijf bij de klant thuis. Je rijdt in je eigen \
servicebus met een goed gevulde voorraad en bezoekt vijf tot zeven adressen per dag, die je \
samen met onze planners indeelt. Je voert onderhoud uit, lost storingen op en zorgt ervoor dat \
de klant weet wat je hebt gedaan en waarom.

Wat ga je doen?
• Periodiek onderhoud aan cv-ketels, warmtepompen, wtw-units en mechanische ventilatie
• Storingen zoeken en verhelpen: van een ketel die op vergrendeling gaat tot een warmtepomp die \
op hogedruk uitvalt
• Hybride warmtepompen en lucht-waterwarmtepompen in bedrijf stellen en inregelen
• Klanten uitleg geven over hun installatie en over zuinig stoken
• Werkbonnen, meetwaarden en gebruikt materiaal vastleggen in onze app op je tablet
• Eens in de zes weken een week storingsdienst, met een vergoeding

Wat breng je mee?
• Een afgeronde mbo-opleiding installatietechniek of elektrotechniek, bij voorkeur niveau 4
• Minimaal drie jaar ervaring als (service)monteur in de installatietechniek
• VCA-basis of VCA-VOL; het F-gassencertificaat categorie I is een pré, of je bent bereid het \
bij ons te halen
• Kennis van gasketels van de gangbare merken, en bij voorkeur ervaring met warmtepompen
• Je bent klantvriendelijk, zelfstandig en betrouwbaar, en je legt techniek uit in gewone taal
• Rijbewijs B; je spreekt en schrijft goed Nederlands

Wat bieden wij?
• Een salaris van € 2.900 – € 3.800 bruto per maand, afhankelijk van je kennis en ervaring, \
volgens de cao Metaal en Techniek
• 8% vakantietoeslag, en vakantiedagen en roostervrije dagen volgens de cao
• Een eigen servicebus (ook voor woon-werkverkeer), gereedschap, telefoon en tablet
• Opleidingen op onze kosten, zoals F-gassen, VIAG en warmtepompcursussen
• Een jaarcontract met de intentie tot een vast contract, en een goede pensioenregeling
• Een hecht team, een eigen werkplaats en elke vrijdag een gezamenlijke lunch

Procedure
Solliciteer met je cv en een motivatiebrief via vacatures@example.nl, ter attentie van Inge \
Meijer (HR-adviseur). Het eerste gesprek voer je op ons kantoor met Sanne de Vries \
(vestigingsmanager), René Mulder (teamleider service) en Inge Meijer; het duurt ongeveer een uur. \
Het tweede gesprek is een halve meeloopdag met een van onze monteurs. Omdat je bij mensen thuis \
komt, vragen we voor indiensttreding een Verklaring Omtrent het Gedrag (VOG) aan.
Wij volgen de NVP Sollicitatiecode. Je gegevens bewaren we tot vier weken na afloop van de \
procedure, of – als je daar toestemming voor geeft – één jaar.
Vragen? Bel Inge Meijer op 030-1234567.
Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.

Voorbeeldvacature in InterviewDesk: het bedrijf, de personen en alle gegevens zijn fictief.
"""

VAKMANSCHAP = "Vakmanschap installatietechniek"
KLANTGERICHTHEID = "Klantgerichtheid"
PROBLEEMOPLOSSEND = "Probleemoplossend vermogen"
SAMENWERKEN = "Samenwerken"
ZELFSTANDIGHEID = "Zelfstandigheid en betrouwbaarheid"

COMPETENCIES: tuple[ExampleCompetency, ...] = (
    ExampleCompetency(
        name=VAKMANSCHAP,
        kind="technical",
        weight=2.0,
        description="Kent cv-ketels, warmtepompen en ventilatiesystemen, werkt veilig en volgens "
        "de voorschriften, en levert werk af dat in één keer goed is.",
        keywords="cv-ketel, warmtepomp, onderhoud, storing, inbedrijfstelling, ventilatie, wtw, "
        "gas, F-gassen, VIAG",
        anchors=(
            "Heeft weinig ervaring met cv-ketels of warmtepompen; kan niet uitleggen hoe een "
            "onderhoudsbeurt verloopt of welke veiligheidscontroles (gasdichtheid, CO-meting) "
            "erbij horen.",
            "Voert eenvoudig onderhoud aan gasketels uit volgens een vaste lijst, maar heeft bij "
            "storingen en bij warmtepompen steeds hulp nodig; kent de veiligheidsregels maar "
            "deels.",
            "Voert onderhoud en gangbare storingen aan cv-ketels zelfstandig en veilig uit, meet "
            "en noteert de juiste waarden (rookgas, druk, CO) en kent de basis van warmtepompen.",
            "Werkt zelfstandig aan cv-ketels én warmtepompen, stelt hybride systemen in bedrijf "
            "en regelt ze in, en kan uitleggen waarom hij of zij voor bepaalde instellingen kiest.",
            "Is de vraagbaak van collega's bij complexe installaties (warmtepompen, cascades, "
            "ventilatie), kent de actuele regels (F-gassen, gasnormen) en verbetert werkwijzen "
            "of checklists.",
        ),
    ),
    ExampleCompetency(
        name=KLANTGERICHTHEID,
        kind="core",
        weight=1.5,
        description="Zorgt dat de klant zich gehoord en goed geholpen voelt, legt in gewone taal "
        "uit wat er is gedaan en komt afspraken na.",
        keywords="klant, klantcontact, klanttevredenheid, uitleg, bewoners, woningcorporatie, "
        "advies",
        anchors=(
            "Praat nauwelijks met de klant, of alleen in vakjargon; laat geen uitleg achter en "
            "reageert geïrriteerd op vragen of klachten.",
            "Is vriendelijk, maar legt alleen iets uit als de klant erom vraagt; belooft soms "
            "iets wat niet wordt nagekomen, of stuurt klachten meteen door naar kantoor.",
            "Legt de klant in gewone taal uit wat er mis was en wat er is gedaan, laat de woning "
            "netjes achter en komt gemaakte afspraken na.",
            "Denkt mee met de klant (bijvoorbeeld over zuinig stoken of vervanging), houdt de "
            "klant op de hoogte bij vertraging en weet een ontevreden klant gerust te stellen.",
            "Zet de klant ook onder tijdsdruk voorop, lost klachten zo op dat de klant tevreden "
            "is, en geeft signalen door waardoor de service voor alle klanten beter wordt.",
        ),
    ),
    ExampleCompetency(
        name=PROBLEEMOPLOSSEND,
        kind="soft",
        weight=1.5,
        description="Zoekt storingen systematisch op, onderscheidt oorzaak van symptoom en komt "
        "tot een oplossing die blijft werken.",
        keywords="storingsanalyse, storingen, foutcode, diagnose, meten, oorzaak, oplossing",
        anchors=(
            "Vervangt onderdelen op de gok tot de storing weg is; kan niet uitleggen hoe hij of "
            "zij de oorzaak heeft gevonden.",
            "Volgt de foutcodetabel van de fabrikant, maar loopt vast als die geen antwoord "
            "geeft; lost vooral symptomen op, waardoor storingen terugkomen.",
            "Zoekt storingen stap voor stap op (uitvragen, meten, uitsluiten), vindt bij "
            "gangbare storingen zelfstandig de oorzaak en controleert of de oplossing werkt.",
            "Pakt ook onbekende of terugkerende storingen systematisch aan, gebruikt "
            "documentatie, meetgegevens en de helpdesk van de fabrikant gericht, en voorkomt "
            "herhaling.",
            "Lost complexe storingen op die anderen niet vonden, legt oorzaak en aanpak vast "
            "zodat collega's ervan leren, en stelt verbeteringen aan installatie of werkwijze "
            "voor.",
        ),
    ),
    ExampleCompetency(
        name=SAMENWERKEN,
        kind="soft",
        weight=1.0,
        description="Werkt goed samen met collega-monteurs, planners, de binnendienst en andere "
        "vakmensen bij de klant.",
        keywords="samenwerken, team, collega's, planning, overdracht, leerlingen, begeleiding",
        anchors=(
            "Werkt het liefst alleen, deelt geen informatie met de planning of collega's en "
            "reageert afwerend op afspraken of opmerkingen.",
            "Werkt samen als het moet, maar overdrachten zijn onvolledig (werkbon, materiaal, "
            "vervolgafspraak), zodat collega's moeten navragen wat er is gebeurd.",
            "Stemt af met de planning en collega's, draagt een klus volledig over en helpt een "
            "collega als die erom vraagt.",
            "Biedt uit zichzelf hulp aan, deelt kennis en tips, en spreekt een collega "
            "respectvol aan als iets niet goed gaat.",
            "Maakt het team sterker: begeleidt nieuwe collega's of leerlingen, lost spanningen "
            "op en verbetert de samenwerking tussen buitendienst en planning.",
        ),
    ),
    ExampleCompetency(
        name=ZELFSTANDIGHEID,
        kind="core",
        weight=1.0,
        description="Plant de eigen werkdag, werkt zonder toezicht veilig en eerlijk, en doet "
        "wat hij of zij zegt.",
        keywords="zelfstandig, betrouwbaar, VCA, veiligheid, storingsdienst, consignatie",
        anchors=(
            "Heeft voortdurend aansturing nodig, komt afspraken of tijden niet na, of neemt het "
            "niet nauw met veiligheid en registratie.",
            "Werkt zelfstandig aan eenvoudige klussen, maar vergeet soms te melden wat misging of "
            "wat nog openstaat; volgt de veiligheidsregels niet altijd.",
            "Plant de eigen dag, werkt veilig volgens VCA en de voorschriften, registreert werk "
            "en materiaal correct en meldt fouten of vertraging zelf.",
            "Neemt verantwoordelijkheid voor de hele klus en de klant, ook bij tegenslag of in "
            "de storingsdienst; is aantoonbaar betrouwbaar in afspraken en administratie.",
            "Krijgt de moeilijkste of meest gevoelige klussen omdat iedereen op hem of haar kan "
            "rekenen; spreekt anderen aan op veiligheid en geeft zelf het goede voorbeeld.",
        ),
    ),
)

_STAR = (
    "Situatie: waar en wanneer was dit, wat was er aan de hand? "
    "Taak: wat moest jij bereiken? "
    "Actie: wat deed jij zelf, stap voor stap? "
    "Resultaat: hoe liep het af, en wat heb je ervan geleerd?"
)

QUESTIONS: tuple[ExampleQuestion, ...] = (
    ExampleQuestion(
        EXPERIENCE,
        "open",
        "Vertel eens over je huidige functie: aan welke installaties werk je, en hoe ziet een "
        "gewone werkdag eruit?",
        "Hoeveel adressen per dag? Welke merken en typen ketels en warmtepompen? Vooral onderhoud "
        "of vooral storingen? Werk je alleen of met een collega?",
        VAKMANSCHAP,
    ),
    ExampleQuestion(
        EXPERIENCE,
        "open",
        "Waarom wil je weg bij je huidige werkgever, en waarom solliciteer je juist bij ons?",
        "Wat mis je nu? Wat moet er in je volgende baan anders zijn? Wat weet je al van ons "
        "bedrijf en ons werkgebied?",
        None,
    ),
    ExampleQuestion(
        EXPERIENCE,
        "open",
        "Op welke klus of welk project ben je het meest trots?",
        "Wat was jouw rol precies? Wat maakte het lastig? Wat was het resultaat voor de klant?",
        VAKMANSCHAP,
    ),
    ExampleQuestion(
        EXPERIENCE,
        "open",
        "Welke opleidingen en certificaten heb je de laatste jaren gehaald, en wat wil je nog "
        "leren?",
        "VCA, F-gassen, VIAG, een warmtepompcursus? Op eigen initiatief of via je werkgever? "
        "Waar heb je het geleerde sindsdien toegepast?",
        VAKMANSCHAP,
    ),
    ExampleQuestion(
        SKILLS,
        "technical",
        "Hoe stel je een hybride warmtepomp in bedrijf? Welke waarden controleer en noteer je?",
        "Aanvoertemperatuur, stooklijn, waterdruk, debiet, instellingen van de ketel. Wat leg je "
        "de klant uit bij de oplevering?",
        VAKMANSCHAP,
    ),
    ExampleQuestion(
        SKILLS,
        "technical",
        "Een cv-ketel gaat steeds op vergrendeling. Hoe zoek je stap voor stap naar de oorzaak?",
        "Wat vraag je de klant? Welke metingen doe je (ionisatiestroom, gasdruk, rookgasafvoer)? "
        "Wanneer bel je de fabrikant of een collega?",
        PROBLEEMOPLOSSEND,
    ),
    ExampleQuestion(
        SKILLS,
        "open",
        "Hoe leg je een klant zonder technische kennis uit wat er mis is en wat de reparatie "
        "gaat kosten?",
        "Doe het eens voor: leg uit waarom een ketel van vijftien jaar oud beter vervangen kan "
        "worden. Hoe controleer je of de klant het begrepen heeft?",
        KLANTGERICHTHEID,
    ),
    ExampleQuestion(
        SKILLS,
        "open",
        "Hoe stem je af met de planning en je collega's als een klus uitloopt of als je "
        "materiaal mist?",
        "Wie bel je eerst? Hoe zorg je dat de volgende klant op tijd bericht krijgt? Hoe leg je "
        "een vervolgafspraak vast?",
        SAMENWERKEN,
    ),
    ExampleQuestion(
        BEHAVIOURAL,
        "behavioural",
        "Vertel over een storing die je niet meteen kon vinden. Hoe heb je die uiteindelijk "
        "opgelost?",
        _STAR + " Kwam de storing daarna nog terug?",
        PROBLEEMOPLOSSEND,
    ),
    ExampleQuestion(
        BEHAVIOURAL,
        "behavioural",
        "Beschrijf een keer dat een klant boos of ontevreden was over jouw werk of over het "
        "bedrijf. Wat deed je?",
        _STAR + " Hoe wist je dat de klant aan het eind tevreden was?",
        KLANTGERICHTHEID,
    ),
    ExampleQuestion(
        BEHAVIOURAL,
        "behavioural",
        "Vertel over een moment waarop je een fout maakte bij een installatie of een "
        "onderhoudsbeurt. Hoe ging je daarmee om?",
        _STAR + " Wie heb je erover ingelicht, en wanneer?",
        ZELFSTANDIGHEID,
    ),
    ExampleQuestion(
        BEHAVIOURAL,
        "situational",
        "Stel: het is vrijdag 16.30 uur, een oudere klant heeft geen verwarming en het onderdeel "
        "is pas maandag leverbaar. Wat doe je?",
        "Welke tijdelijke oplossing bied je? Wie licht je in? Hoe zorg je dat de klant het "
        "weekend goed doorkomt?",
        KLANTGERICHTHEID,
    ),
    ExampleQuestion(
        BEHAVIOURAL,
        "situational",
        "Stel: je ziet dat een collega na een ketelwissel de gasdichtheid niet controleert, omdat "
        "hij achterloopt op de planning. Wat doe je?",
        "Spreek je hem meteen aan, en wat zeg je dan precies? Meld je het bij de teamleider? "
        "Wat doe je als hij het wegwuift?",
        SAMENWERKEN,
    ),
)

JOEL_CV = """\
CURRICULUM VITAE

Personalia
Naam: Joël Bakker
Woonplaats: Zeist
Telefoon: 06-12345678
E-mail: joel.bakker@example.nl
Rijbewijs: B en BE

Profiel
Servicemonteur met negen jaar ervaring in onderhoud en storingen aan cv-ketels, en sinds 2021 \
ook aan hybride en lucht-waterwarmtepompen. Ik werk zelfstandig vanuit mijn eigen bus, los \
storingen systematisch op en vind het belangrijk dat de klant na mijn bezoek precies weet wat ik \
heb gedaan. Collega's kennen me als rustig en nauwkeurig, ook in de storingsdienst.

Werkervaring
2019 – heden    Eerste servicemonteur, Eemland Warmteservice B.V., Amersfoort
  • Onderhoud en storingen aan cv-ketels van alle gangbare merken, gemiddeld zes adressen per dag
  • Inbedrijfstelling en onderhoud van hybride en lucht-waterwarmtepompen (sinds 2021)
  • Storingsdienst eens in de vijf weken
  • Begeleiding van twee BBL-leerlingen
  • Bedacht een checklist voor de oplevering van warmtepompen die nu door het hele team wordt \
gebruikt; het aantal terugkomstoringen na oplevering daalde daardoor merkbaar

2015 – 2019    Servicemonteur, Installatiebedrijf Gerritsen, Zeist
  • Periodiek onderhoud aan gasketels en geisers voor een woningcorporatie (ca. 1.800 woningen)
  • Vervangen van cv-ketels en mechanische ventilatie-units
  • Eerste aanspreekpunt voor bewoners bij klachten en storingen

2012 – 2015    Leerling-monteur (BBL), Installatiebedrijf Gerritsen, Zeist
  • Meewerken aan ketelwissels, leidingwerk en onderhoud onder begeleiding van een eerste monteur

Opleiding
2015 – 2017    MBO niveau 4, Technicus installatietechniek (BBL), ROC Midden Nederland, \
Utrecht – diploma
2012 – 2015    MBO niveau 3, Eerste monteur service en onderhoud werktuigkundige installaties \
(BBL), ROC Midden Nederland, Utrecht – diploma
2008 – 2012    VMBO kaderberoepsgerichte leerweg, sector techniek, Zeist – diploma

Certificaten
  • VCA-VOL (2023)
  • F-gassen persoonscertificaat categorie I (2021)
  • VIAG – Veilig Installeren en Aanpassen van Gasinstallaties (2022)
  • Cursus warmtepompen installeren en in bedrijf stellen (2021)
  • NEN 3140 voldoend onderricht persoon (2020)

Vaardigheden
  • Storingsanalyse aan gasketels en warmtepompen: ionisatiestroom, gasdruk, rookgasanalyse, \
drukken en temperaturen in het koudemiddelcircuit
  • Waterzijdig inregelen van cv-installaties; onderhoud van wtw-units en mechanische ventilatie
  • Werken met digitale werkbonnen en een planningsapp op de tablet
  • Klantcontact: uitleg in gewone taal, advies over vervanging en zuinig stoken

Talen
Nederlands – moedertaal
Engels – goed (technische documentatie)
Duits – redelijk

Hobby's
Mountainbiken op de Utrechtse Heuvelrug, vrijwilliger bij het onderhoud van het clubhuis van \
de plaatselijke voetbalclub, sleutelen aan oude brommers.

Referenties op aanvraag.
"""

JOEL_LETTER = """\
Joël Bakker
Zeist
06-12345678
joel.bakker@example.nl

Vonk & Van Leeuwen Installatietechniek B.V.
T.a.v. mevrouw I. Meijer, HR-adviseur
Lage Weide, Utrecht

Betreft: sollicitatie servicemonteur installatietechniek

Geachte mevrouw Meijer,

Met veel interesse las ik uw vacature voor servicemonteur installatietechniek. Al negen jaar \
werk ik met plezier aan cv-ketels, en de laatste jaren steeds vaker aan warmtepompen. Bij Vonk \
& Van Leeuwen zie ik de kans om die kennis verder uit te bouwen, dichter bij huis en in een \
bedrijf waar vakmanschap en de klant voorop staan.

Op dit moment ben ik eerste servicemonteur bij Eemland Warmteservice in Amersfoort. Ik doe daar \
elke dag onderhoud en storingen bij particulieren en woningcorporaties, stel hybride \
warmtepompen in bedrijf en draai mee in de storingsdienst. Wat ik het mooist vind aan mijn werk, \
is het zoeken naar de oorzaak van een lastige storing: niet op de gok onderdelen wisselen, maar \
meten, uitsluiten en het daarna in één keer goed oplossen. Vorig jaar vond ik zo de oorzaak van \
een warmtepomp waar collega's al drie keer voor waren geweest: een verkeerd aangesloten \
buitenvoeler in combinatie met een te hoog ingestelde stooklijn. De klant was er blij mee, en de \
checklist die ik daarna maakte, gebruikt ons team nu bij elke oplevering.

Ik kom graag bij mensen thuis. Ik neem de tijd om uit te leggen wat ik heb gedaan en hoe ze \
zuiniger kunnen stoken, en als iets niet dezelfde dag lukt, zorg ik dat de klant weet waar hij \
aan toe is. Daarnaast begeleid ik twee BBL-leerlingen. Dat heeft me geleerd mijn werk goed uit \
te leggen en geduld te hebben.

Waarom ik wil overstappen? Ik rijd nu elke dag van Zeist naar Amersfoort en verder, en ons \
werkgebied wordt steeds groter, waardoor ik veel tijd in de file sta. Uw werkgebied ligt precies \
rond mijn woonplaats. Ook spreekt het me aan dat u als familiebedrijf investeert in opleidingen: \
ik wil me verder ontwikkelen in warmtepompen en ventilatie, en op termijn nieuwe collega's \
inwerken.

Graag vertel ik u in een gesprek meer over mijn ervaring en over wat ik voor uw klanten kan \
betekenen. Mijn opzegtermijn is één maand.

Met vriendelijke groet,

Joël Bakker
"""

MEHMET_CV = """\
CURRICULUM VITAE

Personalia
Naam: Mehmet Öztürk
Woonplaats: Utrecht
Telefoon: 06-87654321
E-mail: mehmet.ozturk@example.nl
Rijbewijs: B

Profiel
Elektromonteur met vijf jaar ervaring in installaties voor woningen en kantoren, de laatste \
jaren vooral in duurzame techniek: zonnepanelen, thuisbatterijen, laadpalen en de elektrische \
aansluiting van warmtepompen. Ik wil me verder ontwikkelen in service en onderhoud van \
klimaatinstallaties. Ik ben leergierig, werk netjes en leg klanten graag uit hoe hun installatie \
werkt.

Werkervaring
2022 – heden    Monteur duurzame installaties, Zonnewijk Installaties, Utrecht
  • Plaatsen en aansluiten van zonnepanelen, omvormers en thuisbatterijen (ca. 150 projecten)
  • Elektrische aansluiting en inbedrijfstelling van lucht-waterwarmtepompen, samen met de \
werktuigkundig monteur
  • Storingen aan omvormers en laadpalen verhelpen, ook op afstand via het monitoringsportaal
  • Opleveren bij de klant, met uitleg over de app en het energieverbruik

2019 – 2022    Elektromonteur, Van Beek Elektrotechniek, Nieuwegein
  • Aanleg van elektrische installaties in nieuwbouwwoningen en kantoren
  • Groepenkasten vervangen en uitbreiden, metingen voor de oplevering
  • Werken in een ploeg van vier monteurs op de bouwplaats

2018 – 2019    Stagiair (BOL), elektrotechnisch installatiebedrijf, Houten
2015 – 2019    Bijbaan: magazijnmedewerker bij een groothandel in installatiematerialen, Utrecht

Opleiding
2024 – heden    Avondcursus warmtepompen: installeren en onderhouden (afronding dit jaar)
2015 – 2019    MBO niveau 4, Technicus elektrotechnische installaties (BOL), ROC Midden \
Nederland, Utrecht – diploma
2011 – 2015    VMBO theoretische leerweg, profiel techniek, Utrecht – diploma

Certificaten
  • VCA-basis (2019, vernieuwd in 2024)
  • NEN 3140 vakbekwaam persoon (2021)
  • Cursus zonnestroomsystemen en thuisbatterijen (2022)
  • F-gassen persoonscertificaat categorie I – in opleiding, examen gepland

Vaardigheden
  • Elektrotechniek: groepenkasten, aarding, meten en keuren volgens NEN 3140
  • Duurzame techniek: zonnepanelen, omvormers, thuisbatterijen, laadpalen
  • Warmtepompen: elektrische aansluiting, regeling en communicatie met de thermostaat (basis)
  • Storingen zoeken met multimeter, installatietester en monitoringssoftware
  • Beperkte ervaring met gasketels (alleen storingen in de elektrische regeling)
  • Digitale werkbonnen, Excel, klantportalen

Talen
Nederlands – vloeiend
Turks – moedertaal
Engels – goed

Hobby's
Zaalvoetbal, elektronica en domotica (Arduino, slimme thermostaat zelf gebouwd), koken voor \
vrienden en familie.

Referenties op aanvraag.
"""

MEHMET_LETTER = """\
Mehmet Öztürk
Utrecht
06-87654321
mehmet.ozturk@example.nl

Vonk & Van Leeuwen Installatietechniek B.V.
T.a.v. mevrouw I. Meijer, HR-adviseur
Lage Weide, Utrecht

Betreft: sollicitatie servicemonteur installatietechniek

Geachte mevrouw Meijer,

Via een collega-monteur hoorde ik dat u een servicemonteur zoekt. Ik solliciteer graag, omdat \
deze functie precies aansluit bij de stap die ik wil zetten: van elektrotechniek naar service en \
onderhoud van klimaatinstallaties.

Ik ben opgeleid als technicus elektrotechnische installaties (mbo niveau 4) en werk sinds 2019 \
als monteur. Bij Zonnewijk Installaties sluit ik de laatste twee jaar ook warmtepompen elektrisch \
aan en stel ik ze samen met een werktuigkundig monteur in bedrijf. Daar merkte ik hoe vaak een \
storing aan een warmtepomp in de regeling of de elektrische kant zit, en hoe leuk ik het vind om \
zo'n storing met metingen stap voor stap te vinden. Onlangs kreeg ik een laadpaal die steeds \
afsloeg weer aan de praat door de belasting van de hele groepenkast na te meten, terwijl er al \
twee keer een nieuwe laadpaal was voorgesteld.

Ik wil eerlijk zijn: met gasketels heb ik nog weinig ervaring. Daarom volg ik al een avondcursus \
warmtepompen en heb ik het examen voor het F-gassencertificaat gepland. Ik leer snel, en ik wil \
graag ook de VIAG-opleiding halen als u mij die kans geeft. In ruil daarvoor breng ik kennis mee \
die in uw vak steeds belangrijker wordt: zonnepanelen, thuisbatterijen en de elektrische kant van \
warmtepompen.

Klanten waarderen het dat ik rustig uitleg hoe hun installatie werkt; na een oplevering krijg ik \
vaak te horen dat ze eindelijk snappen wat hun app laat zien. Die klantcontacten mis ik soms in \
mijn huidige baan, omdat we vooral nieuwe installaties plaatsen en weinig terugkomen bij klanten. \
Bij u zou ik juist het vaste aanspreekpunt voor onderhoud en storingen zijn.

Ik vertel u graag in een gesprek meer over mijzelf. U kunt mij het best bereiken op \
06-87654321.

Met vriendelijke groet,

Mehmet Öztürk
"""

DANIELLE_CV = """\
CURRICULUM VITAE

Personalia
Naam: Daniëlle Kok
Woonplaats: Nieuwegein
Telefoon: 06-23456789
E-mail: danielle.kok@example.nl
Rijbewijs: B

Profiel
Servicemonteur met zes jaar ervaring in onderhoud en storingen bij woningcorporaties en \
particulieren. Sterk in storingsanalyse aan cv-ketels en, sinds 2022, aan hybride \
warmtepompen. Ik werk nauwkeurig en zelfstandig en houd van een klus die in één keer goed is. \
Ik zoek een bedrijf waar ik meer tijd per klant heb en mij verder kan ontwikkelen in \
warmtepompen en ventilatie.

Werkervaring
2019 – heden    Servicemonteur, Hollander Techniek B.V., Nieuwegein
  • Onderhoud en storingen aan cv-ketels (Remeha, Nefit, Intergas) voor drie \
woningcorporaties, zes tot acht adressen per dag
  • Onderhoud en inbedrijfstelling van hybride warmtepompen (sinds 2022, ca. 60 systemen)
  • Storingsdienst eens in de vier weken
  • Lid van de werkgroep veiligheid: toolboxmeetings over CO-veiligheid voorbereid
  • Vond de oorzaak van een terugkerende hogedrukstoring bij de warmtepompen van een VvE \
(120 woningen): dichtgeslibde vuilfilters en te kleine expansievaten

2017 – 2019    Monteur werktuigbouwkundige installaties, Installatiebedrijf De Wit, IJsselstein
  • Aanleg van cv- en waterleidingen in nieuwbouwwoningen
  • Vervangen van cv-ketels en mechanische ventilatie-units in bestaande bouw
  • Werken in een ploeg van drie monteurs

Opleiding
2015 – 2019    MBO niveau 4, Technicus installatietechniek (BOL), ROC Midden Nederland, \
Utrecht – diploma
2011 – 2015    VMBO gemengde leerweg, profiel bouwen, wonen en interieur, Nieuwegein – diploma

Certificaten
  • VCA-VOL (2022)
  • F-gassen persoonscertificaat categorie I (2022)
  • VIAG – Veilig Installeren en Aanpassen van Gasinstallaties (2020)
  • Cursus hybride warmtepompen, fabrieksopleiding (2022)
  • EHBO en BHV (2023)

Vaardigheden
  • Storingsanalyse: ionisatiestroom, gasdruk, rookgasanalyse, drukken en temperaturen in \
het koudemiddelcircuit uitlezen en loggen
  • Inregelen van cv-installaties en hybride warmtepompen; onderhoud aan wtw-units
  • Digitale werkbonnen en monitoringsportalen van fabrikanten
  • Uitleg aan bewoners over hun installatie en zuinig stoken

Talen
Nederlands – moedertaal
Engels – goed (technische documentatie)

Hobby's
Klimmen in de hal in Utrecht, fietsen, en een oude camperbus ombouwen met zonnepanelen en een \
eigen verwarming.

Referenties op aanvraag.
"""

DANIELLE_LETTER = """\
Daniëlle Kok
Nieuwegein
06-23456789
danielle.kok@example.nl

Vonk & Van Leeuwen Installatietechniek B.V.
T.a.v. mevrouw I. Meijer, HR-adviseur
Lage Weide, Utrecht

Betreft: sollicitatie servicemonteur installatietechniek

Geachte mevrouw Meijer,

Graag solliciteer ik naar de functie van servicemonteur installatietechniek. Ik werk nu zes jaar \
als servicemonteur bij Hollander Techniek in Nieuwegein en ben toe aan een volgende stap: bij een \
bedrijf waar de klant meer is dan een adres op de planning, en waar ik mij verder kan ontwikkelen \
in warmtepompen.

Bij Hollander Techniek doe ik vooral onderhoud en storingen voor woningcorporaties. Dat werk ken \
ik door en door: ik bezoek zes tot acht adressen per dag en los de meeste storingen bij het \
eerste bezoek op. Het liefst zoek ik de lastige storingen uit. Vorig jaar vielen de \
warmtepompen van een VvE steeds 's nachts uit op hogedruk; er waren al twee monteurs geweest. \
Door de drukken en temperaturen een etmaal te loggen, vond ik de oorzaak: dichtgeslibde \
vuilfilters en te kleine expansievaten. Sindsdien is het stil, en de fabrikant gebruikt mijn \
aanpak nu in zijn eigen servicebulletin.

Wat ik mis, is tijd voor de bewoners. Onze planning is zo strak dat ik klachten vaak moet \
doorzetten naar de klantenservice in plaats van ze zelf op te lossen. Uit uw vacature en uit \
gesprekken met een van uw monteurs op een opleidingsavond begrijp ik dat u dat anders doet: de \
monteur is het gezicht van het bedrijf en krijgt de ruimte om het goed af te maken. Daar wil ik \
graag bij horen.

Ik ben in het bezit van VCA-VOL, VIAG en het F-gassencertificaat categorie I, en ik volg graag \
uw opleidingen voor warmtepompen en ventilatie. Mijn opzegtermijn is één maand. Ik vertel u \
graag in een gesprek meer over mijn ervaring.

Met vriendelijke groet,

Daniëlle Kok
"""

THIJS_CV = """\
CURRICULUM VITAE

Personalia
Naam: Thijs van Dijk
Woonplaats: Houten
Telefoon: 06-34567890
E-mail: thijs.vandijk@example.nl
Rijbewijs: B

Profiel
Enthousiaste monteur met vier jaar ervaring in de installatietechniek, waarvan twee jaar in \
de service. Ik werk graag met mensen, ben flexibel inzetbaar en wil mij ontwikkelen tot een \
allround servicemonteur voor cv-ketels en warmtepompen.

Werkervaring
2022 – heden    Servicemonteur, Klimaatgroep Lek en IJssel, Vianen
  • Periodiek onderhoud aan cv-ketels en geisers bij particulieren, vijf tot zeven adressen per \
dag
  • Eenvoudige storingen verhelpen; complexe storingen samen met de eerste monteur
  • Onderhoud van mechanische ventilatie en wtw-units
  • Vast aanspreekpunt voor twee VvE's in Houten: inventarisatie van klachten en planning

2020 – 2022    Monteur nieuwbouw, Bouwinstallatie Centraal, Utrecht
  • Aanleg van vloerverwarming, cv-leidingen en ventilatiekanalen in nieuwbouwprojecten
  • Plaatsen en aansluiten van lucht-waterwarmtepompen onder begeleiding
  • Samenwerking met elektriciens en loodgieters op de bouwplaats

2019 – 2020    Stagiair (BOL), Installatiebedrijf Houten-Zuid

Opleiding
2016 – 2020    MBO niveau 4, Technicus installatietechniek (BOL), ROC Midden Nederland, \
Utrecht – diploma
2012 – 2016    VMBO kaderberoepsgerichte leerweg, profiel installeren en energie, Houten – \
diploma

Certificaten
  • VCA-basis (2020)
  • VIAG – Veilig Installeren en Aanpassen van Gasinstallaties (2023)
  • F-gassen persoonscertificaat categorie I – examen gepland
  • Cursus klantgericht communiceren voor monteurs (2023)

Vaardigheden
  • Onderhoud aan cv-ketels van de gangbare merken volgens de checklist van de fabrikant
  • Rookgasanalyse en CO-meting
  • Vloerverwarming en ventilatie: aanleg en inregelen
  • Planning en klantcontact via de servicetablet

Talen
Nederlands – moedertaal
Engels – redelijk

Hobby's
Voetbal (trainer van een jeugdteam bij Houten), gamen en klussen aan het eigen huis.

Referenties op aanvraag.
"""

THIJS_LETTER = """\
Thijs van Dijk
Houten
06-34567890
thijs.vandijk@example.nl

Vonk & Van Leeuwen Installatietechniek B.V.
T.a.v. mevrouw I. Meijer, HR-adviseur
Lage Weide, Utrecht

Betreft: sollicitatie servicemonteur installatietechniek

Geachte mevrouw Meijer,

Op uw website las ik dat u een servicemonteur zoekt. Die functie past precies bij wat ik de \
afgelopen twee jaar ben gaan doen en waar ik in wil groeien, en daarom stuur ik u graag mijn \
sollicitatie.

Na mijn opleiding tot technicus installatietechniek (mbo niveau 4) heb ik twee jaar in de \
nieuwbouw gewerkt. Daar leerde ik vloerverwarming, ventilatie en warmtepompen aanleggen, maar ik \
miste het contact met de mensen die er gaan wonen. Sinds 2022 werk ik daarom als servicemonteur \
bij Klimaatgroep Lek en IJssel. Ik doe onderhoud aan cv-ketels en ventilatie, en ik ben het vaste \
aanspreekpunt voor twee VvE's in Houten. Bewoners weten mij te vinden, en ik vind het leuk om \
een klacht helemaal af te handelen: van het eerste telefoontje tot de laatste controle.

Ik weet dat ik nog niet alles zelf kan. Lastige storingen los ik nu op met de eerste monteur, en \
het examen voor het F-gassencertificaat moet ik nog doen. Maar ik leer snel, ik vraag door als \
ik iets niet weet, en ik wil graag verder in warmtepompen. Uw opleidingen en de meeloopdag in de \
procedure spreken mij daarom erg aan.

Ik woon in Houten, midden in uw werkgebied, en kan binnen een maand beginnen. Graag vertel ik u \
in een gesprek meer over mijzelf.

Met vriendelijke groet,

Thijs van Dijk
"""

CANDIDATES: tuple[ExampleCandidate, ...] = (
    ExampleCandidate(
        name="Joël Bakker",
        email="joel.bakker@example.nl",
        phone="06-12345678",
        city="Zeist",
        status="invited",
        cv=JOEL_CV,
        letter=JOEL_LETTER,
    ),
    ExampleCandidate(
        name="Mehmet Öztürk",
        email="mehmet.ozturk@example.nl",
        phone="06-87654321",
        city="Utrecht",
        status="applied",
        cv=MEHMET_CV,
        letter=MEHMET_LETTER,
    ),
    # Interviewed a week ago; the panel has decided (see example_panel_texts).
    ExampleCandidate(
        name="Daniëlle Kok",
        email="danielle.kok@example.nl",
        phone="06-23456789",
        city="Nieuwegein",
        status="decided",
        cv=DANIELLE_CV,
        letter=DANIELLE_LETTER,
    ),
    # Interviewed a few days ago; one panel member's form is still open.
    ExampleCandidate(
        name="Thijs van Dijk",
        email="thijs.vandijk@example.nl",
        phone="06-34567890",
        city="Houten",
        status="interviewed",
        cv=THIJS_CV,
        letter=THIJS_LETTER,
    ),
)

#: The panel of the example interview, in panel order: chair first.
INTERVIEWERS: tuple[ExampleInterviewer, ...] = (
    ExampleInterviewer("Sanne de Vries", "s.devries@example.nl", "Vestigingsmanager", "chair"),
    ExampleInterviewer("René Mulder", "r.mulder@example.nl", "Teamleider service", "member"),
    ExampleInterviewer("Inge Meijer", "i.meijer@example.nl", "HR-adviseur", "hr"),
)

# -- The interview in progress ------------------------------------------------------
# Mehmet Öztürk's interview is under way: the panel (chair and member) is at the skills
# stage, with notes typed in the earlier stages. It shows a first-time user what an
# interview looks like halfway, and is what `interviewdesk screenshot --view wizard`
# renders.

PROGRESS_PANEL: tuple[tuple[str, str], ...] = (
    ("Sanne de Vries", "chair"),
    ("René Mulder", "member"),
)
PROGRESS_STAGE = SKILLS
PROGRESS_MINUTES_AGO = 24

#: Per stage: seconds spent, ticked checklist items, notes.
PROGRESS_STAGES: dict[str, tuple[int, tuple[str, ...], str]] = {
    "preparation": (
        0,
        ("review_vacancy", "identify_competencies", "compose_panel", "review_candidate",
         "not_forget:job_description", "not_forget:assessment_forms", "not_forget:notepad"),
        "Cv doorgenomen: 6 jaar ervaring bij een woningcorporatie, F-gassen categorie 1. "
        "Doorvragen naar ervaring met warmtepompen.",
    ),
    "opening": (
        390,
        ("introduce_panel", "introduce_company_role", "explain_format"),
        "Kandidaat iets nerveus, ontspande na uitleg van de opzet. Koffie aangeboden.",
    ),
    EXPERIENCE: (
        820,
        ("current_previous_jobs", "reason_for_leaving", "key_projects"),
        "Zoekt meer afwisseling dan bij de corporatie (vooral planmatig onderhoud). "
        "Noemt de renovatie van 120 woningen in Kanaleneiland als trotse klus.",
    ),
    SKILLS: (
        230,
        ("technical_skills",),
        "Inbedrijfstelling hybride warmtepomp: noemt stooklijn, waterdruk en debiet "
        "zonder te aarzelen.",
    ),
}

#: Notes per question, by (stage, position in that stage): asked, notes.
PROGRESS_ANSWERS: dict[tuple[str, int], tuple[bool, str]] = {
    (EXPERIENCE, 0): (True, "Vooral planmatig onderhoud, ca. 6 adressen per dag, Remeha en "
                            "Intergas. Storingen alleen in de winterpiek."),
    (EXPERIENCE, 1): (True, "Wil meer storingswerk en klantcontact; kent ons van een "
                            "oud-collega."),
    (EXPERIENCE, 2): (True, "Renovatie Kanaleneiland: 120 ketels vervangen in 8 weken, "
                            "coördineerde met twee leerlingen."),
    (SKILLS, 0): (True, "Goed: controleert aanvoertemperatuur en legt klant de app uit."),
}


#: The example's one reference check: Daniëlle Kok's team leader at her current
#: employer, called by HR with her consent (``example.REFERENCE_CONSENT_*``).
REFERENCE_CHECK = {
    "referee_name": "Marco Hollander",
    "relation": "Teamleider service, haar directe leidinggevende",
    "organisation": "Hollander Techniek B.V.",
    "phone": "030-7654321",
    "asked": "1. Hoe lost Daniëlle lastige storingen op?\n"
             "2. Hoe gaat ze om met een klant die een klacht heeft?\n"
             "3. Zou je opnieuw met haar willen werken?",
    "said": "1. De beste storingszoeker van het team; collega's bellen haar als ze vastlopen. "
            "Werkt systematisch en legt vast wat ze vond.\n"
            "2. Vriendelijk en geduldig, maar bij een echte klacht schuift ze die liever door "
            "naar de planning dan dat ze het zelf afhandelt. Daar hebben we het vorig jaar over "
            "gehad; ze is het aan het leren.\n"
            "3. Direct. We laten haar niet graag gaan.",
}
