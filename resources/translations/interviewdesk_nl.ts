<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnchorsEditor</name>
    <message>
        <source>What does a {score} look like for this competency?</source>
        <translation>Hoe ziet een {score} eruit voor deze competentie?</translation>
    </message>
    <message>
        <source>&amp;{score} · {name}</source>
        <translation>&amp;{score} · {name}</translation>
    </message>
</context>
<context>
    <name>AssessmentFormWindow</name>
    <message>
        <source>Assessment form · {rater} · {candidate}</source>
        <translation>Beoordelingsformulier · {rater} · {candidate}</translation>
    </message>
    <message>
        <source>Click the anchor that fits what you saw and heard, or press 1 to 5 while a competency&apos;s anchors have the focus (0: not assessed) — the focus then moves on to the next competency. Tab reaches the evidence.</source>
        <translation>Klik op het anker dat past bij wat je zag en hoorde, of druk op 1 tot 5 terwijl de ankers van een competentie de focus hebben (0: niet beoordeeld) — de focus gaat dan naar de volgende competentie. Met Tab kom je bij de onderbouwing.</translation>
    </message>
    <message>
        <source>This vacancy has no competencies to score. Add them to the vacancy; until then only the recommendation and your notes below can be filled in.</source>
        <translation>Deze vacature heeft geen competenties om te scoren. Voeg ze toe aan de vacature; tot die tijd kun je alleen het advies en je opmerkingen hieronder invullen.</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Afdrukken of opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print &amp;compact (chosen anchors only)…</source>
        <translation>&amp;Compact afdrukken (alleen de gekozen ankers)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulier</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Form not submitted</source>
        <translation>Formulier niet ingediend</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so the form was not submitted. Nothing is lost; try again in a moment.</source>
        <translation>Je laatste wijzigingen konden niet worden opgeslagen, dus het formulier is niet ingediend. Er gaat niets verloren; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The form is not complete yet</source>
        <translation>Het formulier is nog niet compleet</translation>
    </message>
    <message>
        <source>This form no longer exists; the interview may have been deleted.</source>
        <translation>Dit formulier bestaat niet meer; misschien is het gesprek verwijderd.</translation>
    </message>
    <message>
        <source>Submit without evidence?</source>
        <translation>Indienen zonder onderbouwing?</translation>
    </message>
    <message>
        <source>You scored {names} without writing the evidence. The panel discussion and the report show what each score rests on.

Submit without evidence for {names}?</source>
        <translation>Je hebt {names} een score gegeven zonder onderbouwing. De panelbespreking en het verslag laten zien waarop elke score berust.

Indienen zonder onderbouwing voor {names}?</translation>
    </message>
    <message>
        <source>Submit without evidence</source>
        <translation>Indienen zonder onderbouwing</translation>
    </message>
    <message>
        <source>Go back and write it</source>
        <translation>Terug om die te schrijven</translation>
    </message>
    <message>
        <source>A score without evidence: write what you saw or heard.</source>
        <translation>Een score zonder onderbouwing: schrijf op wat je zag of hoorde.</translation>
    </message>
    <message>
        <source>Mark as not assessed and submit?</source>
        <translation>Als niet beoordeeld markeren en indienen?</translation>
    </message>
    <message>
        <source>You wrote evidence but chose no score for: {names}.

Mark them as not assessed and submit the form?</source>
        <translation>Je hebt een onderbouwing geschreven, maar geen score gekozen voor: {names}.

Deze als niet beoordeeld markeren en het formulier indienen?</translation>
    </message>
    <message>
        <source>Mark as not assessed and submit</source>
        <translation>Als niet beoordeeld markeren en indienen</translation>
    </message>
    <message>
        <source>Go back and score</source>
        <translation>Terug om te scoren</translation>
    </message>
    <message>
        <source>Choose a score, or Not assessed, for: {names}.</source>
        <translation>Kies een score, of Niet beoordeeld, voor: {names}.</translation>
    </message>
    <message>
        <source>You wrote evidence but chose no score for: {names}. Choose a score, or Not assessed.</source>
        <translation>Je hebt een onderbouwing geschreven, maar geen score gekozen voor: {names}. Kies een score, of Niet beoordeeld.</translation>
    </message>
    <message>
        <source>Choose your overall recommendation.</source>
        <translation>Kies je eindadvies.</translation>
    </message>
    <message>
        <source>Choose a score, or Not assessed.</source>
        <translation>Kies een score, of Niet beoordeeld.</translation>
    </message>
    <message>
        <source>There is evidence but no score: choose a score, or Not assessed.</source>
        <translation>Er is een onderbouwing, maar geen score: kies een score, of Niet beoordeeld.</translation>
    </message>
    <message>
        <source>Form not reopened</source>
        <translation>Formulier niet heropend</translation>
    </message>
    <message>
        <source>The form could not be reopened.</source>
        <translation>Het formulier kon niet worden heropend.</translation>
    </message>
    <message>
        <source>Form already submitted</source>
        <translation>Formulier al ingediend</translation>
    </message>
    <message>
        <source>This form was submitted in the meantime, so it is read-only now; the last change was not saved. Reopen it to change it.</source>
        <translation>Dit formulier is intussen ingediend en is nu alleen-lezen; de laatste wijziging is niet opgeslagen. Heropen het formulier om het te wijzigen.</translation>
    </message>
    <message>
        <source>Form not saved</source>
        <translation>Formulier niet opgeslagen</translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so the form stays open and keeps them. Try closing it again in a moment.</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen. Daarom blijft het formulier open en houdt het ze vast. Probeer het straks opnieuw te sluiten.</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Nothing is left open: every checklist item is ticked, every question asked and answered, and the feedback date is set.</source>
        <translation>Er staat niets meer open: alles op de checklists is afgevinkt, elke vraag is gesteld en beantwoord, en de datum voor terugkoppeling staat vast.</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Staat nog open</translation>
    </message>
    <message>
        <source>Checklist items not ticked, by stage</source>
        <translation>Niet afgevinkte punten, per onderdeel</translation>
    </message>
    <message>
        <source>Planned questions not asked</source>
        <translation>Geplande vragen die niet gesteld zijn</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions not answered</source>
        <translation>Onbeantwoorde vragen van de kandidaat</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Datum terugkoppeling</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel. Add the interviewers in the interview&apos;s details.</source>
        <translation>Er zit niemand in het panel van dit gesprek. Voeg de interviewers toe bij de gegevens van het gesprek.</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>Panelbespreking</translation>
    </message>
    <message>
        <source>Compare the panel&apos;s scores, agree on the differences and record the decision</source>
        <translation>Vergelijk de scores van het panel, kom tot overeenstemming over de verschillen en leg het besluit vast</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Logboek…</translation>
    </message>
    <message>
        <source>Who opened, submitted and reopened forms, and when (no scores)</source>
        <translation>Wie formulieren opende, indiende en heropende, en wanneer (geen scores)</translation>
    </message>
    <message>
        <source>The panel compares scores once everyone has submitted, or once the chair closes the round early and says why.</source>
        <translation>Het panel vergelijkt de scores zodra iedereen heeft ingediend, of zodra de voorzitter de beoordelingsronde eerder sluit en zegt waarom.</translation>
    </message>
    <message>
        <source>Who assesses the candidate</source>
        <translation>Wie de kandidaat beoordelen</translation>
    </message>
    <message>
        <source>Each panel member assesses on their own, before the panel compares scores.</source>
        <translation>Elk panellid beoordeelt eerst zelfstandig; daarna vergelijkt het panel de scores.</translation>
    </message>
    <message>
        <source>{stage}:</source>
        <translation>{stage}:</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(geen vraagtekst)</translation>
    </message>
    <message>
        <source>Set the date by which the candidate hears back</source>
        <translation>Leg de datum vast waarop de kandidaat uiterlijk iets hoort</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Opening and submitting forms, reopening one, closing the round early and PIN changes are recorded here.</source>
        <translation>Nog niets vastgelegd. Hier komt te staan wie een formulier opent, indient of heropent, wie de ronde eerder sluit en wie een pincode instelt of wijzigt.</translation>
    </message>
    <message>
        <source>Who did what with the assessments of this interview, and when. No scores are recorded here.</source>
        <translation>Wie wat deed met de beoordelingen van dit gesprek, en wanneer. Scores worden hier niet vastgelegd.</translation>
    </message>
</context>
<context>
    <name>BackgroundFullCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>The full check of your database found damage (details below): some lists and searches may miss records. Nothing was changed. Close InterviewDesk and start it again: it then checks the whole file first and offers the newest good backup, keeping the damaged file aside.</source>
        <translation>De volledige controle van je database heeft schade gevonden (details hieronder): sommige lijsten en zoekresultaten kunnen gegevens missen. Er is niets gewijzigd. Sluit InterviewDesk en start het opnieuw: het controleert dan eerst het hele bestand en biedt de nieuwste goede back-up aan; het beschadigde bestand wordt ernaast bewaard.</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <source>The calibration view shows your own figures by name, and those of colleagues who share theirs or whose interviews you chaired.</source>
        <extracomment>What a reading on the worker thread hands over: the two reports, who share their figures, and the chairs of the interviews counted.</extracomment>
        <translation>De kalibratie toont je eigen cijfers met naam, en die van collega&apos;s die hun cijfers delen of van wie je de gesprekken als voorzitter leidde.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end on or after the start.</source>
        <translation>De periode eindigt voordat ze begint: kies een einde op of na het begin.</translation>
    </message>
    <message>
        <source>That vacancy was deleted meanwhile.</source>
        <translation>Die vacature is intussen verwijderd.</translation>
    </message>
    <message>
        <source>Interviewer {letter}</source>
        <translation>Interviewer {letter}</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>goede overeenstemming</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>matige overeenstemming</translation>
    </message>
    <message>
        <source>poor agreement</source>
        <translation>zwakke overeenstemming</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <source>cannot be determined</source>
        <translation>niet te bepalen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source> (95% interval {low} to {high})</source>
        <translation> (95%-interval {low} tot {high})</translation>
    </message>
    <message>
        <source>{value}{band}, {reading}</source>
        <translation>{value}{band}, {reading}</translation>
    </message>
    <message>
        <source>Closed rounds counted: {n}. Interviews with a round still open, not counted: {open}.</source>
        <translation>Gesloten beoordelingsrondes geteld: {n}. Gesprekken met een nog open ronde, niet geteld: {open}.</translation>
    </message>
    <message>
        <source>Nobody chosen: only interviewers who share their calibration figures are named; the others appear as a letter. Choose who you are to see your own.</source>
        <translation>Niemand gekozen: alleen interviewers die hun kalibratiecijfers delen staan er met naam; de anderen staan als letter. Kies wie je bent om je eigen cijfers te zien.</translation>
    </message>
    <message>
        <source>Named: you, colleagues who share their calibration figures and those whose interviews you chaired; the others appear as a letter.</source>
        <translation>Met naam: jij, collega&apos;s die hun kalibratiecijfers delen en wie je als voorzitter begeleidde; de anderen staan als letter.</translation>
    </message>
    <message>
        <source>No closed assessment rounds to compare yet.</source>
        <translation>Nog geen gesloten beoordelingsrondes om te vergelijken.</translation>
    </message>
    <message>
        <source>good (from 0.75)</source>
        <translation>goed (vanaf 0.75)</translation>
    </message>
    <message>
        <source>moderate (from 0.50)</source>
        <translation>matig (vanaf 0.50)</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>{n} × {k}</source>
        <translation>{n} × {k}</translation>
    </message>
    <message>
        <source>{competency}: ICC(2,1) {text}; interviews × interviewers: {basis}</source>
        <translation>{competency}: ICC(2,1) {text}; gesprekken × interviewers: {basis}</translation>
    </message>
    <message>
        <source>{who} · {competency} ({vacancy}): scored {score}; mean of the others {mean} (n = {n}); difference {difference}</source>
        <translation>{who} · {competency} ({vacancy}): score {score}; gemiddelde van de anderen {mean} (n = {n}); verschil {difference}</translation>
    </message>
    <message>
        <source>one score against the others&apos; mean</source>
        <translation>één score tegenover het gemiddelde van de anderen</translation>
    </message>
    <message>
        <source>mean (leniency)</source>
        <translation>gemiddelde (mildheid)</translation>
    </message>
    <message>
        <source>less than 2 points apart</source>
        <translation>minder dan 2 punten verschil</translation>
    </message>
    <message>
        <source>milder →</source>
        <translation>milder →</translation>
    </message>
    <message>
        <source>← stricter</source>
        <translation>← strenger</translation>
    </message>
    <message>
        <source>{figure}   (n = {n})</source>
        <translation>{figure}   (n = {n})</translation>
    </message>
    <message>
        <source>From {n} finished interviews in this selection (finished in the interview window).</source>
        <translation>Uit {n} afgeronde gesprekken in deze selectie (afgerond in het gespreksvenster).</translation>
    </message>
    <message>
        <source>{x} of {n}</source>
        <translation>{x} van {n}</translation>
    </message>
    <message>
        <source>No finished interviews in this selection.</source>
        <translation>Geen afgeronde gesprekken in deze selectie.</translation>
    </message>
    <message>
        <source>No questions were added on the spot.</source>
        <translation>Er zijn geen vragen ter plekke toegevoegd.</translation>
    </message>
    <message>
        <source>Added on the spot: {list}.</source>
        <translation>Ter plekke toegevoegd: {list}.</translation>
    </message>
    <message>
        <source>{stage} {n} (in {k} of {total} interviews)</source>
        <translation>{stage} {n} (in {k} van {total} gesprekken)</translation>
    </message>
    <message>
        <source>None of these interviews has a feedback date.</source>
        <translation>Geen van deze gesprekken heeft een datum voor terugkoppeling.</translation>
    </message>
    <message>
        <source>{share} on time ({x} of {n}); {late} late, {overdue} not yet told although the date has passed, {pending} not yet due.</source>
        <translation>{share} op tijd ({x} van {n}); {late} te laat, {overdue} nog niet teruggekoppeld terwijl de datum voorbij is, {pending} nog niet aan de beurt.</translation>
    </message>
    <message>
        <source>Late ones came {days} days after the date on average.</source>
        <translation>Te late terugkoppeling kwam gemiddeld {days} dagen na de datum.</translation>
    </message>
    <message>
        <source>Interviewer calibration - {scope} - {date}</source>
        <translation>Kalibratie van interviewers - {scope} - {date}</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Kalibratie van interviewers</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacature:</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Alle vacatures</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;Viewed by:</source>
        <translation>&amp;Bekeken door:</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand gekozen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>The same figures as a document, with the names this view shows</source>
        <translation>Dezelfde cijfers als document, met de namen die deze weergave toont</translation>
    </message>
    <message>
        <source>Agreement per competency</source>
        <translation>Overeenstemming per competentie</translation>
    </message>
    <message>
        <source>Bar: ICC(2,1), how far one interviewer&apos;s score can be trusted on its own; line: its 95% confidence interval; dashed: 0.50 and 0.75 (Koo &amp; Li 2016). Fewer than 3 interviews rated by the same 2 or more interviewers give no number.</source>
        <translation>Balk: ICC(2,1), hoe ver de score van één interviewer op zichzelf te vertrouwen is; streep: het 95%-betrouwbaarheidsinterval; gestippeld: 0,50 en 0,75 (Koo &amp; Li 2016). Minder dan 3 gesprekken gescoord door dezelfde 2 of meer interviewers geven geen getal.</translation>
    </message>
    <message>
        <source>Agreement per competency, as bars</source>
        <translation>Overeenstemming per competentie, als balken</translation>
    </message>
    <message>
        <source>The table below holds the same figures.</source>
        <translation>De tabel eronder bevat dezelfde cijfers.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>ICC(2,1) one interviewer</source>
        <translation>ICC(2,1) één interviewer</translation>
    </message>
    <message>
        <source>Interviews × interviewers</source>
        <translation>Gesprekken × interviewers</translation>
    </message>
    <message>
        <source>ICC(2,k) panel mean</source>
        <translation>ICC(2,k) panelgemiddelde</translation>
    </message>
    <message>
        <source>Per interviewer</source>
        <translation>Per interviewer</translation>
    </message>
    <message>
        <source>Each dot is one score minus the mean of the other panel members on the same competency in the same interview: right of 0 milder, left stricter. The bar is the mean (leniency); the grey band is less than 2 points apart.</source>
        <translation>Elke stip is één score min het gemiddelde van de andere panelleden op dezelfde competentie in hetzelfde gesprek: rechts van 0 milder, links strenger. Het streepje is het gemiddelde (mildheid); het grijze vlak is minder dan 2 punten verschil.</translation>
    </message>
    <message>
        <source>Scores against the panel, as dots</source>
        <translation>Scores tegenover het panel, als stippen</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Mildheid</translation>
    </message>
    <message>
        <source>Spread (range)</source>
        <translation>Spreiding (bereik)</translation>
    </message>
    <message>
        <source>2+ points off</source>
        <translation>2+ punten af</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Evidence (characters)</source>
        <translation>Onderbouwing (tekens)</translation>
    </message>
    <message>
        <source>How the interviews went</source>
        <translation>Hoe de gesprekken verliepen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Time per stage</source>
        <translation>Tijd per onderdeel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gesteld</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Minutes per stage, means over the interviews in which the stage was timed (n). Over plan: more than a quarter and at least 3 minutes over the plan.</source>
        <translation>Minuten per onderdeel, gemiddeld over de gesprekken waarin het onderdeel getimed is (n). Uitgelopen: meer dan een kwart en minstens 3 minuten over de planning.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>Not timed</source>
        <translation>Niet getimed</translation>
    </message>
    <message>
        <source>Feedback on time</source>
        <translation>Terugkoppeling op tijd</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Kandidaat bewerken</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Sollicitaties</translation>
    </message>
    <message>
        <source>The candidate&apos;s CV. Its text is shown beside the interview, with competency keywords highlighted.</source>
        <translation>Het cv van de kandidaat. De tekst staat tijdens het gesprek ernaast, met de trefwoorden van de competenties gemarkeerd.</translation>
    </message>
    <message>
        <source>The candidate&apos;s motivation letter.</source>
        <translation>De motivatiebrief van de kandidaat.</translation>
    </message>
    <message>
        <source>C&amp;V</source>
        <translation>&amp;Cv</translation>
    </message>
    <message>
        <source>Motivation &amp;letter</source>
        <translation>&amp;Motivatiebrief</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>“u” (Geachte …, uw sollicitatie)</source>
        <translation>„u” (Geachte …, uw sollicitatie)</translation>
    </message>
    <message>
        <source>“je” (Beste …, je sollicitatie)</source>
        <translation>„je” (Beste …, je sollicitatie)</translation>
    </message>
    <message>
        <source>How Dutch letters and e-mails address this candidate.</source>
        <translation>Hoe Nederlandse brieven en e-mails deze kandidaat aanspreken.</translation>
    </message>
    <message>
        <source>How they applied, availability, salary expectations…</source>
        <translation>Hoe de kandidaat solliciteerde, beschikbaarheid, salariswensen…</translation>
    </message>
    <message>
        <source>&amp;Keep data 1 year (candidate consented)</source>
        <translation>Gegevens 1 jaar &amp;bewaren (met toestemming kandidaat)</translation>
    </message>
    <message>
        <source>May ask for a &amp;reference (candidate consented)</source>
        <translation>&amp;Referentie opvragen mag (toestemming kandidaat)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Woonplaats:</translation>
    </message>
    <message>
        <source>Address a&amp;s:</source>
        <translation>Aan&amp;spreken met:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Bewaartermijn:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vacancy to apply to</source>
        <translation>Vacature om op te solliciteren</translation>
    </message>
    <message>
        <source>&amp;Apply to vacancy</source>
        <translation>&amp;Sollicitatie toevoegen</translation>
    </message>
    <message>
        <source>There are no vacancies yet. Create one to link this candidate to it.</source>
        <translation>Er zijn nog geen vacatures. Maak er een aan om deze kandidaat eraan te koppelen.</translation>
    </message>
    <message>
        <source>Not applied to a vacancy yet — choose one below.</source>
        <translation>Nog niet gesolliciteerd op een vacature — kies er hieronder een.</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Toestemming vastgelegd op {date}.</translation>
    </message>
    <message>
        <source>Fill in when and how the candidate consented, and who recorded it.</source>
        <translation>Vul in wanneer en hoe de kandidaat toestemming gaf, en wie dat heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Without consent, the data is due for deletion 4 weeks after the procedure ends.</source>
        <translation>Zonder toestemming moeten de gegevens 4 weken na het einde van de procedure verwijderd worden.</translation>
    </message>
    <message>
        <source>Tick what to fill in on the form. Nothing is saved until you save the candidate.</source>
        <translation>Vink aan wat je op het formulier wilt invullen. Er wordt niets opgeslagen tot je de kandidaat opslaat.</translation>
    </message>
    <message>
        <source>Fill in ticked</source>
        <translation>Aangevinkte invullen</translation>
    </message>
    <message>
        <source>The data may be kept until 4 weeks after the procedure ends (1 year with consent).</source>
        <translation>De gegevens mogen bewaard worden tot 4 weken na het einde van de procedure (1 jaar met toestemming).</translation>
    </message>
    <message>
        <source>Keep until {date} (as saved).</source>
        <translation>Bewaren tot {date} (zoals opgeslagen).</translation>
    </message>
    <message>
        <source>Hired: keep until moved to the personnel file.</source>
        <translation>Aangenomen: bewaren tot overdracht naar het personeelsdossier.</translation>
    </message>
    <message>
        <source>Kept while the procedure is open (no end date yet).</source>
        <translation>Bewaard zolang de procedure loopt (nog geen einddatum).</translation>
    </message>
    <message>
        <source>Fill in the candidate&apos;s name.</source>
        <translation>Vul de naam van de kandidaat in.</translation>
    </message>
    <message>
        <source>Fill in how the consent was given, who recorded it and (for a reference) whom to ask: the firm must be able to show it.</source>
        <translation>Vul in hoe de toestemming is gegeven, wie die heeft vastgelegd en (bij een referentie) bij wie je navraag doet: dat moet je kunnen aantonen.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>If the candidate was erased at their own request or because the retention period ended, do not save them again: choose “Keep editing”, then close this window and discard the changes.</source>
        <translation>Is de kandidaat op eigen verzoek gewist, of omdat de bewaartermijn voorbij was? Sla de kandidaat dan niet opnieuw op: kies “Verder bewerken”, sluit daarna dit venster en gooi de wijzigingen weg.</translation>
    </message>
</context>
<context>
    <name>CandidateDock</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Words from the vacancy&apos;s competencies are highlighted.</source>
        <translation>Woorden uit de competenties van de vacature zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>No CV yet — import one from the candidate (PDF, DOCX or TXT).</source>
        <translation>Nog geen cv — importeer er een bij de kandidaat (PDF, DOCX of TXT).</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>No motivation letter yet — import one from the candidate (PDF, DOCX or TXT).</source>
        <translation>Nog geen motivatiebrief — importeer er een bij de kandidaat (PDF, DOCX of TXT).</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Motivatiebrief</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <source>The CV as the candidate sent it (PDF)</source>
        <translation>Het cv zoals de kandidaat het stuurde (PDF)</translation>
    </message>
</context>
<context>
    <name>CandidateMerge</name>
    <message>
        <source>the candidate&apos;s name</source>
        <extracomment>The free texts: a merge of both makes sense.</extracomment>
        <translation>de naam van de kandidaat</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>the place of residence</source>
        <translation>de woonplaats</translation>
    </message>
    <message>
        <source>the form of address</source>
        <translation>de aanspreekvorm</translation>
    </message>
    <message>
        <source>the notes on the candidate</source>
        <translation>de notities over de kandidaat</translation>
    </message>
    <message>
        <source>the CV text</source>
        <translation>de tekst van het cv</translation>
    </message>
    <message>
        <source>the motivation letter</source>
        <translation>de motivatiebrief</translation>
    </message>
    <message>
        <source>the consent to keep the data for 1 year</source>
        <translation>de toestemming om de gegevens 1 jaar te bewaren</translation>
    </message>
    <message>
        <source>how the consent to keep the data was given</source>
        <translation>hoe de toestemming om de gegevens te bewaren is gegeven</translation>
    </message>
    <message>
        <source>the consent to ask a reference</source>
        <translation>de toestemming om een referentie na te vragen</translation>
    </message>
    <message>
        <source>the status of the application for “{vacancy}”</source>
        <translation>de status van de sollicitatie op “{vacancy}”</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Gegeven op {date}</translation>
    </message>
    <message>
        <source>recorded by {who}</source>
        <translation>vastgelegd door {who}</translation>
    </message>
</context>
<context>
    <name>CandidateQuestionRow</name>
    <message>
        <source>The candidate&apos;s question</source>
        <translation>De vraag van de kandidaat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The answer the panel gave</source>
        <translation>Het antwoord van het panel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>CandidateQuestionsSection</name>
    <message>
        <source>No questions noted yet. Type the candidate&apos;s question below and press Enter; write the answer beneath it and tick “Answered”.</source>
        <translation>Nog geen vragen genoteerd. Typ hieronder de vraag van de kandidaat en druk op Enter; schrijf het antwoord eronder en vink „Beantwoord” aan.</translation>
    </message>
    <message>
        <source>The candidate&apos;s question — Enter adds it</source>
        <translation>Vraag van de kandidaat — Enter voegt hem toe</translation>
    </message>
    <message>
        <source>New question of the candidate</source>
        <translation>Nieuwe vraag van de kandidaat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation>Vragen van de kandidaat</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Vraag niet toegevoegd</translation>
    </message>
    <message>
        <source>The question could not be saved. It is still in the field, so you can try again.</source>
        <translation>De vraag kon niet worden opgeslagen. Hij staat nog in het veld, zodat je het opnieuw kunt proberen.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Remove the candidate&apos;s question “{question}” and its answer?</source>
        <translation>De vraag „{question}” van de kandidaat en het antwoord erop verwijderen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Question not removed</source>
        <translation>Vraag niet verwijderd</translation>
    </message>
    <message>
        <source>The question could not be removed.</source>
        <translation>De vraag kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Name</source>
        <extracomment>Team mode: &quot;taken offline by … since …&quot; by candidate id (set before rows): their status says so, since what is recorded about them waits for it.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>{status} · {offline}</source>
        <translation>{status} · {offline}</translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} van {planned}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} over tijd</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>{elapsed} / {planned}</source>
        <translation>{elapsed} / {planned}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Resume ({key})</source>
        <translation>Klok hervatten ({key})</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Start the clock ({key})</source>
        <translation>Start de klok ({key})</translation>
    </message>
    <message>
        <source>Pause ({key})</source>
        <translation>Pauze ({key})</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close the round early</source>
        <translation>Ronde eerder sluiten</translation>
    </message>
    <message>
        <source>Not submitted yet: {names}</source>
        <translation>Nog niet ingediend: {names}</translation>
    </message>
    <message>
        <source>Closing the round opens every submitted assessment to everyone, now. The forms still open can be submitted later, but they are then marked as submitted after the round was closed: whoever fills them in may have seen the others&apos; scores.</source>
        <translation>Als je de ronde sluit, zijn alle ingediende beoordelingen meteen voor iedereen zichtbaar. De formulieren die nog open staan, kunnen later nog worden ingediend, maar krijgen dan de aantekening ‘ingediend na het sluiten van de ronde’: wie ze invult, kan de scores van de anderen al hebben gezien.</translation>
    </message>
    <message>
        <source>For example: René is on leave until March and the candidate needs an answer.</source>
        <translation>Bijvoorbeeld: René is tot maart met verlof en de kandidaat wacht op antwoord.</translation>
    </message>
    <message>
        <source>Reason for closing the round</source>
        <translation>Reden om de ronde te sluiten</translation>
    </message>
    <message>
        <source>&amp;Why is the round closed before everyone has submitted?</source>
        <translation>&amp;Waarom sluit je de ronde voordat iedereen heeft ingediend?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>The reason, your name and the moment are kept with the interview and shown in its audit trail.</source>
        <translation>De reden, je naam en het tijdstip worden bij het gesprek bewaard en staan in het logboek.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>What happens next, e.g. a second interview, references, an offer</source>
        <translation>Wat er nu gebeurt, bijv. een tweede gesprek, referenties, een aanbod</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Datum terugkoppeling</translation>
    </message>
    <message>
        <source>The candidate hears from us by:</source>
        <translation>De kandidaat hoort uiterlijk van ons op:</translation>
    </message>
    <message>
        <source>The candidate has been thanked</source>
        <translation>De kandidaat is bedankt</translation>
    </message>
    <message>
        <source>What the candidate said about the process: the invitation, the conversation, the pace, how they were received</source>
        <translation>Wat de kandidaat zei over de procedure: de uitnodiging, het gesprek, het tempo, de ontvangst</translation>
    </message>
    <message>
        <source>The candidate&apos;s remarks about the process</source>
        <translation>Opmerkingen van de kandidaat over de procedure</translation>
    </message>
    <message>
        <source>For a negotiation or follow-up conversation, e.g. salary wishes, notice period, start date, points to explore further</source>
        <translation>Voor een onderhandeling of vervolggesprek, bijv. salariswensen, opzegtermijn, startdatum, punten om verder uit te diepen</translation>
    </message>
    <message>
        <source>Notes for a negotiation or follow-up conversation</source>
        <translation>Notities voor een onderhandeling of vervolggesprek</translation>
    </message>
    <message>
        <source>Every question of the candidate is answered.</source>
        <translation>Alle vragen van de kandidaat zijn beantwoord.</translation>
    </message>
    <message>
        <source>Every planned question was asked.</source>
        <translation>Alle geplande vragen zijn gesteld.</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions not answered yet</source>
        <translation>Nog onbeantwoorde vragen van de kandidaat</translation>
    </message>
    <message>
        <source>Planned questions not asked yet</source>
        <translation>Geplande vragen die nog niet gesteld zijn</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(geen vraagtekst)</translation>
    </message>
    <message>
        <source>The candidate has not asked any questions yet.</source>
        <translation>De kandidaat heeft nog geen vragen gesteld.</translation>
    </message>
    <message>
        <source>{stage}:</source>
        <translation>{stage}:</translation>
    </message>
</context>
<context>
    <name>ComparisonDelegate</name>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Interview not held yet</source>
        <extracomment>The value a column sorts by (``None``: empty, sorted last either way). A cell&apos;s number for the heat colour or the bar (``None``: no number). Whether a competency&apos;s result is the panel&apos;s consensus. What the cell is: &quot;name&quot;, &quot;score&quot;, &quot;total&quot;, &quot;outcome&quot; or &quot;waiting&quot;. The interview a row shows. The quieter line under a candidate&apos;s name: the application status and the date.</extracomment>
        <translation>Gesprek nog niet gevoerd</translation>
    </message>
    <message>
        <source>Interview not held yet (planned {day})</source>
        <translation>Gesprek nog niet gevoerd (gepland op {day})</translation>
    </message>
    <message>
        <source>Awaiting forms (missing: {names})</source>
        <translation>Wacht op formulieren (nog niet binnen: {names})</translation>
    </message>
    <message>
        <source>Awaiting forms</source>
        <translation>Wacht op formulieren</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>The panel&apos;s weighted score over all competencies</source>
        <translation>De gewogen score van het panel over alle competenties</translation>
    </message>
    <message>
        <source>{name} · weight {weight}</source>
        <translation>{name} · weging {weight}</translation>
    </message>
    <message>
        <source>{status} · {day}</source>
        <translation>{status} · {day}</translation>
    </message>
    <message>
        <source>{name}: the panel agreed it was not assessed</source>
        <translation>{name}: het panel is het erover eens dat dit niet beoordeeld is</translation>
    </message>
    <message>
        <source>{name}: raters differ and no consensus is recorded yet</source>
        <translation>{name}: de beoordelaars verschillen en er is nog geen consensus vastgelegd</translation>
    </message>
    <message>
        <source>{name}: {score} (the panel&apos;s consensus)</source>
        <translation>{name}: {score} (consensus van het panel)</translation>
    </message>
    <message>
        <source>{name}: {score} (the mean of the scores)</source>
        <translation>{name}: {score} (gemiddelde van de scores)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>geen besluit</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Each cell is the panel&apos;s score on that competency: the consensus where the panel recorded one, else the mean of the raters. “open”: the raters differ and the panel has not agreed yet. Click a column&apos;s title to sort by it.</source>
        <translation>Elke cel is de score van het panel op die competentie: de consensus als het panel die heeft vastgelegd, anders het gemiddelde van de beoordelaars. “open”: de beoordelaars verschillen en het panel is het nog niet eens. Klik op de titel van een kolom om erop te sorteren.</translation>
    </message>
    <message>
        <source>Choose a vacancy to compare its candidates.</source>
        <translation>Kies een vacature om de kandidaten te vergelijken.</translation>
    </message>
    <message>
        <source>This vacancy no longer exists.</source>
        <translation>Deze vacature bestaat niet meer.</translation>
    </message>
    <message>
        <source>The comparison could not be read from the database.</source>
        <translation>De vergelijking kon niet uit de database worden gelezen.</translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role, and the candidates&apos; scores can be compared here.</source>
        <translation>Nog geen competenties — voeg de 3 tot 6 toe die voor deze functie het belangrijkst zijn; dan kun je hier de scores van de kandidaten vergelijken.</translation>
    </message>
    <message>
        <source>No interviews yet — once a candidate&apos;s interview is planned and the panel has submitted its assessments, the scores are compared here.</source>
        <translation>Nog geen gesprekken — zodra het gesprek met een kandidaat gepland is en het panel de beoordelingen heeft ingediend, worden de scores hier vergeleken.</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>CompetenciesPage</name>
    <message>
        <source>&amp;Add competency</source>
        <translation>&amp;Competentie toevoegen</translation>
    </message>
    <message>
        <source>Add the first competency</source>
        <translation>Eerste competentie toevoegen</translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role. Each one is rated from 1 to 5, against an anchor text per point.</source>
        <translation>Nog geen competenties — voeg de 3 tot 6 toe die voor deze functie het belangrijkst zijn. Elke competentie krijgt een score van 1 tot 5, aan de hand van een ankertekst per punt.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Most important first. Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Belangrijkste eerst. Sleep om de volgorde te wijzigen, of gebruik Alt+Up en Alt+Down.</translation>
    </message>
    <message>
        <source>Add from li&amp;brary…</source>
        <translation>&amp;Uit bibliotheek toevoegen…</translation>
    </message>
    <message>
        <source>e.g. Customer focus</source>
        <translation>bijv. Klantgerichtheid</translation>
    </message>
    <message>
        <source>How much this competency counts in the overall score (1 is normal, 2 counts double).</source>
        <translation>Hoe zwaar deze competentie meetelt in de totaalscore (1 is normaal, 2 telt dubbel).</translation>
    </message>
    <message>
        <source>Words to highlight in the CV, separated by commas</source>
        <translation>Woorden om te markeren in het cv, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>What this competency means in this role</source>
        <translation>Wat deze competentie in deze functie inhoudt</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Sa&amp;ve to library</source>
        <translation>In &amp;bibliotheek opslaan</translation>
    </message>
    <message>
        <source>Keep this competency, its anchors and the questions that test it in the firm&apos;s library, to reuse in other vacancies</source>
        <translation>Bewaar deze competentie, haar ankers en de vragen die haar toetsen in de bibliotheek van je organisatie, om in andere vacatures te gebruiken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weging:</translation>
    </message>
    <message>
        <source>Ke&amp;ywords:</source>
        <translation>&amp;Trefwoorden:</translation>
    </message>
    <message>
        <source>Anchors: what each score looks like</source>
        <translation>Ankers: zo ziet elke score eruit</translation>
    </message>
    <message>
        <source>Add competency</source>
        <translation>Competentie toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>The panel has already decided on %n interview(s) for this vacancy. A competency added now counts for the interviews still to be assessed; the decided interviews keep their scores and decision as they are.</source>
        <translation>
            <numerusform>Het panel heeft al een besluit genomen over %n gesprek voor deze vacature. Een competentie die je nu toevoegt, telt mee voor de gesprekken die nog beoordeeld worden; het besliste gesprek houdt zijn scores en besluit zoals ze zijn.</numerusform>
            <numerusform>Het panel heeft al een besluit genomen over %n gesprekken voor deze vacature. Een competentie die je nu toevoegt, telt mee voor de gesprekken die nog beoordeeld worden; de besliste gesprekken houden hun scores en besluit zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove competency</source>
        <translation>Competentie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has been rated on %n assessment form(s). Removing it deletes those ratings when you save the vacancy.</source>
        <translation>
            <numerusform>“{name}” is gescoord op %n beoordelingsformulier. Als je de competentie verwijdert, wordt die score gewist zodra je de vacature opslaat.</numerusform>
            <numerusform>“{name}” is gescoord op %n beoordelingsformulieren. Als je de competentie verwijdert, worden die scores gewist zodra je de vacature opslaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>(nieuwe competentie)</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) still empty ({points}). You can save now, but raters need a description of every score.</source>
        <translation>
            <numerusform>%n anker is nog leeg ({points}). Je kunt nu opslaan, maar beoordelaars hebben bij elke score een omschrijving nodig.</numerusform>
            <numerusform>%n ankers zijn nog leeg ({points}). Je kunt nu opslaan, maar beoordelaars hebben bij elke score een omschrijving nodig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <source>{kind} · weight {weight}</source>
        <translation>{kind} · weging {weight}</translation>
    </message>
    <message>
        <source>Too little seen or heard to give a score.</source>
        <translation>Te weinig gezien of gehoord om een score te geven.</translation>
    </message>
    <message>
        <source>Score for {name}</source>
        <translation>Score voor {name}</translation>
    </message>
    <message>
        <source>Evidence: what did the candidate say or do that supports the score?</source>
        <translation>Onderbouwing: wat zei of deed de kandidaat dat de score ondersteunt?</translation>
    </message>
    <message>
        <source>Evidence for {name}</source>
        <translation>Onderbouwing bij {name}</translation>
    </message>
    <message>
        <source>Quote from interview notes…</source>
        <translation>Citeren uit gespreksnotities…</translation>
    </message>
    <message>
        <source>Insert a note taken during this interview, quoted, into the evidence</source>
        <translation>Een notitie uit dit gesprek als citaat in de onderbouwing invoegen</translation>
    </message>
    <message>
        <source>No notes were taken during this interview</source>
        <translation>Tijdens dit gesprek zijn geen notities gemaakt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <source>Since the interview was taken offline, these fields were changed both on this laptop and on the team server. Choose for each which version to keep, or write a merged text. Nothing is written until you click Bring back.</source>
        <translation>Sinds het gesprek offline is gehaald, zijn deze velden zowel op deze laptop als op de teamserver gewijzigd. Kies per veld welke versie je houdt, of schrijf een samengevoegde tekst. Er wordt niets weggeschreven voordat je op Terugzetten klikt.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <source>When taken offline: {value}</source>
        <translation>Bij het offline halen: {value}</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s version</source>
        <translation>Versie van deze &amp;laptop</translation>
    </message>
    <message>
        <source>The &amp;server&apos;s version</source>
        <translation>Versie van de &amp;server</translation>
    </message>
    <message>
        <source>A &amp;merged text</source>
        <translation>Een &amp;samengevoegde tekst</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{count} ticked</source>
        <translation>{count} aangevinkt</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Stage “{detail}”</source>
        <translation>Onderdeel “{detail}”</translation>
    </message>
    <message>
        <source>Answer to “{detail}”</source>
        <translation>Antwoord op “{detail}”</translation>
    </message>
    <message>
        <source>Candidate&apos;s question “{detail}”</source>
        <translation>Vraag van de kandidaat “{detail}”</translation>
    </message>
    <message>
        <source>Question “{detail}”</source>
        <translation>Vraag “{detail}”</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Je beoordeling</translation>
    </message>
    <message>
        <source>Your score for “{detail}”</source>
        <translation>Je score voor “{detail}”</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>De sollicitatie</translation>
    </message>
    <message>
        <source>The panel&apos;s decision</source>
        <translation>Het besluit van het panel</translation>
    </message>
    <message>
        <source>The consensus on “{detail}”</source>
        <translation>De consensus over “{detail}”</translation>
    </message>
    <message>
        <source>Reference check with {detail}</source>
        <translation>Referentie bij {detail}</translation>
    </message>
    <message>
        <source>Contact of {detail}</source>
        <translation>Contact van {detail}</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent</source>
        <translation>De toestemming van de kandidaat</translation>
    </message>
    <message>
        <source>stage reached</source>
        <translation>bereikt onderdeel</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>vervolgstappen</translation>
    </message>
    <message>
        <source>feedback date</source>
        <translation>datum terugkoppeling</translation>
    </message>
    <message>
        <source>candidate thanked</source>
        <translation>kandidaat bedankt</translation>
    </message>
    <message>
        <source>candidate&apos;s remarks</source>
        <translation>opmerkingen van de kandidaat</translation>
    </message>
    <message>
        <source>follow-up notes</source>
        <translation>aantekeningen voor het vervolg</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>aantekeningen</translation>
    </message>
    <message>
        <source>time spent (seconds)</source>
        <translation>bestede tijd (seconden)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gesteld</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situatie</translation>
    </message>
    <message>
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>position</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>doorvragen</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>competentie</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>sterke punten</translation>
    </message>
    <message>
        <source>weaknesses</source>
        <translation>zwakke punten</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>motivering</translation>
    </message>
    <message>
        <source>reason to decide anyway</source>
        <translation>reden om toch te besluiten</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>besloten</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>gegeven op</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>vastgelegd door</translation>
    </message>
    <message>
        <source>how given</source>
        <translation>hoe gegeven</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>referee</source>
        <translation>referent</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>called on</source>
        <translation>gebeld op</translation>
    </message>
    <message>
        <source>called by (interviewer)</source>
        <translation>gebeld door (interviewer)</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>gebeld door</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>wat er is gezegd</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>wat er is verteld</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>afwijzing</translation>
    </message>
    <message>
        <source>reasons given</source>
        <translation>gegeven redenen</translation>
    </message>
    <message>
        <source>Someone else changed this text</source>
        <translation>Iemand anders heeft deze tekst gewijzigd</translation>
    </message>
    <message>
        <source>Someone else saved {what} while you were typing. Nothing has been overwritten: keep one of the two versions, or merge them below.</source>
        <translation>Iemand anders heeft {what} opgeslagen terwijl jij aan het typen was. Er is niets overschreven: houd een van de twee versies, of voeg ze hieronder samen.</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>Theirs, saved at {time}</source>
        <translation>Hun versie, opgeslagen om {time}</translation>
    </message>
    <message>
        <source>Theirs, saved meanwhile</source>
        <translation>Hun versie, intussen opgeslagen</translation>
    </message>
    <message>
        <source>Saved meanwhile by someone else</source>
        <translation>Intussen door iemand anders opgeslagen</translation>
    </message>
    <message>
        <source>Saved meanwhile elsewhere</source>
        <translation>Intussen elders opgeslagen</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: keep one of the two versions, or merge them below.</source>
        <translation>Er is niets overschreven: houd een van beide versies, of voeg ze hieronder samen.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: keep one of the two versions.</source>
        <translation>Er is niets overschreven: houd een van beide versies.</translation>
    </message>
    <message>
        <source>Yours, not saved yet</source>
        <translation>Jouw versie, nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <source>Keep m&amp;ine</source>
        <translation>&amp;Jouw versie houden</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>&amp;Opgeslagen versie houden</translation>
    </message>
    <message>
        <source>Or merge them (both texts, theirs first):</source>
        <translation>Of voeg ze samen (beide teksten, die van hen eerst):</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <source>Save the &amp;merged text</source>
        <translation>&amp;Samengevoegde tekst opslaan</translation>
    </message>
    <message>
        <source>Closing this window keeps the merged text.</source>
        <translation>Sluit je dit venster, dan blijft de samengevoegde tekst bewaard.</translation>
    </message>
    <message>
        <source>Closing this window saves nothing yet: your version stays in the editor.</source>
        <translation>Sluit je dit venster, dan wordt er nog niets opgeslagen: jouw versie blijft in het bewerkvenster staan.</translation>
    </message>
    <message>
        <source>You saved {what} in another window (or on another computer) while you were editing here.</source>
        <translation>Je hebt {what} in een ander venster (of op een andere computer) opgeslagen terwijl je er hier mee bezig was.</translation>
    </message>
    <message>
        <source>{who} saved {what} while you were editing.</source>
        <translation>{who} heeft {what} opgeslagen terwijl jij ermee bezig was.</translation>
    </message>
    <message>
        <source>Another window saved {what} while you were editing here.</source>
        <translation>Een ander venster heeft {what} opgeslagen terwijl je er hier mee bezig was.</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Opgeslagen door {who}</translation>
    </message>
    <message>
        <source>Saved in another window</source>
        <translation>Opgeslagen in een ander venster</translation>
    </message>
    <message>
        <source>Saved by you elsewhere, {when}</source>
        <translation>Door jou elders opgeslagen, {when}</translation>
    </message>
    <message>
        <source>Saved by {who}, {when}</source>
        <translation>Opgeslagen door {who}, {when}</translation>
    </message>
    <message>
        <source>Saved in another window, {when}</source>
        <translation>Opgeslagen in een ander venster, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictHandler</name>
    <message>
        <source>the notes on the stage “{stage}”</source>
        <translation>de notities bij het onderdeel “{stage}”</translation>
    </message>
    <message>
        <source>the situation</source>
        <translation>de situatie</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>de taak</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>de actie</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>het resultaat</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>de notities</translation>
    </message>
    <message>
        <source>{part} of the question “{question}”</source>
        <translation>{part} bij de vraag “{question}”</translation>
    </message>
    <message>
        <source>a question of the candidate</source>
        <translation>een vraag van de kandidaat</translation>
    </message>
    <message>
        <source>the answer to a question of the candidate</source>
        <translation>het antwoord op een vraag van de kandidaat</translation>
    </message>
    <message>
        <source>the next steps</source>
        <translation>de vervolgstappen</translation>
    </message>
    <message>
        <source>the candidate&apos;s remarks about the process</source>
        <translation>de opmerkingen van de kandidaat over de procedure</translation>
    </message>
    <message>
        <source>the notes for a follow-up conversation</source>
        <translation>de notities voor een vervolggesprek</translation>
    </message>
    <message>
        <source>a note of the interview</source>
        <translation>een notitie bij het gesprek</translation>
    </message>
</context>
<context>
    <name>ConsensusEditor</name>
    <message>
        <source>Change</source>
        <extracomment>The score picker&apos;s entries after the prompt: the scale, then &quot;not assessed&quot;.</extracomment>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Choose the panel&apos;s score…</source>
        <translation>Kies de score van het panel…</translation>
    </message>
    <message>
        <source>{score} · {label}</source>
        <translation>{score} · {label}</translation>
    </message>
    <message>
        <source>The panel&apos;s score</source>
        <translation>De score van het panel</translation>
    </message>
    <message>
        <source>Why the panel agrees on this score (required)</source>
        <translation>Waarom het panel het over deze score eens is (verplicht)</translation>
    </message>
    <message>
        <source>Reason for the consensus</source>
        <translation>Reden voor de consensus</translation>
    </message>
    <message>
        <source>Record consensus</source>
        <translation>Consensus vastleggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Remove the consensus: the flag is open again</source>
        <translation>De consensus verwijderen: het punt staat dan weer open</translation>
    </message>
    <message>
        <source>Resolved — the panel agrees this was not assessed: {reason}</source>
        <translation>Opgelost — het panel is het erover eens dat dit niet beoordeeld is: {reason}</translation>
    </message>
    <message>
        <source>Resolved — the panel agrees on {score} ({label}): {reason}</source>
        <translation>Opgelost — het panel is het eens over {score} ({label}): {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Whom to ask, e.g. the current employer</source>
        <translation>Bij wie, bijvoorbeeld de huidige werkgever</translation>
    </message>
    <message>
        <source>Whom to ask for a reference</source>
        <translation>Bij wie de referentie wordt opgevraagd</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Hoe?</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Hoe de toestemming is gegeven</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Who recorded the consent</source>
        <translation>Wie de toestemming heeft vastgelegd</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Contact log — {name}</source>
        <translation>Contactlog — {name}</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log each time you tell {name} something about the application.</source>
        <translation>Nog niets vastgelegd. Leg elke keer vast dat je {name} iets over de sollicitatie vertelt.</translation>
    </message>
    <message>
        <source>Remove entry…</source>
        <translation>Regel verwijderen…</translation>
    </message>
    <message>
        <source>Who at the firm spoke to the candidate</source>
        <translation>Wie van het bedrijf de kandidaat sprak</translation>
    </message>
    <message>
        <source>What was said, in a few sentences</source>
        <translation>Wat er gezegd is, in een paar zinnen</translation>
    </message>
    <message>
        <source>This was a rejection</source>
        <translation>Dit was een afwijzing</translation>
    </message>
    <message>
        <source>The reasons given to the candidate</source>
        <translation>De redenen die de kandidaat zijn gegeven</translation>
    </message>
    <message>
        <source>Reasons given:</source>
        <translation>Gegeven redenen:</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Door:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Wat er gezegd is:</translation>
    </message>
    <message>
        <source>Logged contacts</source>
        <translation>Vastgelegd contact</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>{date} · {channel} · {by}</source>
        <translation>{date} · {channel} · {by}</translation>
    </message>
    <message>
        <source>Rejection. Reasons given: {reasons}</source>
        <translation>Afwijzing. Gegeven redenen: {reasons}</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Remove this entry from the contact log? Only do this for an entry typed in error.</source>
        <translation>Deze regel uit de contactlog verwijderen? Doe dit alleen bij een regel die per vergissing is ingevoerd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>A contact cannot be dated in the future.</source>
        <translation>Een contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Fill in who spoke to the candidate.</source>
        <translation>Vul in wie de kandidaat heeft gesproken.</translation>
    </message>
    <message>
        <source>Choose how the candidate was told.</source>
        <translation>Kies hoe de kandidaat het heeft gehoord.</translation>
    </message>
    <message>
        <source>Write down what was said (at most {n} characters).</source>
        <translation>Schrijf op wat er gezegd is (hoogstens {n} tekens).</translation>
    </message>
    <message>
        <source>For a rejection, write down the reasons given — a rejected candidate has the right to hear why.</source>
        <translation>Schrijf bij een afwijzing de gegeven redenen op — een afgewezen kandidaat heeft recht op uitleg waarom.</translation>
    </message>
    <message>
        <source>This application no longer exists; nothing was logged.</source>
        <translation>Deze sollicitatie bestaat niet meer; er is niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ContactOfferDialog</name>
    <message>
        <source>Contact details in the CV</source>
        <translation>Contactgegevens in het cv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Found in “{file}”:</source>
        <translation>Gevonden in “{file}”:</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>now: {value}</source>
        <translation>nu: {value}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>CurrentPassphraseDialog</name>
    <message>
        <source>Remove the passphrase</source>
        <translation>Wachtwoordzin verwijderen</translation>
    </message>
    <message>
        <source>The database and every backup will be decrypted: anyone who can open this data folder can then read the candidates&apos; data. Type the passphrase to confirm.</source>
        <translation>De database en alle back-ups worden ontsleuteld: iedereen die deze gegevensmap kan openen, kan dan de gegevens van kandidaten lezen. Typ de wachtwoordzin om te bevestigen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase</source>
        <translation>Wachtwoordzin &amp;verwijderen</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Try again.</source>
        <translation>Die wachtwoordzin klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>De database ontbreekt</translation>
    </message>
    <message>
        <source>InterviewDesk cannot find its database file, or the file is empty, although there are backups of it. It may have been moved or deleted by accident. InterviewDesk has not started a new, empty database in its place.</source>
        <translation>InterviewDesk kan het databasebestand niet vinden, of het bestand is leeg, terwijl er wel back-ups van zijn. Misschien is het per ongeluk verplaatst of verwijderd. InterviewDesk heeft er geen nieuwe, lege database voor in de plaats gemaakt.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>InterviewDesk cannot open its database because the file is damaged. This can happen after a power cut or a disk problem. InterviewDesk has not changed, replaced or deleted the file.</source>
        <translation>InterviewDesk kan de database niet openen, omdat het bestand beschadigd is. Dat kan gebeuren na een stroomstoring of een probleem met de schijf. InterviewDesk heeft het bestand niet gewijzigd, vervangen of verwijderd.</translation>
    </message>
    <message>
        <source>You can restore the newest good backup, from {date}. Changes made after that moment are not in it. The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>Je kunt de nieuwste goede back-up terugzetten, van {date}. Wijzigingen van na dat moment staan er niet in. Het beschadigde bestand wordt ernaast bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can choose another data folder, or quit and ask for help; keep the file as it is.</source>
        <translation>Er is geen goede back-up om terug te zetten. Je kunt een andere gegevensmap kiezen, of afsluiten en om hulp vragen; laat het bestand zoals het is.</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Databasebestand: {path}</translation>
    </message>
    <message>
        <source>No further details.</source>
        <translation>Geen verdere details.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({date})</source>
        <translation>Nieuwste goede back-up terugzetten ({date})</translation>
    </message>
    <message>
        <source>Choose another data folder…</source>
        <translation>Andere gegevensmap kiezen…</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Beginnen met een lege database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <extracomment>The candidate hears back this many working days after the discussion, by default. The chosen outcome&apos;s button: the accent colour, pale enough for dark text.</extracomment>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Why the panel decides this, in a few sentences (required)</source>
        <translation>Waarom het panel dit besluit, in een paar zinnen (verplicht)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Who does what next: invitation, references, the offer…</source>
        <translation>Wie doet wat: uitnodiging, referenties, het aanbod…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <source>Feedback to the candidate by</source>
        <translation>Terugkoppeling aan de kandidaat uiterlijk op</translation>
    </message>
    <message>
        <source>Candidate hears back by</source>
        <translation>Kandidaat hoort uiterlijk op</translation>
    </message>
    <message>
        <source>Why the panel decides without a consensus on these (required)</source>
        <translation>Waarom het panel hierover zonder consensus besluit (verplicht)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <source>Choose an outcome and write the rationale.</source>
        <translation>Kies een besluit en schrijf de motivering.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog geen besluit</translation>
    </message>
    <message>
        <source>Recorded {moment}</source>
        <translation>Vastgelegd op {moment}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Record revised decision</source>
        <translation>Herzien besluit vastleggen</translation>
    </message>
    <message>
        <source>Still without a consensus: {names}. Record one above before deciding, or give the reason to decide anyway.</source>
        <translation>Nog zonder consensus: {names}. Leg die eerst hierboven vast, of geef de reden om toch te besluiten.</translation>
    </message>
    <message>
        <source>{name}: nobody assessed this</source>
        <translation>{name}: door niemand beoordeeld</translation>
    </message>
    <message numerus="yes">
        <source>{name}: raters differ by %n point(s)</source>
        <translation>
            <numerusform>{name}: beoordelaars verschillen %n punt</numerusform>
            <numerusform>{name}: beoordelaars verschillen %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>These competencies have no consensus yet:
{flags}
To decide anyway, say why; the reason is kept with the decision.</source>
        <translation>Voor deze competenties is er nog geen consensus:
{flags}
Wil je toch besluiten, geef dan aan waarom; de reden wordt bij het besluit bewaard.</translation>
    </message>
    <message>
        <source>✓ {outcome}</source>
        <translation>✓ {outcome}</translation>
    </message>
    <message>
        <source>Say why the panel decides without a consensus.</source>
        <translation>Geef aan waarom het panel zonder consensus besluit.</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>“{name}” is a {format} file, which InterviewDesk cannot read. Save it as PDF or DOCX and import that.</source>
        <translation>“{name}” is een {format}-bestand, dat InterviewDesk niet kan lezen. Sla het op als PDF of DOCX en importeer dat.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF, DOCX or TXT file. Only those can be imported.</source>
        <translation>“{name}” is geen PDF-, DOCX- of TXT-bestand. Alleen die kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>“{name}” does not exist (any more).</source>
        <translation>“{name}” bestaat niet (meer).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read. Check that it is not open in another program and that you may read it.</source>
        <translation>“{name}” kan niet worden gelezen. Controleer of het niet in een ander programma open staat en of je het mag lezen.</translation>
    </message>
    <message>
        <source>“{name}” is {size_mb} MB; the limit is {limit_mb} MB. A CV is rarely that large: export it again without embedded images.</source>
        <translation>“{name}” is {size_mb} MB; de grens is {limit_mb} MB. Een cv is zelden zo groot: exporteer het opnieuw zonder ingesloten afbeeldingen.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}” is leeg.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not really a {kind} file, so its text cannot be read.</source>
        <translation>“{name}” is beschadigd of eigenlijk geen {kind}-bestand, dus de tekst kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Ask the candidate for an unprotected copy.</source>
        <translation>“{name}” is beveiligd met een wachtwoord. Vraag de kandidaat om een onbeveiligde versie.</translation>
    </message>
    <message>
        <source>“{name}” holds only images of pages (a scan), no text. Ask the candidate for a PDF made from the original document, or paste the text in.</source>
        <translation>“{name}” bevat alleen afbeeldingen van pagina&apos;s (een scan), geen tekst. Vraag de kandidaat om een PDF van het oorspronkelijke document, of plak de tekst erin.</translation>
    </message>
    <message>
        <source>“{name}” contains no text.</source>
        <translation>“{name}” bevat geen tekst.</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit_pages} pages, the most InterviewDesk reads. Import only the pages that matter (save them as a new PDF), or paste the text in.</source>
        <translation>“{name}” heeft meer dan {limit_pages} pagina&apos;s, het maximum dat InterviewDesk leest. Importeer alleen de pagina&apos;s die ertoe doen (sla ze op als een nieuwe PDF), of plak de tekst erin.</translation>
    </message>
    <message>
        <source>“{name}” is built in a way that would take far more memory or time to read than any CV needs, so InterviewDesk did not read it. Ask the candidate for a plain PDF or DOCX, or paste the text in.</source>
        <translation>“{name}” is zo opgebouwd dat lezen veel meer geheugen of tijd zou kosten dan een cv ooit nodig heeft, dus InterviewDesk heeft het niet gelezen. Vraag de kandidaat om een gewone PDF of DOCX, of plak de tekst erin.</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <source>Original file kept: {name}</source>
        <translation>Origineel bestand bewaard: {name}</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import the text of a PDF, DOCX or TXT file</source>
        <translation>De tekst van een PDF-, DOCX- of TXT-bestand importeren</translation>
    </message>
    <message>
        <source>Paste the text, or drop a PDF, DOCX or TXT file onto the field.</source>
        <translation>Plak de tekst, of sleep een PDF-, DOCX- of TXT-bestand naar het veld.</translation>
    </message>
    <message>
        <source>CVs and letters (*.pdf *.docx *.txt)</source>
        <translation>Cv&apos;s en brieven (*.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Importeren uit een bestand</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Tekst vervangen?</translation>
    </message>
    <message>
        <source>Replace the text in this field with the text of “{name}”?</source>
        <translation>De tekst in dit veld vervangen door de tekst van “{name}”?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message>
        <source>Reading “{name}”…</source>
        <translation>“{name}” wordt gelezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Importing a file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Reading “{name}”: page {done} of {total}…</source>
        <translation>“{name}” wordt gelezen: pagina {done} van {total}…</translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <extracomment>How many times a save merges with someone else&apos;s save before giving up for now.</extracomment>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Someone else keeps saving this record at the same moment. Your changes are still in this window: save again in a moment.</source>
        <translation>Iemand anders slaat dit gegeven steeds op hetzelfde moment op. Je wijzigingen staan nog in dit venster: sla zo meteen opnieuw op.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are still in this window: try again, or copy what you typed before closing it.</source>
        <translation>Je wijzigingen konden niet worden opgeslagen. Ze staan nog in dit venster: probeer het opnieuw, of kopieer wat je hebt getypt voordat je het venster sluit.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Nothing was saved: your version is still in this window. Save again to choose between the two versions.</source>
        <translation>Er is niets opgeslagen: jouw versie staat nog in dit venster. Sla opnieuw op om tussen de twee versies te kiezen.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. This window now shows both versions combined:</source>
        <translation>Iemand anders heeft dit opgeslagen terwijl jij het aan het bewerken was. Dit venster toont nu beide versies samengevoegd:</translation>
    </message>
    <message>
        <source>Check it, then save again.</source>
        <translation>Controleer het en sla dan opnieuw op.</translation>
    </message>
    <message>
        <source>Deleted meanwhile</source>
        <translation>Intussen verwijderd</translation>
    </message>
    <message>
        <source>This record was deleted (by someone else, or in another window) while you were editing it. What you typed is still in this window.</source>
        <translation>Dit is verwijderd (door iemand anders, of in een ander venster) terwijl je het aan het bewerken was. Wat je hebt getypt, staat nog in dit venster.</translation>
    </message>
    <message>
        <source>Copy what you need before closing it.</source>
        <translation>Kopieer wat je nodig hebt voordat je het sluit.</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Als nieuw opslaan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>You changed things in this window. Close it without saving them?</source>
        <translation>Je hebt in dit venster iets gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been deleted meanwhile.</source>
        <translation>Dit item bestaat niet meer. Misschien is het intussen verwijderd.</translation>
    </message>
</context>
<context>
    <name>EntryMerge</name>
    <message>
        <source>the competency&apos;s name</source>
        <translation>de naam van de competentie</translation>
    </message>
    <message>
        <source>the kind of competency</source>
        <translation>het soort competentie</translation>
    </message>
    <message>
        <source>the competency&apos;s description</source>
        <translation>de omschrijving van de competentie</translation>
    </message>
    <message>
        <source>the keywords</source>
        <translation>de trefwoorden</translation>
    </message>
    <message>
        <source>the anchor for score {n}</source>
        <translation>het anker bij score {n}</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>de vraag</translation>
    </message>
    <message>
        <source>the probes</source>
        <translation>de doorvragen</translation>
    </message>
    <message>
        <source>the stage the question is asked in</source>
        <translation>het onderdeel waarin de vraag wordt gesteld</translation>
    </message>
    <message>
        <source>the kind of question</source>
        <translation>het soort vraag</translation>
    </message>
    <message>
        <source>the competency the question tests</source>
        <translation>de competentie die de vraag toetst</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>No panel</source>
        <translation>Geen panel</translation>
    </message>
    <message>
        <source>This interview has no panel yet. Add the panel members in its planning first.</source>
        <translation>Dit gesprek heeft nog geen panel. Voeg eerst de panelleden toe in de planning.</translation>
    </message>
    <message>
        <source>Nothing to return from here</source>
        <translation>Niets terug te sturen vanaf hier</translation>
    </message>
    <message>
        <source>This interview did not come to this laptop in a panel package, so no form can be returned from here. A panel member returns their own form from their own laptop, after importing the panel package the chair made for them.</source>
        <translation>Dit gesprek is niet via een panelpakket op deze laptop gekomen, dus vanaf hier kan geen formulier worden teruggestuurd. Een panellid stuurt het eigen formulier terug vanaf de eigen laptop, nadat het het panelpakket van de voorzitter heeft geïmporteerd.</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Nog niet ingediend</translation>
    </message>
    <message>
        <source>{name}&apos;s assessment form is not submitted, so it cannot be returned yet. Open the form, complete it and submit it first.</source>
        <translation>Het beoordelingsformulier van {name} is nog niet ingediend en kan dus nog niet worden teruggestuurd. Open het formulier, vul het aan en dien het eerst in.</translation>
    </message>
    <message>
        <source>The package was not saved</source>
        <translation>Het pakket is niet opgeslagen</translation>
    </message>
    <message>
        <source>The package could not be saved as {path}. Check that the folder exists and that you may write in it.</source>
        <translation>Het pakket kon niet worden opgeslagen als {path}. Controleer of de map bestaat en of je erin mag schrijven.</translation>
    </message>
    <message>
        <source>Package saved</source>
        <translation>Pakket opgeslagen</translation>
    </message>
    <message>
        <source>The package is saved as {path}. Send it by a safe route (a USB stick, or your firm&apos;s secure mail); it holds personal data.</source>
        <translation>Het pakket is opgeslagen als {path}. Verstuur het op een veilige manier (een usb-stick of de beveiligde mail van je bedrijf): het bevat persoonsgegevens.</translation>
    </message>
    <message>
        <source>Database packed</source>
        <translation>Database ingepakt</translation>
    </message>
    <message>
        <source>Everything is in {path}. On the new laptop, start InterviewDesk with an empty data folder and import this file there (File → Import package…). Keep the file safe, and delete it once the move is done: it holds all your data.</source>
        <translation>Alles staat in {path}. Start InterviewDesk op de nieuwe laptop met een lege gegevensmap en importeer dit bestand daar (Bestand → Pakket importeren…). Bewaar het bestand veilig en verwijder het na de verhuizing: het bevat al je gegevens.</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>Het pakket is niet geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was imported; your data is as it was.</source>
        <translation>Er is niets geïmporteerd; je gegevens zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Pakket geïmporteerd</translation>
    </message>
    <message>
        <source>This package was imported before ({when}). Nothing was changed.</source>
        <translation>Dit pakket is al eerder geïmporteerd ({when}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The whole database was moved into this data folder.</source>
        <translation>De hele database is naar deze gegevensmap verhuisd.</translation>
    </message>
    <message>
        <source>The interview with {candidate} is now on this laptop. Open it to hold the interview, then fill in your assessment form as usual.</source>
        <translation>Het gesprek met {candidate} staat nu op deze laptop. Open het om het gesprek te voeren en vul daarna zoals altijd je beoordelingsformulier in.</translation>
    </message>
    <message>
        <source>The interview with {candidate} was brought up to date.</source>
        <translation>Het gesprek met {candidate} is bijgewerkt.</translation>
    </message>
    <message>
        <source>This package holds nothing new for the interview with {candidate}. Nothing was changed.</source>
        <translation>Dit pakket bevat niets nieuws voor het gesprek met {candidate}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{member}&apos;s assessment form for the interview with {candidate} is in, as submitted.</source>
        <translation>Het beoordelingsformulier van {member} voor het gesprek met {candidate} is binnen, als ingediend.</translation>
    </message>
    <message>
        <source>{member} changed their submitted assessment form for the interview with {candidate}. The change was not applied: review it under Interview → Returned changes…</source>
        <translation>{member} heeft het ingediende beoordelingsformulier voor het gesprek met {candidate} gewijzigd. De wijziging is niet doorgevoerd: bekijk haar onder Gesprek → Teruggestuurde wijzigingen…</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Oefening bewerken</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nieuwe oefening</translation>
    </message>
    <message>
        <source>(type the competency and anchors yourself)</source>
        <translation>(typ de competentie en de ankers zelf)</translation>
    </message>
    <message>
        <source>{vacancy}: {competency}</source>
        <translation>{vacancy}: {competency}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Co&amp;py from a vacancy:</source>
        <translation>&amp;Overnemen uit een vacature:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competentie:</translation>
    </message>
    <message>
        <source>Anchor for {score}</source>
        <translation>Anker voor {score}</translation>
    </message>
    <message>
        <source>Anchor {score}:</source>
        <translation>Anker {score}:</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer, retold without names or anything that identifies them. Write at least what they did (Action).</source>
        <translation>Het antwoord van de kandidaat, naverteld zonder namen of iets anders waaraan je de kandidaat herkent. Schrijf in elk geval op wat de kandidaat deed (Actie).</translation>
    </message>
    <message>
        <source>&amp;Reference score:</source>
        <translation>&amp;Referentiescore:</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>Why the reference score is right, tied to the anchors — and why not one point higher or lower. Interviewers see it after they rated.</source>
        <translation>Waarom de referentiescore klopt, aan de hand van de ankers — en waarom niet een punt hoger of lager. Interviewers zien dit nadat ze zelf een score hebben gegeven.</translation>
    </message>
    <message>
        <source>Replace the anchors?</source>
        <translation>Ankers vervangen?</translation>
    </message>
    <message>
        <source>The competency and the five anchors you typed are replaced by those of {competency}.</source>
        <translation>De competentie en de vijf ankers die je hebt getypt, worden vervangen door die van {competency}.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn tekst houden</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Geef de oefening een titel.</translation>
    </message>
    <message>
        <source>Name the competency, or copy one from a vacancy.</source>
        <translation>Noem de competentie, of neem er een over uit een vacature.</translation>
    </message>
    <message>
        <source>Write the anchor for {score}.</source>
        <translation>Schrijf het anker voor {score}.</translation>
    </message>
    <message>
        <source>Write what the candidate did (Action).</source>
        <translation>Schrijf op wat de kandidaat deed (Actie).</translation>
    </message>
    <message>
        <source>Choose the reference score.</source>
        <translation>Kies de referentiescore.</translation>
    </message>
    <message>
        <source>Explain the reference score in the reasoning.</source>
        <translation>Leg de referentiescore uit in de onderbouwing.</translation>
    </message>
    <message>
        <source>This text is longer than {count} characters.</source>
        <translation>Deze tekst is langer dan {count} tekens.</translation>
    </message>
    <message>
        <source>The exercise was not saved</source>
        <translation>De oefening is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Choose your name at the top to start.</source>
        <translation>Kies bovenaan je naam om te beginnen.</translation>
    </message>
    <message>
        <source>Competency: {name}</source>
        <translation>Competentie: {name}</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer</source>
        <translation>Het antwoord van de kandidaat</translation>
    </message>
    <message>
        <source>Your score — on your own, before you see anyone else&apos;s</source>
        <translation>Jouw score — zelfstandig, voordat je die van anderen ziet</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Jouw score</translation>
    </message>
    <message>
        <source>Your score, 1 to 5</source>
        <translation>Jouw score, 1 tot 5</translation>
    </message>
    <message>
        <source>&amp;Why this score (a sentence or two, for yourself):</source>
        <translation>&amp;Waarom deze score (een zin of twee, voor jezelf):</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Waarom deze score</translation>
    </message>
    <message>
        <source>{score} — reference</source>
        <translation>{score} — referentie</translation>
    </message>
    <message>
        <source>Your reason: {reason}</source>
        <translation>Jouw reden: {reason}</translation>
    </message>
    <message>
        <source>Reference score: {score}</source>
        <translation>Referentiescore: {score}</translation>
    </message>
    <message>
        <source>You gave the reference score.</source>
        <translation>Je gaf de referentiescore.</translation>
    </message>
    <message numerus="yes">
        <source>You were %n point(s) milder than the reference.</source>
        <translation>
            <numerusform>Je was %n punt milder dan de referentie.</numerusform>
            <numerusform>Je was %n punten milder dan de referentie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were %n point(s) stricter than the reference.</source>
        <translation>
            <numerusform>Je was %n punt strenger dan de referentie.</numerusform>
            <numerusform>Je was %n punten strenger dan de referentie.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (you): {score}</source>
        <translation>{name} (jij): {score}</translation>
    </message>
    <message>
        <source>Colleague {letter}: {score}</source>
        <translation>Collega {letter}: {score}</translation>
    </message>
    <message>
        <source>Scores given to this answer</source>
        <translation>Scores voor dit antwoord</translation>
    </message>
    <message>
        <source>No colleague has rated this exercise yet; their scores appear here as they do, without their names.</source>
        <translation>Nog geen collega heeft deze oefening gedaan; hun scores verschijnen hier zodra ze dat doen, zonder namen.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Training: rate an example answer</source>
        <translation>Training: een voorbeeldantwoord beoordelen</translation>
    </message>
    <message>
        <source>Who is rating</source>
        <translation>Wie beoordeelt</translation>
    </message>
    <message>
        <source>&amp;Viewed by:</source>
        <translation>&amp;Bekeken door:</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>&amp;Exercises in:</source>
        <translation>&amp;Oefeningen in:</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nieuwe oefening…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Exe&amp;rcises</source>
        <translation>Oe&amp;feningen</translation>
    </message>
    <message>
        <source>&amp;Save my rating</source>
        <translation>Mijn score op&amp;slaan</translation>
    </message>
    <message>
        <source>Save your score (Ctrl+Enter); then the reference and your colleagues&apos; scores appear.</source>
        <translation>Sla je score op (Ctrl+Enter); daarna verschijnen de referentiescore en de scores van je collega&apos;s.</translation>
    </message>
    <message>
        <source>Ne&amp;xt exercise</source>
        <translation>Vol&amp;gende oefening</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Kies je naam…</translation>
    </message>
    <message>
        <source>No interviewers yet: add them under File → Interviewers, then rate here.</source>
        <translation>Nog geen interviewers: voeg ze toe via Bestand → Interviewers en beoordeel dan hier.</translation>
    </message>
    <message>
        <source>Your ratings and results are kept under your name.</source>
        <translation>Je scores en resultaten worden onder je naam bewaard.</translation>
    </message>
    <message>
        <source>Type your PIN to rate exercises and see your results as {name}.</source>
        <translation>Typ je pincode om als {name} oefeningen te beoordelen en je resultaten te zien.</translation>
    </message>
    <message>
        <source>Interviewer not found</source>
        <translation>Interviewer niet gevonden</translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} is intussen verwijderd.</translation>
    </message>
    <message>
        <source>PIN checked.</source>
        <translation>Pincode gecontroleerd.</translation>
    </message>
    <message>
        <source>{mark}  {title} ({competency})</source>
        <translation>{mark}  {title} ({competency})</translation>
    </message>
    <message>
        <source>{mark}  {title} ({competency}, the firm&apos;s own)</source>
        <translation>{mark}  {title} ({competency}, eigen oefening)</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Choose your name at the top to start. You rate an answer on your own; after you save, you see the reference score with its reasoning and your colleagues&apos; scores (without their names).</source>
        <translation>Kies bovenaan je naam om te beginnen. Je beoordeelt een antwoord zelfstandig; nadat je je score hebt opgeslagen, zie je de referentiescore met de onderbouwing en de scores van je collega&apos;s (zonder namen).</translation>
    </message>
    <message>
        <source>No exercises in this language. Choose another language at the top, or write one with New exercise.</source>
        <translation>Geen oefeningen in deze taal. Kies bovenaan een andere taal, of schrijf er een met Nieuwe oefening.</translation>
    </message>
    <message>
        <source>Choose a score with the keys 1–5 or a click, add why, then save.</source>
        <translation>Kies een score met de toetsen 1–5 of met een klik, schrijf erbij waarom, en sla op.</translation>
    </message>
    <message>
        <source>Rated. The reference and the other scores are shown below your score.</source>
        <translation>Beoordeeld. De referentiescore en de andere scores staan onder je score.</translation>
    </message>
    <message>
        <source>Your reason is longer than {count} characters; shorten it a little.</source>
        <translation>Je reden is langer dan {count} tekens; maak hem wat korter.</translation>
    </message>
    <message>
        <source>Choose a score first: the keys 1–5, or click an anchor.</source>
        <translation>Kies eerst een score: de toetsen 1–5, of klik op een anker.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Al beoordeeld</translation>
    </message>
    <message>
        <source>You rated this exercise before; your first rating counts.</source>
        <translation>Je hebt deze oefening al eerder beoordeeld; je eerste score telt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>This exercise or your name was deleted meanwhile.</source>
        <translation>Deze oefening of je naam is intussen verwijderd.</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>&amp;Kopiëren…</translation>
    </message>
    <message>
        <source>Show the reference?</source>
        <translation>De referentiescore tonen?</translation>
    </message>
    <message>
        <source>The editor shows the reference score and its reasoning. If you want to train on this exercise, rate it first; a rating given after seeing the reference tells you nothing.</source>
        <translation>De editor toont de referentiescore en de onderbouwing. Wil je met deze oefening oefenen, beoordeel haar dan eerst; een score die je geeft nadat je de referentie hebt gezien, zegt niets.</translation>
    </message>
    <message>
        <source>Open the editor</source>
        <translation>Editor openen</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Oefening verwijderen</translation>
    </message>
    <message>
        <source>Delete the exercise “{title}”? Everyone&apos;s ratings of it go too, and their results no longer count it.</source>
        <translation>De oefening „{title}” verwijderen? Ieders scores voor deze oefening verdwijnen ook, en tellen niet meer mee in de resultaten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>FeedbackDateDialog</name>
    <message>
        <source>Feedback given</source>
        <translation>Terugkoppeling gegeven</translation>
    </message>
    <message>
        <source>The panel put {name} on hold. When did you promise they will hear more? They appear in the follow-up again on that date.</source>
        <translation>Het panel heeft {name} aangehouden. Wanneer heb je beloofd dat de kandidaat meer hoort? Op die datum staat de kandidaat weer bij de opvolging.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Zoeken in de tekst</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
</context>
<context>
    <name>FirstRoundBox</name>
    <message>
        <source>Discussed in the panel</source>
        <translation>Besproken in het panel</translation>
    </message>
    <message>
        <source>Panel scores</source>
        <translation>Panelscores</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(zonder datum)</translation>
    </message>
    <message>
        <source>Second round — what the first round concluded (interview of {date})</source>
        <translation>Tweede ronde — wat de eerste ronde opleverde (gesprek van {date})</translation>
    </message>
    <message>
        <source>The first round&apos;s scores are not shown: not every panel member has submitted their assessment (still open: {names}). They appear once that round is closed.</source>
        <translation>De scores van de eerste ronde zijn nog niet zichtbaar: niet elk panellid heeft zijn beoordelingsformulier ingediend (nog open: {names}). Ze verschijnen zodra die ronde is gesloten.</translation>
    </message>
    <message>
        <source>The first round&apos;s scores are not shown until its round is closed.</source>
        <translation>De scores van de eerste ronde zijn pas zichtbaar als die ronde is gesloten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {score} — {reason}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {score} — {reason}</translation>
    </message>
    <message>
        <source>The first round left no open points.</source>
        <translation>De eerste ronde liet geen open punten na.</translation>
    </message>
    <message>
        <source>cannot be assessed</source>
        <translation>niet te beoordelen</translation>
    </message>
    <message>
        <source>The first round&apos;s panel has not decided yet.</source>
        <translation>Het panel van de eerste ronde heeft nog geen besluit genomen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; {outcome}</source>
        <translation>&lt;b&gt;Besluit:&lt;/b&gt; {outcome}</translation>
    </message>
    <message>
        <source>Weighted total: {score} of 5</source>
        <translation>Gewogen totaal: {score} van 5</translation>
    </message>
    <message>
        <source>scores far apart ({low} to {high})</source>
        <translation>groot verschil ({low} tot {high})</translation>
    </message>
    <message>
        <source>nobody could assess it</source>
        <translation>door niemand beoordeeld</translation>
    </message>
    <message>
        <source>low result ({score})</source>
        <translation>lage score ({score})</translation>
    </message>
    <message>
        <source>panel score: {score}</source>
        <translation>panelscore: {score}</translation>
    </message>
    <message>
        <source>no panel score recorded</source>
        <translation>geen panelscore vastgelegd</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{name} — {candidate}</source>
        <translation>{name} — {candidate}</translation>
    </message>
    <message>
        <source>! {name}</source>
        <translation>! {name}</translation>
    </message>
    <message>
        <source>Form in progress · interview {date}</source>
        <translation>Formulier in bewerking · gesprek {date}</translation>
    </message>
    <message>
        <source>Form not started · interview {date}</source>
        <translation>Formulier niet begonnen · gesprek {date}</translation>
    </message>
    <message>
        <source>Overdue · due {date} · {vacancy}</source>
        <translation>Te laat · uiterlijk {date} · {vacancy}</translation>
    </message>
    <message>
        <source>Feedback due today · {vacancy}</source>
        <translation>Terugkoppeling vandaag · {vacancy}</translation>
    </message>
    <message>
        <source>Feedback by {date} · {vacancy}</source>
        <translation>Terugkoppeling uiterlijk {date} · {vacancy}</translation>
    </message>
    <message>
        <source>{name}&apos;s assessment of {candidate} ({vacancy}) is not submitted yet. Press Enter to open the form.</source>
        <translation>De beoordeling van {candidate} ({vacancy}) door {name} is nog niet ingediend. Druk op Enter om het formulier te openen.</translation>
    </message>
    <message>
        <source>{candidate} is waiting to hear from you. The panel has not decided yet: decide in the panel discussion, then record the feedback here.</source>
        <translation>{candidate} wacht op bericht. Het panel heeft nog geen besluit genomen: besluit in de panelbespreking en leg daarna hier de terugkoppeling vast.</translation>
    </message>
    <message>
        <source>{candidate} is waiting to hear the panel&apos;s decision. Once you have told them, log the contact or choose “Feedback given”.</source>
        <translation>{candidate} wacht op het besluit van het panel. Zodra je het hebt verteld, leg je het contact vast of kies je „Terugkoppeling gegeven”.</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message numerus="yes">
        <source>! %n overdue</source>
        <extracomment>Said while the list could not be read again (a server away): what shows is older than it looks.</extracomment>
        <translation>
            <numerusform>! %n te laat</numerusform>
            <numerusform>! %n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row above.</source>
        <translation>Kies hierboven een regel.</translation>
    </message>
    <message>
        <source>Assessment form…</source>
        <translation>Beoordelingsformulier…</translation>
    </message>
    <message>
        <source>Panel discussion…</source>
        <translation>Panelbespreking…</translation>
    </message>
    <message>
        <source>Feedback given…</source>
        <translation>Terugkoppeling gegeven…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Not up to date: the follow-up could not be read again. It is read again with the next change.</source>
        <translation>Niet actueel: de opvolging kon niet opnieuw worden gelezen. Ze wordt bij de volgende wijziging opnieuw gelezen.</translation>
    </message>
    <message>
        <source>Nothing to follow up: every candidate has heard from you, and every assessment is in.</source>
        <translation>Niets op te volgen: elke kandidaat heeft bericht gehad en alle beoordelingen zijn binnen.</translation>
    </message>
    <message>
        <source>Looking for what to follow up…</source>
        <translation>Kijken wat er op te volgen is…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <source>Write to the candidate…</source>
        <translation>Schrijven aan de kandidaat…</translation>
    </message>
</context>
<context>
    <name>FormBanner</name>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Open the submitted form again to change it; you will be asked why</source>
        <translation>Het ingediende formulier weer openen om het te wijzigen; je wordt gevraagd waarom</translation>
    </message>
    <message>
        <source>Submitted on {moment}, after the round was closed</source>
        <translation>Ingediend op {moment}, na het sluiten van de ronde</translation>
    </message>
    <message>
        <source>Submitted on {moment}</source>
        <translation>Ingediend op {moment}</translation>
    </message>
    <message>
        <source>This form is read-only. To change something, reopen it and say why.</source>
        <translation>Dit formulier is alleen-lezen. Wil je iets wijzigen, heropen het dan en geef aan waarom.</translation>
    </message>
    <message>
        <source>The round was closed on {moment} by {name}</source>
        <translation>De ronde is op {moment} gesloten door {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}. The panel&apos;s scores are open to everyone now, without yours. You can still submit this form; it will be shown as submitted after the round was closed.</source>
        <translation>Reden: {reason}. De scores van het panel zijn nu voor iedereen zichtbaar, zonder die van jou. Je kunt dit formulier nog indienen; het staat dan als ingediend na het sluiten van de ronde.</translation>
    </message>
    <message>
        <source>Only {name} should fill in this form</source>
        <translation>Alleen {name} vult dit formulier in</translation>
    </message>
    <message>
        <source>Assess on your own: score what you saw and heard, with the evidence for it. The rest of the panel sees your scores only after you submit.</source>
        <translation>Beoordeel zelfstandig: scoor wat je zag en hoorde, met de onderbouwing erbij. De rest van het panel ziet je scores pas als je hebt ingediend.</translation>
    </message>
    <message>
        <source>Reopened on {moment}: {reason}</source>
        <translation>Heropend op {moment}: {reason}</translation>
    </message>
</context>
<context>
    <name>FormConflictHandler</name>
    <message>
        <source>the evidence for “{competency}”</source>
        <translation>de onderbouwing bij “{competency}”</translation>
    </message>
    <message>
        <source>the strengths</source>
        <translation>de sterke punten</translation>
    </message>
    <message>
        <source>the weaknesses</source>
        <translation>de zwakke punten</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Assessment of {candidate}</source>
        <translation>Beoordeling van {candidate}</translation>
    </message>
    <message>
        <source>{vacancy} · interview on {date}</source>
        <translation>{vacancy} · gesprek op {date}</translation>
    </message>
</context>
<context>
    <name>FormStates</name>
    <message>
        <source>{name} ({role}) — {state}</source>
        <translation>{name} ({role}) — {state}</translation>
    </message>
    <message>
        <source>assessment submitted</source>
        <translation>beoordeling ingediend</translation>
    </message>
    <message>
        <source>assessment submitted {moment}, after the round was closed</source>
        <translation>beoordeling ingediend {moment}, na het sluiten van de ronde</translation>
    </message>
    <message>
        <source>assessment submitted {moment}</source>
        <translation>beoordeling ingediend op {moment}</translation>
    </message>
    <message>
        <source>assessment in progress</source>
        <translation>beoordeling in bewerking</translation>
    </message>
    <message>
        <source>assessment not started</source>
        <translation>beoordeling niet begonnen</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>What speaks for this candidate?</source>
        <translation>Wat pleit voor deze kandidaat?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <source>What are the doubts or risks?</source>
        <translation>Wat zijn de twijfels of risico&apos;s?</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Zwakke punten</translation>
    </message>
    <message>
        <source>Choose your overall recommendation.</source>
        <translation>Kies je eindadvies.</translation>
    </message>
    <message>
        <source>Submit assessment</source>
        <translation>Beoordeling indienen</translation>
    </message>
    <message>
        <source>Submit the form (Ctrl+Enter)</source>
        <translation>Het formulier indienen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>After submitting, the form is read-only and your scores join the panel discussion. You can still reopen it, with a reason.</source>
        <translation>Na het indienen is het formulier alleen-lezen en tellen je scores mee in de panelbespreking. Je kunt het nog heropenen, met opgave van reden.</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Eindadvies</translation>
    </message>
    <message>
        <source>Would you hire this candidate for this role?</source>
        <translation>Zou je deze kandidaat voor deze functie aannemen?</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Close the round early…</source>
        <translation>Ronde eerder sluiten…</translation>
    </message>
    <message>
        <source>Open the submitted assessments to everyone before every form is in; you will be asked why</source>
        <translation>Maak de ingediende beoordelingen voor iedereen zichtbaar voordat alle formulieren binnen zijn; je wordt gevraagd waarom</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Andere gebruiker…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Logboek…</translation>
    </message>
    <message>
        <source>The panel&apos;s scores are hidden for now</source>
        <translation>De scores van het panel zijn nog verborgen</translation>
    </message>
    <message>
        <source>Submit your own assessment first — until then the other members&apos; scores stay hidden. That way your scores are your own, whatever the others saw.</source>
        <translation>Dien eerst je eigen beoordeling in — tot dan blijven de scores van de andere panelleden verborgen. Zo zijn je scores echt van jezelf, wat de anderen ook zagen.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have. As the chair, you can close the round early and say why; the scores are then open to everyone, without theirs.</source>
        <translation>Nog niet iedereen heeft ingediend: {names}. Niemand ziet de scores voordat zij dat hebben gedaan. Als voorzitter kun je de ronde eerder sluiten en zeggen waarom; de scores zijn dan voor iedereen zichtbaar, zonder die van hen.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have, or until the chair ({chair}) closes the round early.</source>
        <translation>Nog niet iedereen heeft ingediend: {names}. Niemand ziet de scores voordat zij dat hebben gedaan, of voordat de voorzitter ({chair}) de ronde eerder sluit.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have.</source>
        <translation>Nog niet iedereen heeft ingediend: {names}. Niemand ziet de scores voordat zij dat hebben gedaan.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n assessment(s)</source>
        <translation>
            <numerusform>Wachten op %n beoordeling</numerusform>
            <numerusform>Wachten op %n beoordelingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed by: {name}</source>
        <translation>Bekeken door: {name}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>{score} · {label}</source>
        <translation>{score} · {label}</translation>
    </message>
</context>
<context>
    <name>HeldOffline</name>
    <message>
        <source>This assessment form cannot be opened here now</source>
        <translation>Dit beoordelingsformulier kan hier nu niet worden geopend</translation>
    </message>
    <message>
        <source>The panel discussion of this interview cannot be opened here now</source>
        <translation>De panelbespreking van dit gesprek kan hier nu niet worden geopend</translation>
    </message>
    <message>
        <source>This interview cannot be changed here now</source>
        <translation>Dit gesprek kan hier nu niet worden gewijzigd</translation>
    </message>
    <message>
        <source>This candidate cannot be deleted now</source>
        <translation>Deze kandidaat kan nu niet worden verwijderd</translation>
    </message>
    <message>
        <source>This vacancy cannot be deleted now</source>
        <translation>Deze vacature kan nu niet worden verwijderd</translation>
    </message>
    <message>
        <source>The feedback cannot be recorded here now</source>
        <translation>De terugkoppeling kan hier nu niet worden vastgelegd</translation>
    </message>
    <message>
        <source>The reference checks cannot be changed here now</source>
        <translation>De referenties kunnen hier nu niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation>Offline gehaald</translation>
    </message>
    <message>
        <source>{what}: the interview is taken offline by {name} since {moment}, to be held on their laptop, and what is recorded there comes back when they bring it back. It can be changed here again then, or once an administrator releases it.</source>
        <translation>{what}: het gesprek is offline gehaald door {name} sinds {moment}, om op diens laptop te voeren, en wat daar wordt vastgelegd komt terug zodra het wordt teruggebracht. Dan kan het hier weer worden gewijzigd, of zodra een beheerder het vrijgeeft.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>with {name} on {date}</source>
        <extracomment>(interview_id, stage, question_id or 0): open the interview there (a notes hit). The number of candidates past their retention date, after each reading. The retention periods from the settings (the main window keeps it current).</extracomment>
        <translation>met {name} op {date}</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>met {name}</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Plan interview</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Type to search candidates</source>
        <translation>Typ om kandidaten te zoeken</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <comment>date and time format, see QDateTime</comment>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Which round</source>
        <translation>Welke ronde</translation>
    </message>
    <message>
        <source>A second round opens with what the earlier interview concluded: the decision, the competencies the panel discussed and the open points.</source>
        <translation>Een tweede ronde begint met wat het eerdere gesprek opleverde: het besluit, de competenties die het panel besprak en de open punten.</translation>
    </message>
    <message>
        <source>e.g. Meeting room 2, or a video link</source>
        <translation>bijv. Vergaderruimte 2, of een videolink</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>Datum en &amp;tijd:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidaat:</translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacature:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>An interview needs a candidate and a vacancy. Close this window and add them first.</source>
        <translation>Voor een gesprek zijn een kandidaat en een vacature nodig. Sluit dit venster en voeg die eerst toe.</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Interviewer to add</source>
        <translation>Toe te voegen interviewer</translation>
    </message>
    <message>
        <source>&amp;Add to panel</source>
        <translation>&amp;Aan panel toevoegen</translation>
    </message>
    <message>
        <source>&amp;New interviewer…</source>
        <translation>&amp;Nieuwe interviewer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>{name} — {job_title}</source>
        <translation>{name} — {job_title}</translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation>Uit panel verwijderen</translation>
    </message>
    <message>
        <source>{name} has filled in an assessment form for this interview. Taking them off the panel deletes that form when you save.</source>
        <translation>{name} heeft voor dit gesprek een beoordelingsformulier ingevuld. Als je deze persoon uit het panel haalt, wordt dat formulier bij het opslaan verwijderd.</translation>
    </message>
    <message>
        <source>No interviewers yet — create the first one with “New interviewer…”.</source>
        <translation>Nog geen interviewers — maak de eerste aan met “Nieuwe interviewer…”.</translation>
    </message>
    <message>
        <source>No one on the panel yet — add at least one interviewer. The first one you add chairs the interview.</source>
        <translation>Nog niemand in het panel — voeg minstens één interviewer toe. De eerste die je toevoegt, is voorzitter van het gesprek.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(zonder datum)</translation>
    </message>
    <message>
        <source>Second round after the interview of {date} — decided: {outcome}</source>
        <translation>Tweede ronde na het gesprek van {date} — besluit: {outcome}</translation>
    </message>
    <message>
        <source>Second round after the interview of {date}</source>
        <translation>Tweede ronde na het gesprek van {date}</translation>
    </message>
    <message>
        <source>First interview (follows no earlier one)</source>
        <translation>Eerste gesprek (volgt op geen eerder gesprek)</translation>
    </message>
    <message>
        <source>There is no candidate called “{name}”. Choose one from the list.</source>
        <translation>Er is geen kandidaat met de naam “{name}”. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Choose the candidate.</source>
        <translation>Kies de kandidaat.</translation>
    </message>
    <message>
        <source>Choose the vacancy.</source>
        <translation>Kies de vacature.</translation>
    </message>
    <message>
        <source>Add at least one interviewer to the panel.</source>
        <translation>Voeg minstens één interviewer toe aan het panel.</translation>
    </message>
    <message>
        <source>(not on the panel)</source>
        <translation>(niet in het panel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>(an earlier interview)</source>
        <translation>(een eerder gesprek)</translation>
    </message>
</context>
<context>
    <name>InterviewMenus</name>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Onderdeel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Close interview window</source>
        <translation>Gespreksvenster &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Volgend onderdeel</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>V&amp;orig onderdeel</translation>
    </message>
    <message>
        <source>Stage &amp;done, go on</source>
        <translation>Onderdeel &amp;klaar, verder</translation>
    </message>
    <message>
        <source>Mark this stage done and go to the next ({key})</source>
        <translation>Dit onderdeel als klaar markeren en naar het volgende gaan ({key})</translation>
    </message>
    <message>
        <source>&amp;Candidate panel (CV and letter)</source>
        <translation>Zijvenster &amp;cv en brief</translation>
    </message>
    <message>
        <source>&amp;Vacancy panel</source>
        <translation>Zijvenster v&amp;acature</translation>
    </message>
    <message>
        <source>&amp;Find in the CV</source>
        <translation>&amp;Zoeken in het cv</translation>
    </message>
    <message>
        <source>&amp;Larger text in the side panel</source>
        <translation>&amp;Grotere tekst in het zijvenster</translation>
    </message>
    <message>
        <source>S&amp;maller text in the side panel</source>
        <translation>&amp;Kleinere tekst in het zijvenster</translation>
    </message>
    <message>
        <source>&amp;Normal text size in the side panel</source>
        <translation>&amp;Normale tekstgrootte in het zijvenster</translation>
    </message>
    <message>
        <source>&amp;Pause the clock</source>
        <translation>Klok &amp;pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>Klok &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Start the clock</source>
        <translation>Klok &amp;starten</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview · {candidate} · {vacancy}</source>
        <translation>Gesprek · {candidate} · {vacancy}</translation>
    </message>
    <message>
        <source>✓ Stage done</source>
        <translation>✓ Onderdeel klaar</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Terug</translation>
    </message>
    <message>
        <source>◂ {stage}</source>
        <translation>◂ {stage}</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Volgende ▸</translation>
    </message>
    <message>
        <source>{stage} ▸</source>
        <translation>{stage} ▸</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notities niet opgeslagen</translation>
    </message>
    <message>
        <source>The latest notes could not be saved, so the interview window stays open and keeps them. Try closing it again in a moment.</source>
        <translation>De laatste notities konden niet worden opgeslagen. Daarom blijft het gespreksvenster open en houdt het ze vast. Probeer het straks opnieuw te sluiten.</translation>
    </message>
</context>
<context>
    <name>InterviewWindows</name>
    <message>
        <source>This interview is taken offline by {name} since {moment}, to be held on their laptop. It can be opened here again once it is brought back, or once an administrator releases it.</source>
        <translation>Dit gesprek is sinds {moment} offline gehaald door {name}, om op diens laptop te voeren. Het kan hier weer worden geopend zodra het is teruggezet, of zodra een beheerder het vrijgeeft.</translation>
    </message>
    <message>
        <source>This interview was taken offline from the team server and brought back on {moment}. Continue it on the team server: what is written in this copy would no longer reach it.</source>
        <translation>Dit gesprek is van de teamserver offline gehaald en op {moment} teruggezet. Zet het voort op de teamserver: wat je in deze kopie schrijft, komt daar niet meer aan.</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>Dit gesprek bestaat niet meer. Misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>The interview agenda (agenda.toml in the data folder) cannot be used, so the interview cannot be opened. Correct the file or remove it to use the standard agenda.</source>
        <translation>De gespreksagenda (agenda.toml in de gegevensmap) is onbruikbaar, dus het gesprek kan niet worden geopend. Verbeter het bestand of verwijder het om de standaardagenda te gebruiken.</translation>
    </message>
    <message>
        <source>Interview not opened</source>
        <translation>Gesprek niet geopend</translation>
    </message>
</context>
<context>
    <name>InterviewerDialog</name>
    <message>
        <source>New interviewer</source>
        <translation>Nieuwe interviewer</translation>
    </message>
    <message>
        <source>Edit interviewer</source>
        <translation>Interviewer bewerken</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>e.g. Team leader service</source>
        <translation>bijv. Teamleider service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Fill in the interviewer&apos;s name.</source>
        <translation>Vul de naam van de interviewer in.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>InterviewersDialog</name>
    <message>
        <source>{candidate} for {vacancy} (no date yet)</source>
        <translation>{candidate} voor {vacancy} (nog geen datum)</translation>
    </message>
    <message>
        <source>{candidate} for {vacancy}, {date}</source>
        <translation>{candidate} voor {vacancy}, {date}</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Calibration figures</source>
        <translation>Kalibratiecijfers</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Interviewer toevoegen</translation>
    </message>
    <message>
        <source>No interviewers yet — add the people at your firm who sit on interview panels.</source>
        <translation>Nog geen interviewers — voeg de mensen in je bedrijf toe die in panels zitten.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;PIN…</source>
        <translation>&amp;Pincode…</translation>
    </message>
    <message>
        <source>Set, change or remove this interviewer&apos;s PIN</source>
        <translation>De pincode van deze interviewer instellen, wijzigen of verwijderen</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>Pincode &amp;wissen…</translation>
    </message>
    <message>
        <source>A chair removes a forgotten PIN</source>
        <translation>Een voorzitter wist een vergeten pincode</translation>
    </message>
    <message>
        <source>S&amp;hare figures…</source>
        <translation>Cijfers &amp;delen…</translation>
    </message>
    <message>
        <source>Share my calibration figures with colleagues: turn on or off, by the interviewer themselves (their PIN is asked if they have one)</source>
        <translation>Mijn kalibratiecijfers met collega&apos;s delen: aan of uit, door de interviewer zelf (de pincode wordt gevraagd als die er is)</translation>
    </message>
    <message>
        <source>People who sit on interview panels</source>
        <translation>Mensen die in panels zitten</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>niet gedeeld</translation>
    </message>
    <message>
        <source>Only {name} decides whether colleagues see their calibration figures by name.</source>
        <translation>Alleen {name} beslist of collega&apos;s de kalibratiecijfers met naam zien.</translation>
    </message>
    <message>
        <source>Stop sharing the calibration figures of {name}? Colleagues then see them as a letter (their own view and the chair of their interviews still show the name).</source>
        <translation>Stoppen met delen van de kalibratiecijfers van {name}? Collega&apos;s zien ze dan als letter ({name} zelf en de voorzitter van de gesprekken zien de naam nog wel).</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stoppen met delen</translation>
    </message>
    <message>
        <source>Share the calibration figures of {name} with colleagues? Everyone who opens View → Calibration, and printed calibration overviews, then show them by name.</source>
        <translation>De kalibratiecijfers van {name} met collega&apos;s delen? Wie Beeld → Kalibratie opent, en afgedrukte kalibratieoverzichten, tonen ze dan met naam.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Delete interviewer</source>
        <translation>Interviewer verwijderen</translation>
    </message>
    <message>
        <source>Delete {name} from the list of interviewers?</source>
        <translation>{name} verwijderen uit de lijst met interviewers?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…en nog %n gesprek</numerusform>
            <numerusform>…en nog %n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete interviewer</source>
        <translation>Interviewer kan niet worden verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>{name} sits on the panel of %n interview(s). Take them off those panels first, or delete the interviews:</source>
        <translation>
            <numerusform>{name} zit in het panel van %n gesprek. Haal deze persoon eerst uit dat panel, of verwijder het gesprek:</numerusform>
            <numerusform>{name} zit in het panel van %n gesprekken. Haal deze persoon eerst uit die panels, of verwijder de gesprekken:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <source>Date</source>
        <extracomment>Team mode: &quot;taken offline by … since …&quot; by interview id (set before rows).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <source>No panel yet</source>
        <translation>Nog geen panel</translation>
    </message>
    <message>
        <source>Interview {id}: start InterviewDesk with --open-interview {id} to open it at once</source>
        <translation>Gesprek {id}: start InterviewDesk met --open-interview {id} om het meteen te openen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>{number} · {stage}</source>
        <translation>{number} · {stage}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Why the candidate is not taken further — they have the right to hear why</source>
        <extracomment>What the contact log calls each way of sending.</extracomment>
        <translation>Waarom de kandidaat niet verder gaat — de kandidaat heeft recht om te horen waarom</translation>
    </message>
    <message>
        <source>&amp;Reasons given:</source>
        <translation>&amp;Gegeven redenen:</translation>
    </message>
    <message>
        <source>&amp;Note in the contact log when sent, by:</source>
        <translation>Bij verzenden vastleggen in de &amp;contactlog, door:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiëren naar klembord</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <source>Save as &amp;PDF letter…</source>
        <translation>Opslaan als &amp;pdf-brief…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Invitation to an interview</source>
        <translation>Uitnodiging voor een gesprek</translation>
    </message>
    <message>
        <source>Rejection after the CV</source>
        <translation>Afwijzing na brief en cv</translation>
    </message>
    <message>
        <source>Rejection after the interview</source>
        <translation>Afwijzing na het gesprek</translation>
    </message>
    <message>
        <source>Invitation to a next round</source>
        <translation>Uitnodiging voor een volgende ronde</translation>
    </message>
    <message>
        <source>On hold: no decision yet</source>
        <translation>In de wacht: nog geen besluit</translation>
    </message>
    <message>
        <source>Thank you for the interview</source>
        <translation>Bedankt voor het gesprek</translation>
    </message>
    <message>
        <source>Replace the text you edited with the new template?</source>
        <translation>De tekst die je hebt aangepast vervangen door het nieuwe sjabloon?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>The firm&apos;s own template cannot be used; fix the file or remove it to use the standard text:
{error}</source>
        <translation>Het eigen sjabloon van de organisatie is niet te gebruiken; herstel het bestand of verwijder het om de standaardtekst te gebruiken:
{error}</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>Deze sollicitatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Write to {name}</source>
        <translation>Schrijven aan {name}</translation>
    </message>
    <message>
        <source>No e-mail address known — add it in the candidate&apos;s details, or type it in the mail program</source>
        <translation>Geen e-mailadres bekend — vul het in bij de gegevens van de kandidaat, of typ het in het mailprogramma</translation>
    </message>
    <message>
        <source>Dutch letters say “u” to this candidate (change it in the candidate&apos;s details).</source>
        <translation>Nederlandse brieven spreken deze kandidaat aan met „u” (aan te passen bij de gegevens van de kandidaat).</translation>
    </message>
    <message>
        <source>Dutch letters say “je” to this candidate (change it in the candidate&apos;s details).</source>
        <translation>Nederlandse brieven spreken deze kandidaat aan met „je” (aan te passen bij de gegevens van de kandidaat).</translation>
    </message>
    <message>
        <source>You edited the text, so the reasons are not put in for you: add them to the text yourself.</source>
        <translation>Je hebt de tekst aangepast, dus de redenen worden er niet voor je in gezet: zet ze zelf in de tekst.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: {markers}. Fill them in below, or complete the data (plan the interview, Settings for the firm) and choose the template again.</source>
        <translation>Nog niet bekend, gemarkeerd in de tekst: {markers}. Vul ze hieronder in, of vul de gegevens aan (plan het gesprek, Instellingen voor de organisatie) en kies het sjabloon opnieuw.</translation>
    </message>
    <message>
        <source>Write a subject and a text first.</source>
        <translation>Schrijf eerst een onderwerp en een tekst.</translation>
    </message>
    <message>
        <source>Fill in who sends it: the contact log notes it. (Settings can fill it in each time.)</source>
        <translation>Vul in wie het verstuurt: de contactlog legt het vast. (In Instellingen kun je dit vast invullen.)</translation>
    </message>
    <message>
        <source>Fill in the reasons given: a rejected candidate has the right to hear why, and the contact log keeps them.</source>
        <translation>Vul de gegeven redenen in: een afgewezen kandidaat heeft recht om te horen waarom, en de contactlog bewaart ze.</translation>
    </message>
    <message>
        <source>The reasons can be at most {n} characters long.</source>
        <translation>De redenen mogen hoogstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The text still has gaps: {gaps}. Send it like this?</source>
        <translation>De tekst heeft nog open plekken: {gaps}. Zo versturen?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Toch versturen</translation>
    </message>
    <message>
        <source>The subject and text are on the clipboard.</source>
        <translation>Het onderwerp en de tekst staan op het klembord.</translation>
    </message>
    <message>
        <source>This text is too long to hand to a mail program in one piece (some would cut it off). Open the mail program with the address and subject only, and put the text on the clipboard to paste in?</source>
        <translation>Deze tekst past niet in één keer in een mailprogramma (sommige knippen hem af). Het mailprogramma openen met alleen het adres en onderwerp, en de tekst op het klembord zetten om te plakken?</translation>
    </message>
    <message>
        <source>Open and copy</source>
        <translation>Openen en kopiëren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No mail program took the message. Set one up as the default for e-mail, or use “Copy to clipboard” and paste the text in your mail.</source>
        <translation>Geen mailprogramma heeft het bericht overgenomen. Stel er een in als standaard voor e-mail, of gebruik „Kopiëren naar klembord” en plak de tekst in je mail.</translation>
    </message>
    <message>
        <source>Handed to the mail program; paste the text (it is on the clipboard) and send it. Without a network it waits in the outbox.</source>
        <translation>Doorgegeven aan het mailprogramma; plak daar de tekst (die staat op het klembord) en verstuur de mail. Zonder netwerk wacht hij in het postvak Uit.</translation>
    </message>
    <message>
        <source>Handed to the mail program: check and send it there. Without a network it waits in the outbox.</source>
        <translation>Doorgegeven aan het mailprogramma: controleer en verstuur hem daar. Zonder netwerk wacht hij in het postvak Uit.</translation>
    </message>
    <message>
        <source>Letter {name} - {template}</source>
        <translation>Brief {name} - {template}</translation>
    </message>
    <message>
        <source>Letter saved as {path}</source>
        <translation>Brief opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Not noted in the contact log: the entry would be incomplete. Note it yourself with “Contact log…”.</source>
        <translation>Niet vastgelegd in de contactlog: de regel zou onvolledig zijn. Leg het zelf vast met „Contactlog…”.</translation>
    </message>
    <message>
        <source>Not noted in the contact log: this application no longer exists.</source>
        <translation>Niet vastgelegd in de contactlog: deze sollicitatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Noted in the contact log (e-mail).</source>
        <translation>Vastgelegd in de contactlog (e-mail).</translation>
    </message>
    <message>
        <source>Noted in the contact log (letter).</source>
        <translation>Vastgelegd in de contactlog (brief).</translation>
    </message>
</context>
<context>
    <name>LibraryCompetencyDialog</name>
    <message>
        <source>Edit library competency</source>
        <translation>Competentie in de bibliotheek bewerken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Ke&amp;ywords:</source>
        <translation>&amp;Trefwoorden:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Ankers:</translation>
    </message>
    <message>
        <source>Give the competency a name.</source>
        <translation>Geef de competentie een naam.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <extracomment>Told of others&apos; changes while it is in front (ui/live_updates.py).</extracomment>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Details of the entry</source>
        <translation>Details van de keuze</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>De bibliotheek kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The library is empty. In the vacancy editor, “Save to library” keeps a competency with its anchors, or a question with its probes, here to reuse in other vacancies.</source>
        <translation>De bibliotheek is leeg. In de vacature-editor bewaar je met “In bibliotheek opslaan” een competentie met haar ankers, of een vraag met de doorvragen, hier om in andere vacatures te gebruiken.</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Uit de bibliotheek verwijderen</translation>
    </message>
    <message>
        <source>Delete the question “{text}” from the library? Vacancies that use it keep their copy.</source>
        <translation>De vraag “{text}” uit de bibliotheek verwijderen? Vacatures die haar gebruiken houden hun kopie.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>The library could not be written. Nothing was changed.</source>
        <translation>De bibliotheek kon niet worden opgeslagen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Delete the competency “{name}” from the library? Vacancies that use it keep their copy.</source>
        <translation>De competentie “{name}” uit de bibliotheek verwijderen? Vacatures die haar gebruiken houden hun kopie.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the competency “{name}” from the library? %n question(s) in the library test it. Vacancies that use them keep their copies.</source>
        <translation>
            <numerusform>De competentie “{name}” uit de bibliotheek verwijderen? %n vraag in de bibliotheek toetst haar. Vacatures die die vraag gebruiken houden hun kopie.</numerusform>
            <numerusform>De competentie “{name}” uit de bibliotheek verwijderen? %n vragen in de bibliotheek toetsen haar. Vacatures die die vragen gebruiken houden hun kopieën.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it and its &amp;questions</source>
        <translation>Verwijderen met de &amp;vragen</translation>
    </message>
    <message>
        <source>Delete it, &amp;keep the questions</source>
        <translation>Verwijderen, vragen &amp;houden</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Add from library</source>
        <translation>Uit bibliotheek toevoegen</translation>
    </message>
    <message>
        <source>Your firm&apos;s library</source>
        <translation>Bibliotheek van je organisatie</translation>
    </message>
    <message>
        <source>Starter set (Nederlands)</source>
        <translation>Startset (Nederlands)</translation>
    </message>
    <message>
        <source>Starter set (English)</source>
        <translation>Startset (Engels)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Also add the &amp;questions that test a ticked competency</source>
        <translation>Ook de &amp;vragen toevoegen die een aangevinkte competentie toetsen</translation>
    </message>
    <message>
        <source>Details of the entry</source>
        <translation>Details van de keuze</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Your library is empty. In the vacancy editor, “Save to library” keeps a competency or question here; or choose the starter set as the source.</source>
        <translation>Je bibliotheek is leeg. In de vacature-editor bewaar je met “In bibliotheek opslaan” een competentie of vraag hier; of kies de startset als bron.</translation>
    </message>
    <message>
        <source>The starter set cannot be read. Reinstalling InterviewDesk restores it.</source>
        <translation>De startset kan niet worden gelezen. Installeer InterviewDesk opnieuw om hem te herstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n competency(ies)</source>
        <translation>
            <numerusform>Voegt %n competentie toe</numerusform>
            <numerusform>Voegt %n competenties toe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competency(ies) already in the vacancy</source>
        <translation>
            <numerusform>%n competentie al in de vacature</numerusform>
            <numerusform>%n competenties al in de vacature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) already in the vacancy</source>
        <translation>
            <numerusform>%n vraag al in de vacature</numerusform>
            <numerusform>%n vragen al in de vacature</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the vacancy</source>
        <translation>Al in de vacature</translation>
    </message>
    <message>
        <source>The vacancy already has a competency called {names}; it was not added again.</source>
        <translation>De vacature heeft al een competentie {names}; die is niet nog eens toegevoegd.</translation>
    </message>
</context>
<context>
    <name>LibraryQuestionDialog</name>
    <message>
        <source>Edit library question</source>
        <translation>Vraag in de bibliotheek bewerken</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation>&amp;Doorvragen:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Competency tested:</source>
        <translation>Getoetste &amp;competentie:</translation>
    </message>
    <message>
        <source>Type the question.</source>
        <translation>Typ de vraag.</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Search names, anchors and questions</source>
        <translation>Zoek in namen, ankers en vragen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <source>Library entries</source>
        <translation>Inhoud van de bibliotheek</translation>
    </message>
    <message>
        <source>Questions without a competency</source>
        <translation>Vragen zonder competentie</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}</source>
        <translation>Agendabestand opgeslagen: {path}</translation>
    </message>
    <message>
        <source>&amp;Continue interview</source>
        <translation>Gesprek &amp;voortzetten</translation>
    </message>
    <message>
        <source>&amp;Open interview</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
    <message>
        <source>The example has been loaded.</source>
        <translation>Het voorbeeld is geladen.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>The backup could not be made. Your data itself is unchanged.</source>
        <translation>De back-up kon niet worden gemaakt. Je gegevens zelf zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>Backup saved as {name}.</source>
        <translation>Back-up opgeslagen als {name}.</translation>
    </message>
    <message>
        <source>The team server answers again; the lists are up to date.</source>
        <translation>De teamserver antwoordt weer; de lijsten zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>The lists are up to date again.</source>
        <translation>De lijsten zijn weer bijgewerkt.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: the lists are not updated until it is back.</source>
        <translation>De teamserver is niet bereikbaar: de lijsten worden pas weer bijgewerkt als hij terug is.</translation>
    </message>
    <message>
        <source>Changes made elsewhere cannot be followed right now.</source>
        <translation>Wijzigingen van elders kunnen nu niet worden gevolgd.</translation>
    </message>
    <message>
        <source>Remove the &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin verwijderen…</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Beveiligen met een &amp;wachtwoordzin…</translation>
    </message>
    <message>
        <source>About InterviewDesk</source>
        <translation>Over InterviewDesk</translation>
    </message>
    <message>
        <source>InterviewDesk {version}

Structured job interviews, anchored scoring and printed assessment forms — offline, on this computer.</source>
        <translation>InterviewDesk {version}

Gestructureerde sollicitatiegesprekken, scoren met ankers en afgedrukte beoordelingsformulieren — offline, op deze computer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Beoordeling</translation>
    </message>
    <message>
        <source>New &amp;vacancy…</source>
        <translation>Nieuwe &amp;vacature…</translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation>Nieuwe &amp;kandidaat…</translation>
    </message>
    <message>
        <source>New &amp;interview…</source>
        <translation>Nieuw &amp;gesprek…</translation>
    </message>
    <message>
        <source>I&amp;nterviewers…</source>
        <translation>I&amp;nterviewers…</translation>
    </message>
    <message>
        <source>Cop&amp;y vacancy…</source>
        <translation>Vacature kop&amp;iëren…</translation>
    </message>
    <message>
        <source>Lib&amp;rary…</source>
        <translation>Biblio&amp;theek…</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Voorbeeldgegevens &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>Export a candidate&apos;s &amp;data…</source>
        <translation>&amp;Gegevens van een kandidaat exporteren…</translation>
    </message>
    <message>
        <source>&amp;Move to the personnel file…</source>
        <translation>Naar het &amp;personeelsdossier…</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Gegevensmap &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit planning…</source>
        <translation>&amp;Planning bewerken…</translation>
    </message>
    <message>
        <source>Assessment &amp;form…</source>
        <translation>Beoordelings&amp;formulier…</translation>
    </message>
    <message>
        <source>&amp;Panel discussion…</source>
        <translation>&amp;Panelbespreking…</translation>
    </message>
    <message>
        <source>Interview &amp;report…</source>
        <translation>Gespreksversla&amp;g…</translation>
    </message>
    <message>
        <source>Blank interview &amp;kit…</source>
        <translation>Lege gespreks&amp;leidraad…</translation>
    </message>
    <message>
        <source>&amp;Dossier (report and forms)…</source>
        <translation>&amp;Dossier (verslag en formulieren)…</translation>
    </message>
    <message>
        <source>Calendar file (.&amp;ics)…</source>
        <translation>Agendabestand (.&amp;ics)…</translation>
    </message>
    <message>
        <source>&amp;Write to the candidate…</source>
        <translation>&amp;Schrijven aan de kandidaat…</translation>
    </message>
    <message>
        <source>Print &amp;comparison…</source>
        <translation>Vergelijking af&amp;drukken…</translation>
    </message>
    <message>
        <source>Panel package for a &amp;member…</source>
        <translation>Panelpakket voor een panel&amp;lid…</translation>
    </message>
    <message>
        <source>Re&amp;turn an assessment to the chair…</source>
        <translation>Beoordeling &amp;terugsturen naar de voorzitter…</translation>
    </message>
    <message>
        <source>Returned c&amp;hanges…</source>
        <translation>Teruggestuurde &amp;wijzigingen…</translation>
    </message>
    <message>
        <source>Trai&amp;ning: rate an example answer…</source>
        <translation>Trai&amp;ning: een voorbeeldantwoord beoordelen…</translation>
    </message>
    <message>
        <source>Take o&amp;ffline…</source>
        <translation>O&amp;ffline halen…</translation>
    </message>
    <message>
        <source>Bring &amp;back…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Release offline mar&amp;k…</source>
        <translation>Offline-mar&amp;kering vrijgeven…</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>Pakket i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Move to another &amp;laptop…</source>
        <translation>Naar een andere laptop verhui&amp;zen…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Kalibratie…</translation>
    </message>
    <message>
        <source>&amp;About InterviewDesk</source>
        <translation>&amp;Over InterviewDesk</translation>
    </message>
    <message>
        <source>Search and add</source>
        <translation>Zoeken en toevoegen</translation>
    </message>
    <message>
        <source>Search candidates, vacancies…</source>
        <translation>Zoek kandidaten, vacatures…</translation>
    </message>
    <message>
        <source>+ Vacancy</source>
        <translation>+ Vacature</translation>
    </message>
    <message>
        <source>+ Candidate</source>
        <translation>+ Kandidaat</translation>
    </message>
    <message>
        <source>+ Interview</source>
        <translation>+ Gesprek</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Beveiligen met een wachtwoordzin</translation>
    </message>
    <message>
        <source>The database and every backup are encrypted with this passphrase. InterviewDesk asks for it each time it starts. A long sentence you remember works well.</source>
        <translation>De database en alle back-ups worden met deze wachtwoordzin versleuteld. InterviewDesk vraagt er bij elke start om. Een lange zin die je onthoudt werkt goed.</translation>
    </message>
    <message>
        <source>Keep it safe: without the passphrase nobody can read the data, not even InterviewDesk&apos;s makers.</source>
        <translation>Bewaar hem goed: zonder de wachtwoordzin kan niemand de gegevens lezen, ook de makers van InterviewDesk niet.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nog eens:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtwoordzin nog eens</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Beveiligen</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Typ eerst een wachtwoordzin.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>De wachtwoordzin bevat een teken dat niet gebruikt kan worden.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ twee keer dezelfde.</translation>
    </message>
</context>
<context>
    <name>NotePicker</name>
    <message>
        <source>Quote from interview notes</source>
        <translation>Citeren uit gespreksnotities</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Over {name}</translation>
    </message>
    <message>
        <source>Other notes from this interview</source>
        <translation>Andere notities uit dit gesprek</translation>
    </message>
    <message>
        <source>The whole note</source>
        <translation>De hele notitie</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citeren</translation>
    </message>
    <message>
        <source>Choose a note taken during this interview; it is added to the evidence in quotation marks, with where it was noted.</source>
        <translation>Kies een notitie uit dit gesprek; die wordt tussen aanhalingstekens aan de onderbouwing toegevoegd, met de plek waar de notitie is gemaakt.</translation>
    </message>
    <message>
        <source>“{note}” ({source})</source>
        <translation>“{note}” ({source})</translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>offline copy since {moment}</source>
        <extracomment>How often bring-back asks again when the server changed while the user chose.</extracomment>
        <translation>offline kopie sinds {moment}</translation>
    </message>
    <message>
        <source>brought back {moment}</source>
        <translation>teruggezet {moment}</translation>
    </message>
    <message>
        <source>taken offline by {name} since {moment}</source>
        <translation>offline gehaald door {name} sinds {moment}</translation>
    </message>
    <message>
        <source>Taking the interviews offline…</source>
        <translation>De gesprekken worden offline gehaald…</translation>
    </message>
    <message>
        <source>Not taken offline</source>
        <translation>Niet offline gehaald</translation>
    </message>
    <message>
        <source>Nothing was taken offline and nothing was changed on the server.</source>
        <translation>Er is niets offline gehaald en niets gewijzigd op de server.</translation>
    </message>
    <message>
        <source>

{count} other panel member(s)&apos; assessment(s) stayed on the server: you may not see them yet.</source>
        <translation>

{count} beoordeling(en) van andere panelleden bleven op de server: die mag je nog niet zien.</translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation>Offline gehaald</translation>
    </message>
    <message>
        <source>These interviews are now on this computer:
{names}

To hold them without network, start InterviewDesk when the team server cannot be reached and open this computer&apos;s own data folder. Afterwards, back on the network, choose Interview ▸ Bring back….{hidden}</source>
        <translation>Deze gesprekken staan nu op deze computer:
{names}

Om ze zonder netwerk te voeren, start je InterviewDesk terwijl de teamserver niet bereikbaar is en open je de eigen gegevensmap van deze computer. Kies daarna, weer op het netwerk, Gesprek ▸ Terugzetten….{hidden}</translation>
    </message>
    <message>
        <source>Looking for interviews taken offline…</source>
        <translation>Offline gehaalde gesprekken zoeken…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>This computer holds no interviews taken offline.</source>
        <translation>Op deze computer staan geen offline gehaalde gesprekken.</translation>
    </message>
    <message>
        <source>Comparing with the team server…</source>
        <translation>Vergelijken met de teamserver…</translation>
    </message>
    <message>
        <source>Merge what was done offline into the team server? Fields changed only on this computer are written there; fields changed only on the server stay as they are.</source>
        <translation>Wat offline is gedaan samenvoegen met de teamserver? Velden die alleen op deze computer zijn gewijzigd, worden daar weggeschreven; velden die alleen op de server zijn gewijzigd, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Bringing the interviews back…</source>
        <translation>De gesprekken worden teruggezet…</translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Nothing was changed on the team server.</source>
        <translation>Er is niets gewijzigd op de teamserver.</translation>
    </message>
    <message>
        <source>Taken {moment} by {name} ({count} interview(s))</source>
        <translation>Offline gehaald {moment} door {name} ({count} gesprek(ken))</translation>
    </message>
    <message>
        <source>Which interviews taken offline?</source>
        <translation>Welke offline gehaalde gesprekken?</translation>
    </message>
    <message>
        <source>{count} record(s) updated on the team server.</source>
        <translation>{count} gegeven(s) bijgewerkt op de teamserver.</translation>
    </message>
    <message>
        <source>{count} record(s) made offline created there.</source>
        <translation>{count} offline gemaakt(e) gegeven(s) daar aangemaakt.</translation>
    </message>
    <message>
        <source>{count} record(s) removed offline removed there.</source>
        <translation>{count} offline verwijderd(e) gegeven(s) daar verwijderd.</translation>
    </message>
    <message>
        <source>{count} field(s) changed only on the server kept.</source>
        <translation>{count} veld(en) die alleen op de server zijn gewijzigd, behouden.</translation>
    </message>
    <message>
        <source>{count} field(s) changed on both sides, as you chose.</source>
        <translation>{count} veld(en) die aan beide kanten zijn gewijzigd, zoals je koos.</translation>
    </message>
    <message>
        <source>{count} record(s) had been removed on the server meanwhile; what was done to them offline was not brought back.</source>
        <translation>{count} gegeven(s) waren intussen op de server verwijderd; wat er offline aan is gedaan, is niet teruggezet.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>The interviews are back on the team server and free for everyone again.

{lines}</source>
        <translation>De gesprekken staan weer op de teamserver en zijn weer vrij voor iedereen.

{lines}</translation>
    </message>
    <message>
        <source>Release offline mark</source>
        <translation>Offline-markering vrijgeven</translation>
    </message>
    <message>
        <source>This interview is not taken offline.</source>
        <translation>Dit gesprek is niet offline gehaald.</translation>
    </message>
    <message>
        <source>This interview is {label}. Release it only if that copy is lost or will not come back: what that laptop holds of it can then no longer be brought back.</source>
        <translation>Dit gesprek is {label}. Geef het alleen vrij als die kopie verloren is of niet meer terugkomt: wat die laptop ervan heeft, kan daarna niet meer worden teruggezet.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Niet vrijgegeven</translation>
    </message>
    <message>
        <source>The mark was not changed.</source>
        <translation>De markering is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This computer&apos;s data folder cannot be opened</source>
        <translation>De gegevensmap van deze computer kan niet worden geopend</translation>
    </message>
    <message>
        <source>Nothing was taken offline or brought back, and nothing was changed on the team server.</source>
        <translation>Er is niets offline gehaald of teruggezet, en niets gewijzigd op de teamserver.</translation>
    </message>
</context>
<context>
    <name>OpeningSection</name>
    <message>
        <source>To read aloud</source>
        <translation>Om voor te lezen</translation>
    </message>
    <message>
        <source>Welcome, {candidate}, and thank you for coming.</source>
        <translation>Welkom, {candidate}, en bedankt voor je komst.</translation>
    </message>
    <message>
        <source>{name}, {job_title} — {role} in this interview</source>
        <translation>{name}, {job_title} — {role} in dit gesprek</translation>
    </message>
    <message>
        <source>{name} — {role} in this interview</source>
        <translation>{name} — {role} in dit gesprek</translation>
    </message>
    <message>
        <source>Let us introduce ourselves:</source>
        <translation>Eerst stellen we ons even voor:</translation>
    </message>
    <message>
        <source>You applied for the role of {title} in our {department} department, based in {location}.</source>
        <translation>Je hebt gesolliciteerd naar de functie {title} bij onze afdeling {department}, in {location}.</translation>
    </message>
    <message>
        <source>You applied for the role of {title} in our {department} department.</source>
        <translation>Je hebt gesolliciteerd naar de functie {title} bij onze afdeling {department}.</translation>
    </message>
    <message>
        <source>You applied for the role of {title}, based in {location}.</source>
        <translation>Je hebt gesolliciteerd naar de functie {title}, in {location}.</translation>
    </message>
    <message>
        <source>You applied for the role of {title}.</source>
        <translation>Je hebt gesolliciteerd naar de functie {title}.</translation>
    </message>
    <message>
        <source>First we will tell you a little about the company and what the role involves.</source>
        <translation>We vertellen je eerst iets over het bedrijf en wat de functie inhoudt.</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: about %n minute(s)</source>
        <translation>
            <numerusform>{stage}: ongeveer %n minuut</numerusform>
            <numerusform>{stage}: ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interview takes about %n minute(s). This is how we will spend the time:</source>
        <translation>
            <numerusform>Het gesprek duurt ongeveer %n minuut. Zo verdelen we de tijd:</numerusform>
            <numerusform>Het gesprek duurt ongeveer %n minuten. Zo verdelen we de tijd:</numerusform>
        </translation>
    </message>
    <message>
        <source>Please ask whatever you want to know; there is time for your own questions near the end.</source>
        <translation>Vraag gerust alles wat je wilt weten; tegen het einde is er tijd voor je eigen vragen.</translation>
    </message>
</context>
<context>
    <name>OriginalPdfView</name>
    <message>
        <source>The original CV</source>
        <translation>Het oorspronkelijke cv</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} van {count}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>{name} (not submitted)</source>
        <translation>{name} (niet ingediend)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Save package</source>
        <translation>Pakket op&amp;slaan</translation>
    </message>
    <message>
        <source>Panel package for a member</source>
        <translation>Panelpakket voor een panellid</translation>
    </message>
    <message>
        <source>A package to score on another laptop</source>
        <translation>Een pakket om op een andere laptop te beoordelen</translation>
    </message>
    <message>
        <source>The panel member imports this file on their own laptop, holds the interview there and fills in their own assessment form. It holds the vacancy, its competencies with their anchors and weights, the question kit, and the interview&apos;s date, place and panel. It never holds anyone&apos;s assessment or the notes taken on this laptop.</source>
        <translation>Het panellid importeert dit bestand op de eigen laptop, voert daar het gesprek en vult daar het eigen beoordelingsformulier in. Het bevat de vacature, de competenties met hun ankers en wegingen, de vragenset, en de datum, plaats en het panel van het gesprek. Het bevat nooit iemands beoordeling, en ook niet de aantekeningen op deze laptop.</translation>
    </message>
    <message>
        <source>Include the candidate&apos;s &amp;CV and letter</source>
        <translation>&amp;Cv en motivatiebrief van de kandidaat meesturen</translation>
    </message>
    <message>
        <source>Privacy: the CV and letter are personal data. Include them only if the panel member needs them, send the file by a safe route, and ask them to delete it after the interview. Without them, the package holds only the candidate&apos;s name.</source>
        <translation>Privacy: het cv en de brief zijn persoonsgegevens. Stuur ze alleen mee als het panellid ze nodig heeft, verstuur het bestand op een veilige manier en vraag het panellid het na het gesprek te verwijderen. Zonder cv en brief bevat het pakket alleen de naam van de kandidaat.</translation>
    </message>
    <message>
        <source>Return an assessment to the chair</source>
        <translation>Beoordeling terugsturen naar de voorzitter</translation>
    </message>
    <message>
        <source>Your submitted assessment, for the chair</source>
        <translation>Je ingediende beoordeling, voor de voorzitter</translation>
    </message>
    <message>
        <source>The chair imports this file on their laptop; your form is then in as submitted. Only a submitted form can be returned. If you reopen and change it later, return it again: the chair sees it as a change, with your reason.</source>
        <translation>De voorzitter importeert dit bestand op de eigen laptop; je formulier is dan binnen als ingediend. Alleen een ingediend formulier kan worden teruggestuurd. Open en wijzig je het later opnieuw, stuur het dan nog eens terug: de voorzitter ziet het als wijziging, met je reden.</translation>
    </message>
    <message>
        <source>Include my interview &amp;notes</source>
        <translation>Mijn gespreks&amp;aantekeningen meesturen</translation>
    </message>
    <message>
        <source>Your notes are added below the chair&apos;s, under your name.</source>
        <translation>Je aantekeningen komen onder die van de voorzitter, met je naam erboven.</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panellid</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>&amp;Panel member:</source>
        <translation>&amp;Panellid:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
</context>
<context>
    <name>PanelDiscussion</name>
    <message>
        <source>Someone else…</source>
        <translation>Andere gebruiker…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Logboek…</translation>
    </message>
    <message>
        <source>Who opened, submitted and reopened forms, and when (no scores)</source>
        <translation>Wie formulieren opende, indiende en heropende, en wanneer (geen scores)</translation>
    </message>
    <message>
        <source>The band shows how far apart the scores lie on the scale from 1 to 5; the dot is the mean. Hover over a score to read the evidence, or expand a competency with its arrow.</source>
        <translation>De balk laat zien hoe ver de scores uiteenliggen op de schaal van 1 tot 5; de stip is het gemiddelde. Houd de muis boven een score om de onderbouwing te lezen, of klap een competentie open met het pijltje.</translation>
    </message>
    <message>
        <source>Panel discussion · {candidate}</source>
        <translation>Panelbespreking · {candidate}</translation>
    </message>
    <message>
        <source>{vacancy} · {count} of {total} assessments in</source>
        <translation>{vacancy} · {count} van {total} beoordelingen binnen</translation>
    </message>
    <message>
        <source>{details} · interview {moment}</source>
        <translation>{details} · gesprek {moment}</translation>
    </message>
    <message>
        <source>Open to everyone: every form is in</source>
        <translation>Zichtbaar voor iedereen: alle formulieren zijn binnen</translation>
    </message>
    <message>
        <source>Open to everyone: the round was closed</source>
        <translation>Zichtbaar voor iedereen: de ronde is gesloten</translation>
    </message>
    <message>
        <source>Viewed by: {viewer}</source>
        <translation>Bekeken door: {viewer}</translation>
    </message>
    <message>
        <source>Viewed by: someone not on the panel</source>
        <translation>Bekeken door: iemand buiten het panel</translation>
    </message>
    <message numerus="yes">
        <source>Round closed early on {moment} by {chair}: “{reason}”. %n panel member(s) not submitted yet: {names}. Their scores are not in this view; a form submitted now is marked as submitted after the round was closed.</source>
        <translation>
            <numerusform>Ronde eerder gesloten op {moment} door {chair}: „{reason}”. %n panellid heeft nog niet ingediend: {names}. Die scores staan hier niet bij; een formulier dat nu wordt ingediend, staat als ingediend na het sluiten van de ronde.</numerusform>
            <numerusform>Ronde eerder gesloten op {moment} door {chair}: „{reason}”. %n panelleden hebben nog niet ingediend: {names}. Hun scores staan hier niet bij; een formulier dat nu wordt ingediend, staat als ingediend na het sluiten van de ronde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role to the vacancy; the panel&apos;s scores are compared on them.</source>
        <translation>Nog geen competenties — voeg bij de vacature de 3 tot 6 toe die voor deze functie het belangrijkst zijn; daarop worden de scores van het panel vergeleken.</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel, so there are no scores to discuss. Add the interviewers in the interview&apos;s details.</source>
        <translation>Er zit niemand in het panel van dit gesprek, dus er zijn geen scores om te bespreken. Voeg de interviewers toe bij de gegevens van het gesprek.</translation>
    </message>
</context>
<context>
    <name>PanelForms</name>
    <message>
        <source>PIN asked</source>
        <translation>Pincode gevraagd</translation>
    </message>
    <message>
        <source>View submitted form</source>
        <translation>Ingediend formulier bekijken</translation>
    </message>
    <message>
        <source>Fill in assessment form</source>
        <translation>Beoordelingsformulier invullen</translation>
    </message>
    <message>
        <source>Opens {name}&apos;s own form, for {name} only</source>
        <translation>Opent het eigen formulier van {name}, alleen voor {name}</translation>
    </message>
</context>
<context>
    <name>PanelMatrix</name>
    <message>
        <source>To discuss</source>
        <translation>Te bespreken</translation>
    </message>
    <message>
        <source>The panel differs on these, or nobody assessed them. Agree on a score and say why.</source>
        <translation>Hierover verschilt het panel van mening, of niemand heeft ze beoordeeld. Spreek samen een score af en geef aan waarom.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>No large difference</source>
        <translation>Geen groot verschil</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>Panel score</source>
        <translation>Panelscore</translation>
    </message>
    <message>
        <source>Show or hide each rater&apos;s evidence</source>
        <translation>De onderbouwing van elke beoordelaar tonen of verbergen</translation>
    </message>
    <message>
        <source>Evidence for {competency}</source>
        <translation>Onderbouwing bij {competency}</translation>
    </message>
    <message>
        <source>{kind} · weight {weight}</source>
        <translation>{kind} · weging {weight}</translation>
    </message>
    <message>
        <source>⚑ Nobody assessed this</source>
        <translation>⚑ Door niemand beoordeeld</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Raters differ by %n point(s)</source>
        <translation>
            <numerusform>⚑ Beoordelaars verschillen %n punt</numerusform>
            <numerusform>⚑ Beoordelaars verschillen %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>{flag} — resolved</source>
        <translation>{flag} — opgelost</translation>
    </message>
    <message>
        <source>The panel&apos;s consensus</source>
        <translation>De consensus van het panel</translation>
    </message>
    <message>
        <source>The mean of the scores given</source>
        <translation>Het gemiddelde van de gegeven scores</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>The panel agrees this was not assessed</source>
        <translation>Het panel is het erover eens dat dit niet beoordeeld is</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No panel score until the panel records a consensus</source>
        <translation>Geen panelscore tot het panel een consensus vastlegt</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Gewogen totaal</translation>
    </message>
    <message>
        <source>Each rater&apos;s total over the competencies they assessed, by weight. A competency not assessed neither counts as a low score nor lowers the total.</source>
        <translation>Het totaal van elke beoordelaar over de competenties die hij of zij beoordeelde, naar weging. Een niet-beoordeelde competentie telt niet als lage score en verlaagt het totaal niet.</translation>
    </message>
    <message>
        <source>The candidate&apos;s weighted score from the panel scores</source>
        <translation>De gewogen score van de kandidaat op basis van de panelscores</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: niet beoordeeld</translation>
    </message>
    <message>
        <source>{name}: {score} · {label}</source>
        <translation>{name}: {score} · {label}</translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation>Geen onderbouwing geschreven.</translation>
    </message>
    <message>
        <source>{score} · {label}</source>
        <translation>{score} · {label}</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Sterke punten:</translation>
    </message>
    <message>
        <source>Weaknesses:</source>
        <translation>Zwakke punten:</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Print the interview &amp;report…</source>
        <translation>Gespreks&amp;verslag afdrukken…</translation>
    </message>
    <message>
        <source>Print the &amp;dossier (report and forms)…</source>
        <translation>&amp;Dossier afdrukken (verslag en formulieren)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Panel discussion</source>
        <translation>&amp;Panelbespreking</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <source>Panel discussion</source>
        <extracomment>A change by someone else waits this long while a consensus is being written.</extracomment>
        <translation>Panelbespreking</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Logboek…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>That person is not on this interview&apos;s panel. Choose who is looking.</source>
        <translation>Die persoon zit niet in het panel van dit gesprek. Kies wie er kijkt.</translation>
    </message>
    <message>
        <source>Type your PIN to look at the panel discussion as yourself.</source>
        <translation>Typ je pincode om de panelbespreking als jezelf te bekijken.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>The panel&apos;s assessments could not be read.</source>
        <translation>De beoordelingen van het panel konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The panel&apos;s scores could not be read.</source>
        <translation>De scores van het panel konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>Panel discussion · {candidate}</source>
        <translation>Panelbespreking · {candidate}</translation>
    </message>
    <message>
        <source>someone not on the panel</source>
        <translation>iemand buiten het panel</translation>
    </message>
    <message>
        <source>Round not closed</source>
        <translation>Ronde niet gesloten</translation>
    </message>
    <message>
        <source>The round could not be closed.</source>
        <translation>De ronde kon niet worden gesloten.</translation>
    </message>
    <message>
        <source>Round closed</source>
        <translation>Ronde gesloten</translation>
    </message>
    <message>
        <source>Consensus not recorded</source>
        <translation>Consensus niet vastgelegd</translation>
    </message>
    <message>
        <source>The consensus could not be recorded.</source>
        <translation>De consensus kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Consensus recorded</source>
        <translation>Consensus vastgelegd</translation>
    </message>
    <message>
        <source>Take back the consensus?</source>
        <translation>De consensus intrekken?</translation>
    </message>
    <message>
        <source>Take back the panel&apos;s consensus on {name}? The competency is open again until the panel records a new one.</source>
        <translation>De consensus van het panel over {name} intrekken? De competentie staat dan weer open tot het panel een nieuwe consensus vastlegt.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>The consensus could not be taken back.</source>
        <translation>De consensus kon niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>Consensus taken back</source>
        <translation>Consensus ingetrokken</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Besluit niet vastgelegd</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>Het besluit kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Besluit vastgelegd</translation>
    </message>
    <message>
        <source>Interview not found</source>
        <translation>Gesprek niet gevonden</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>Dit gesprek bestaat niet meer. Misschien is het verwijderd.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>This data folder is protected with a passphrase. Type it to open your data.</source>
        <translation>Deze gegevensmap is beveiligd met een wachtwoordzin. Typ die om je gegevens te openen.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Try again.</source>
        <translation>Die wachtwoordzin klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>Pincode van {name}</translation>
    </message>
    <message>
        <source>Is this {name}?</source>
        <translation>Ben jij {name}?</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Pincode of wachtzin</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;Pincode of wachtzin:</translation>
    </message>
    <message>
        <source>Forgot it? A chair can reset it under File → Interviewers.</source>
        <translation>Vergeten? Een voorzitter kan hem wissen via Bestand → Interviewers.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>That is not the PIN of {name}. Try again.</source>
        <translation>Dat is niet de pincode van {name}. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Te vaak fout. Wacht %n seconde voor je het opnieuw probeert.</numerusform>
            <numerusform>Te vaak fout. Wacht %n seconden voor je het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Je kunt het opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>PinSettingsDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>Pincode van {name}</translation>
    </message>
    <message>
        <source>With a PIN, the app asks for it before it opens {name}&apos;s assessment form or shows the panel discussion as {name}. Use at least {count} characters; a short sentence works well. The PIN is stored only as a salted hash.</source>
        <translation>Met een pincode vraagt de app erom voordat het beoordelingsformulier van {name} opengaat of de panelbespreking als {name} wordt getoond. Gebruik minstens {count} tekens; een korte zin werkt goed. De pincode wordt alleen als gezouten hash bewaard.</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Huidige pincode:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nieuwe pincode:</translation>
    </message>
    <message>
        <source>&amp;Repeat new PIN:</source>
        <translation>Nieuwe pincode &amp;herhalen:</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Pincode verwijderen</translation>
    </message>
    <message>
        <source>Forgot the current PIN? A chair can reset it with Reset PIN…</source>
        <translation>Huidige pincode vergeten? Een voorzitter kan hem wissen met Pincode wissen…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Te vaak fout. Wacht %n seconde voor je het opnieuw probeert.</numerusform>
            <numerusform>Te vaak fout. Wacht %n seconden voor je het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the current PIN of {name}.</source>
        <translation>Dat is niet de huidige pincode van {name}.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>De twee nieuwe pincodes verschillen. Typ twee keer dezelfde pincode.</translation>
    </message>
    <message>
        <source>A PIN needs at least {count} characters.</source>
        <translation>Een pincode heeft minstens {count} tekens nodig.</translation>
    </message>
    <message>
        <source>A passphrase can be at most {count} characters.</source>
        <translation>Een wachtzin mag hoogstens {count} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Type a PIN or passphrase.</source>
        <translation>Typ een pincode of wachtzin.</translation>
    </message>
</context>
<context>
    <name>PlanningMerge</name>
    <message>
        <source>the candidate</source>
        <extracomment>The interviewer&apos;s fields.</extracomment>
        <translation>de kandidaat</translation>
    </message>
    <message>
        <source>the vacancy</source>
        <translation>de vacature</translation>
    </message>
    <message>
        <source>the date and time</source>
        <translation>de datum en tijd</translation>
    </message>
    <message>
        <source>the length</source>
        <translation>de duur</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>de locatie</translation>
    </message>
    <message>
        <source>the round</source>
        <translation>de ronde</translation>
    </message>
    <message>
        <source>the seat of {name} on the panel</source>
        <translation>de plaats van {name} in het panel</translation>
    </message>
    <message>
        <source>Both versions named a chair: {chair} stays chair and {name} is a panel member now.</source>
        <translation>Beide versies noemden een voorzitter: {chair} blijft voorzitter en {name} is nu panellid.</translation>
    </message>
    <message>
        <source>the interviewer&apos;s name</source>
        <translation>de naam van de interviewer</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>the job title</source>
        <translation>de functie</translation>
    </message>
</context>
<context>
    <name>PreparationSection</name>
    <message>
        <source>Nobody is on the panel yet. Add the interviewers and their roles in the interview&apos;s details, so that each of them can assess the candidate.</source>
        <translation>Er zit nog niemand in het panel. Voeg de interviewers en hun rol toe bij de gegevens van het gesprek, zodat ieder van hen de kandidaat kan beoordelen.</translation>
    </message>
    <message>
        <source>Show the CV</source>
        <translation>Toon het cv</translation>
    </message>
    <message>
        <source>Show the letter</source>
        <translation>Toon de brief</translation>
    </message>
    <message>
        <source>Show the vacancy</source>
        <translation>Toon de vacature</translation>
    </message>
    <message>
        <source>No CV was added for this candidate.</source>
        <translation>Voor deze kandidaat is geen cv toegevoegd.</translation>
    </message>
    <message>
        <source>No letter was added for this candidate.</source>
        <translation>Voor deze kandidaat is geen brief toegevoegd.</translation>
    </message>
    <message>
        <source>Read before the interview</source>
        <translation>Lees vóór het gesprek</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Het panel</translation>
    </message>
    <message>
        <source>Don&apos;t forget</source>
        <translation>Niet vergeten</translation>
    </message>
    <message>
        <source>InterviewDesk covers these itself:</source>
        <translation>Dit regelt InterviewDesk zelf:</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Asked</source>
        <translation>Gesteld</translation>
    </message>
    <message>
        <source>Asked ({key}, or Shift+Tab from the notes)</source>
        <translation>Gesteld ({key}, of Shift+Tab vanuit de notities)</translation>
    </message>
    <message>
        <source>Competency: {name} · anchors ▾</source>
        <translation>Competentie: {name} · ankers ▾</translation>
    </message>
    <message>
        <source>Show the five anchors of the rating scale</source>
        <translation>Toon de vijf ankers van de beoordelingsschaal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this question added during the interview</source>
        <translation>Verwijder deze vraag die tijdens het gesprek is toegevoegd</translation>
    </message>
    <message>
        <source>Notes on the answer</source>
        <translation>Notities bij het antwoord</translation>
    </message>
    <message>
        <source>Notes on question {number}</source>
        <translation>Notities bij vraag {number}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>What was the situation?</source>
        <translation>Wat was de situatie?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>What was their task or goal?</source>
        <translation>Wat was de taak of het doel?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>What did they do themselves?</source>
        <translation>Wat deed de kandidaat zelf?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Wat leverde het op?</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>No questions are planned for this stage. Add them to the vacancy&apos;s question kit before the next interview, or add one below as you ask it.</source>
        <translation>Voor dit onderdeel zijn geen vragen gepland. Zet ze vóór het volgende gesprek in de vragenset van de vacature, of voeg er hieronder een toe terwijl je hem stelt.</translation>
    </message>
    <message>
        <source>A question you ask on the spot — Enter adds it</source>
        <translation>Een vraag die je ter plekke stelt — Enter voegt hem toe</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Een vraag toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Vragen (%n)</numerusform>
            <numerusform>Vragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Vraag niet toegevoegd</translation>
    </message>
    <message>
        <source>The question could not be saved. It is still in the field, so you can try again.</source>
        <translation>De vraag kon niet worden opgeslagen. Hij staat nog in het veld, zodat je het opnieuw kunt proberen.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Remove “{question}” and the notes taken for it?</source>
        <translation>„{question}” en de notities erbij verwijderen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Question not removed</source>
        <translation>Vraag niet verwijderd</translation>
    </message>
    <message>
        <source>The question could not be removed.</source>
        <translation>De vraag kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Stage</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Vraag &amp;toevoegen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>&amp;Onderdeel</translation>
    </message>
    <message>
        <source>Questions in this stage</source>
        <translation>Vragen in dit onderdeel</translation>
    </message>
    <message>
        <source>Add from li&amp;brary…</source>
        <translation>&amp;Uit bibliotheek toevoegen…</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>The question as you will ask it</source>
        <translation>De vraag zoals je die gaat stellen</translation>
    </message>
    <message>
        <source>Follow-up questions to dig deeper, e.g. “What did you do yourself?”</source>
        <translation>Doorvragen om dieper te gaan, bijv. “Wat deed je zelf?”</translation>
    </message>
    <message>
        <source>Add competencies on the Competencies tab to link questions to them.</source>
        <translation>Voeg competenties toe op het tabblad Competenties om er vragen aan te koppelen.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation>&amp;Doorvragen:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Competency probed:</source>
        <translation>Getoetste &amp;competentie:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Sa&amp;ve to library</source>
        <translation>In &amp;bibliotheek opslaan</translation>
    </message>
    <message>
        <source>Keep this question and its probes in the firm&apos;s library, to reuse in other vacancies</source>
        <translation>Bewaar deze vraag en de doorvragen in de bibliotheek van je organisatie, om in andere vacatures te gebruiken</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>(nieuwe competentie)</translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(nieuwe vraag)</translation>
    </message>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
    <message>
        <source>No questions for “{stage}” yet — add the questions every candidate for this role should be asked in this stage.</source>
        <translation>Nog geen vragen voor “{stage}” — voeg de vragen toe die je in dit onderdeel aan elke kandidaat voor deze functie stelt.</translation>
    </message>
</context>
<context>
    <name>RaterChooser</name>
    <message>
        <source>Who fills in the assessment form?</source>
        <translation>Wie vult het beoordelingsformulier in?</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <source>Each panel member fills in their own form, on their own, before the panel compares scores. Choose your name; the form shows only your own assessment.</source>
        <translation>Elk panellid vult zelfstandig een eigen formulier in, voordat het panel de scores vergelijkt. Kies je naam; het formulier toont alleen je eigen beoordeling.</translation>
    </message>
    <message>
        <source>{role} · {state}</source>
        <translation>{role} · {state}</translation>
    </message>
    <message>
        <source>PIN asked</source>
        <translation>Pincode gevraagd</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel yet. Add the interviewers in the interview&apos;s details; then each of them can fill in a form.</source>
        <translation>Er zit nog niemand in het panel van dit gesprek. Voeg de interviewers toe bij de gegevens van het gesprek; daarna kan ieder van hen een formulier invullen.</translation>
    </message>
</context>
<context>
    <name>ReadingDock</name>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find in the text (Ctrl+F)</source>
        <translation>Zoeken in de tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere tekst (Ctrl+-)</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normale tekstgrootte (Ctrl+0)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Grotere tekst (Ctrl+=)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Copy of {title}</source>
        <extracomment>For a candidate on hold, the next feedback date offered first. How many rotating backups to keep (the main window sets the user&apos;s choice).</extracomment>
        <translation>Kopie van {title}</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Niet gekopieerd</translation>
    </message>
    <message>
        <source>The vacancy could not be copied. Nothing was changed.</source>
        <translation>De vacature kon niet worden gekopieerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Copied “{title}”: the copy has its competencies and questions, no candidates.</source>
        <translation>“{title}” gekopieerd: de kopie heeft de competenties en vragen, geen kandidaten.</translation>
    </message>
    <message>
        <source>Delete vacancy</source>
        <translation>Vacature verwijderen</translation>
    </message>
    <message>
        <source>Delete the vacancy “{title}” with its competencies, questions, applications and interviews? The candidates themselves stay. This cannot be undone.</source>
        <translation>De vacature “{title}” verwijderen, met de competenties, vragen, sollicitaties en gesprekken? De kandidaten zelf blijven bestaan. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Kandidaat verwijderen</translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded about them — applications, interviews, notes, assessments and documents — for every vacancy, also from the backups? This cannot be undone: afterwards no backup holds them either.</source>
        <translation>{name} verwijderen met alles wat over deze kandidaat is vastgelegd — sollicitaties, gesprekken, notities, beoordelingen en documenten — voor elke vacature, ook uit de back-ups? Dit kan niet ongedaan worden gemaakt: daarna staat de kandidaat ook in geen enkele back-up meer.</translation>
    </message>
    <message>
        <source>Not everything cleaned up</source>
        <translation>Niet alles opgeschoond</translation>
    </message>
    <message>
        <source>The candidate was deleted, but not everything could be cleaned up yet; the details say what is left.</source>
        <translation>De kandidaat is verwijderd, maar nog niet alles kon worden opgeschoond; de details zeggen wat er nog over is.</translation>
    </message>
    <message>
        <source>{name} was deleted, also from the backups.</source>
        <translation>{name} is verwijderd, ook uit de back-ups.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>Delete the interview {interview} with its notes and assessments? The candidate and the vacancy stay. This cannot be undone.</source>
        <translation>Het gesprek {interview} verwijderen, met de notities en beoordelingen? De kandidaat en de vacature blijven bestaan. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Import the CV of {name}</source>
        <translation>Het cv van {name} importeren</translation>
    </message>
    <message>
        <source>Import the motivation letter of {name}</source>
        <translation>De motivatiebrief van {name} importeren</translation>
    </message>
    <message>
        <source>PDF, Word or text files (*.pdf *.docx *.txt)</source>
        <translation>PDF-, Word- of tekstbestanden (*.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>CV not imported</source>
        <translation>Cv niet geïmporteerd</translation>
    </message>
    <message>
        <source>Letter not imported</source>
        <translation>Brief niet geïmporteerd</translation>
    </message>
    <message>
        <source>CV of {name} imported from {file}.</source>
        <translation>Cv van {name} geïmporteerd uit {file}.</translation>
    </message>
    <message>
        <source>Motivation letter of {name} imported from {file}.</source>
        <translation>Motivatiebrief van {name} geïmporteerd uit {file}.</translation>
    </message>
    <message>
        <source>Tick what to save with the candidate; what is not ticked stays as it is.</source>
        <translation>Vink aan wat je bij de kandidaat wilt opslaan; wat niet is aangevinkt, blijft zoals het is.</translation>
    </message>
    <message>
        <source>Save ticked</source>
        <translation>Aangevinkte opslaan</translation>
    </message>
    <message>
        <source>Contact details not saved</source>
        <translation>Contactgegevens niet opgeslagen</translation>
    </message>
    <message>
        <source>Replace the CV?</source>
        <translation>Het cv vervangen?</translation>
    </message>
    <message>
        <source>{name} already has a CV. Replace it with “{file}”? The CV text and the original file kept now are replaced.</source>
        <translation>{name} heeft al een cv. Vervangen door “{file}”? De cv-tekst en het bewaarde originele bestand worden dan vervangen.</translation>
    </message>
    <message>
        <source>Replace CV</source>
        <translation>Cv vervangen</translation>
    </message>
    <message>
        <source>Replace the motivation letter?</source>
        <translation>De motivatiebrief vervangen?</translation>
    </message>
    <message>
        <source>{name} already has a motivation letter. Replace it with “{file}”? The letter&apos;s text and the original file kept now are replaced.</source>
        <translation>{name} heeft al een motivatiebrief. Vervangen door “{file}”? De tekst van de brief en het bewaarde originele bestand worden dan vervangen.</translation>
    </message>
    <message>
        <source>Replace letter</source>
        <translation>Brief vervangen</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>Deze kandidaat bestaat niet meer.</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Terugkoppeling gegeven</translation>
    </message>
    <message>
        <source>There is no decision on this interview (any more): decide in the panel discussion first.</source>
        <translation>Er is geen besluit (meer) over dit gesprek: neem eerst een besluit in de panelbespreking.</translation>
    </message>
    <message>
        <source>Have you told {name} the panel&apos;s decision, “{outcome}”? Their status then becomes “{status}”.</source>
        <translation>Heb je {name} het besluit van het panel laten weten: “{outcome}”? De status wordt dan “{status}”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The feedback could not be recorded.</source>
        <translation>De terugkoppeling kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Feedback to {name} recorded; their status is now “{status}”.</source>
        <translation>Terugkoppeling aan {name} vastgelegd; de status is nu “{status}”.</translation>
    </message>
</context>
<context>
    <name>ReferenceChecksDialog</name>
    <message>
        <source>Reference checks — {name}</source>
        <extracomment>How much of what the referee said the list shows; the editor shows it all.</extracomment>
        <translation>Referenties — {name}</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Add reference check…</source>
        <translation>Referentie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Reference checks</source>
        <translation>Referenties</translation>
    </message>
    <message>
        <source>No consent for references is recorded for {name}. A referee may only be called with the candidate&apos;s consent.</source>
        <translation>Voor {name} is geen toestemming voor referenties vastgelegd. Je mag een referent alleen bellen met toestemming van de kandidaat.</translation>
    </message>
    <message>
        <source>{date} ({how})</source>
        <translation>{date} ({how})</translation>
    </message>
    <message>
        <source>{name} consented to references on {date}, recorded by {by}.</source>
        <translation>{name} gaf toestemming voor referenties op {date}, vastgelegd door {by}.</translation>
    </message>
    <message>
        <source>Whom to ask: {note}.</source>
        <translation>Wie je mag vragen: {note}.</translation>
    </message>
    <message>
        <source>Change consent…</source>
        <translation>Toestemming wijzigen…</translation>
    </message>
    <message>
        <source>No reference checks yet.</source>
        <translation>Nog geen referenties opgevraagd.</translation>
    </message>
    <message>
        <source>No reference checks yet. Record the candidate&apos;s consent before you call a referee.</source>
        <translation>Nog geen referenties opgevraagd. Leg de toestemming van de kandidaat vast voordat je een referent belt.</translation>
    </message>
    <message>
        <source>{referee} ({about})</source>
        <translation>{referee} ({about})</translation>
    </message>
    <message>
        <source>Called on {date} by {by}</source>
        <translation>Gebeld op {date} door {by}</translation>
    </message>
    <message>
        <source>No consent for references</source>
        <translation>Geen toestemming voor referenties</translation>
    </message>
    <message>
        <source>{name} has no recorded consent for references, so you may not call a referee yet. Record the consent first: when it was given, how, and who at the firm recorded it.</source>
        <translation>Voor {name} is geen toestemming voor referenties vastgelegd, dus je mag nog geen referent bellen. Leg eerst de toestemming vast: wanneer die is gegeven, hoe, en wie die heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Delete reference check</source>
        <translation>Referentie verwijderen</translation>
    </message>
    <message>
        <source>Delete the reference check with {referee}? What was asked and said is then gone.</source>
        <translation>De referentie van {referee} verwijderen? Wat er gevraagd en gezegd is, is dan weg.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReferenceConsentDialog</name>
    <message>
        <source>Consent for references — {name}</source>
        <translation>Toestemming voor referenties — {name}</translation>
    </message>
    <message>
        <source>A referee may only be called with the candidate&apos;s consent. Record when {name} gave it, how, who at the firm recorded it, and whom you may ask.</source>
        <translation>Je mag een referent alleen bellen met toestemming van de kandidaat. Leg vast wanneer {name} die gaf, hoe, wie die heeft vastgelegd en wie je mag vragen.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Fill in whom you may ask for a reference.</source>
        <translation>Vul in wie je om een referentie mag vragen.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>Kies hoe de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Fill in who recorded the consent.</source>
        <translation>Vul in wie de toestemming heeft vastgelegd.</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation>Een toestemming kan niet in de toekomst zijn gegeven.</translation>
    </message>
    <message>
        <source>This application no longer exists; no consent was recorded.</source>
        <translation>Deze sollicitatie bestaat niet meer; er is geen toestemming vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <source>New reference check — {name}</source>
        <translation>Nieuwe referentie — {name}</translation>
    </message>
    <message>
        <source>Reference check — {name}</source>
        <translation>Referentie — {name}</translation>
    </message>
    <message>
        <source>Full name of the referee</source>
        <translation>Volledige naam van de referent</translation>
    </message>
    <message>
        <source>e.g. her manager at the time</source>
        <translation>bijv. toenmalig leidinggevende</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Bedrijf of organisatie</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Choose who called</source>
        <translation>Kies wie er belde</translation>
    </message>
    <message>
        <source>The questions you asked, one per line</source>
        <translation>De vragen die je stelde, één per regel</translation>
    </message>
    <message>
        <source>What the referee said, per question if you like</source>
        <translation>Wat de referent zei, desgewenst per vraag</translation>
    </message>
    <message>
        <source>&amp;Referee:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Re&amp;latie:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Called on:</source>
        <translation>&amp;Gebeld op:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Gebeld &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Asked:</source>
        <translation>Ge&amp;vraagd:</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>Ge&amp;zegd:</translation>
    </message>
    <message>
        <source>Fill in the referee&apos;s name.</source>
        <translation>Vul de naam van de referent in.</translation>
    </message>
    <message>
        <source>The relation is too long.</source>
        <translation>De relatie heeft te veel tekens.</translation>
    </message>
    <message>
        <source>The organisation is too long.</source>
        <translation>De organisatie heeft te veel tekens.</translation>
    </message>
    <message>
        <source>Fill in how the referee was reached: a phone number or an e-mail address.</source>
        <translation>Vul in hoe je de referent bereikte: een telefoonnummer of een e-mailadres.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Het e-mailadres heeft te veel tekens.</translation>
    </message>
    <message>
        <source>A reference check cannot be dated in the future.</source>
        <translation>Een referentie kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose who called the referee. Add them as an interviewer first if they are not in the list.</source>
        <translation>Kies wie de referent belde. Staat die er niet tussen, voeg hem of haar dan eerst toe als interviewer.</translation>
    </message>
    <message>
        <source>What was asked can be at most {n} characters long.</source>
        <translation>Wat er gevraagd is mag hoogstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Write down what the referee said (at most {n} characters).</source>
        <translation>Schrijf op wat de referent zei (hoogstens {n} tekens).</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent for references is no longer recorded, so this reference check cannot be saved. Record the consent first.</source>
        <translation>De toestemming van de kandidaat voor referenties is niet meer vastgelegd, dus deze referentie kan niet worden opgeslagen. Leg eerst de toestemming vast.</translation>
    </message>
    <message>
        <source>This reference check or its application no longer exists; nothing was saved.</source>
        <translation>Deze referentie of de sollicitatie bestaat niet meer; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the submitted form</source>
        <translation>Het ingediende formulier heropenen</translation>
    </message>
    <message>
        <source>For example: I scored the wrong competency, or I remembered more evidence.</source>
        <translation>Bijvoorbeeld: ik heb de verkeerde competentie gescoord, of ik herinnerde me meer onderbouwing.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reden om te heropenen</translation>
    </message>
    <message>
        <source>Why is the form opened again?</source>
        <translation>Waarom wordt het formulier heropend?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>The reason is kept with the form, with the date, so it stays clear why the form changed after it was submitted. Until you submit again, your form counts as not submitted.</source>
        <translation>De reden wordt met de datum bij het formulier bewaard, zodat duidelijk blijft waarom het formulier na het indienen is gewijzigd. Tot je opnieuw indient, telt je formulier als niet ingediend.</translation>
    </message>
</context>
<context>
    <name>ReorderableList</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset the PIN of {name}</source>
        <translation>Pincode van {name} wissen</translation>
    </message>
    <message>
        <source>For example: forgotten after the holidays</source>
        <translation>Bijvoorbeeld: vergeten na de vakantie</translation>
    </message>
    <message>
        <source>&amp;Chair who resets:</source>
        <translation>&amp;Voorzitter die wist:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;PIN:</source>
        <translation>&amp;Pincode voorzitter:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>A chair can remove a forgotten PIN so that {name} can set a new one. The reset is recorded, with the chair&apos;s name, in the audit trail of {name}&apos;s interviews.</source>
        <translation>Een voorzitter kan een vergeten pincode wissen, zodat {name} een nieuwe kan instellen. Dat komt met de naam van de voorzitter in het logboek van de gesprekken van {name}.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Pincode wissen</translation>
    </message>
    <message>
        <source>Nobody else chairs a panel yet, so nobody can reset this PIN. Make someone the chair of an interview&apos;s panel first.</source>
        <translation>Nog niemand anders is voorzitter van een panel, dus niemand kan deze pincode wissen. Maak eerst iemand voorzitter van het panel van een gesprek.</translation>
    </message>
    <message>
        <source>The chair types their own PIN.</source>
        <translation>De voorzitter typt de eigen pincode.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Te vaak fout. Wacht %n seconde voor je het opnieuw probeert.</numerusform>
            <numerusform>Te vaak fout. Wacht %n seconden voor je het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the PIN of {name}.</source>
        <translation>Dat is niet de pincode van {name}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Your results</source>
        <translation>Jouw resultaten</translation>
    </message>
    <message>
        <source>Per 5 exercises</source>
        <translation>Per 5 oefeningen</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Resultaten groeperen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Gem. verschil</translation>
    </message>
    <message>
        <source>Exactly right</source>
        <translation>Precies goed</translation>
    </message>
    <message>
        <source>Within 1</source>
        <translation>Binnen 1</translation>
    </message>
    <message>
        <source>Choose your name to see your results.</source>
        <translation>Kies je naam om je resultaten te zien.</translation>
    </message>
    <message>
        <source>Your results appear here after your first rating: how close you came to the reference, over time.</source>
        <translation>Na je eerste score zie je hier je resultaten: hoe dicht je bij de referentiescore zat, in de loop van de tijd.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) rated. On average {difference} points from the reference; {exact} exactly right, {within} within one point. {tendency}</source>
        <translation>
            <numerusform>%n oefening beoordeeld. Gemiddeld {difference} punt van de referentie; {exact} precies goed, {within} binnen één punt. {tendency}</numerusform>
            <numerusform>%n oefeningen beoordeeld. Gemiddeld {difference} punt van de referentie; {exact} precies goed, {within} binnen één punt. {tendency}</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Exercises {first}–{last}</source>
        <translation>Oefeningen {first}–{last}</translation>
    </message>
    <message>
        <source>You tend to score milder than the reference.</source>
        <translation>Je scoort meestal milder dan de referentie.</translation>
    </message>
    <message>
        <source>You tend to score stricter than the reference.</source>
        <translation>Je scoort meestal strenger dan de referentie.</translation>
    </message>
    <message>
        <source>No lean towards milder or stricter.</source>
        <translation>Geen neiging naar milder of strenger.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message numerus="yes">
        <source>The retention period of %n candidate(s) has passed. Their data should now be erased, unless they consented to a longer period.</source>
        <translation>
            <numerusform>De bewaartermijn van %n kandidaat is verstreken. Verwijder de gegevens nu, tenzij de kandidaat toestemming gaf voor langer bewaren.</numerusform>
            <numerusform>De bewaartermijn van %n kandidaten is verstreken. Verwijder hun gegevens nu, tenzij ze toestemming gaven voor langer bewaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show who</source>
        <translation>&amp;Toon wie</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>! {name}</source>
        <translation>! {name}</translation>
    </message>
    <message>
        <source>Overdue since {date} · {reason}</source>
        <translation>Te laat sinds {date} · {reason}</translation>
    </message>
    <message>
        <source>Due {date} · {reason}</source>
        <translation>Uiterlijk {date} · {reason}</translation>
    </message>
    <message numerus="yes">
        <source>consent, %n month(s)</source>
        <translation>
            <numerusform>toestemming, %n maand</numerusform>
            <numerusform>toestemming, %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entered + %n week(s)</source>
        <translation>
            <numerusform>ingevoerd + %n week</numerusform>
            <numerusform>ingevoerd + %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>end + %n week(s)</source>
        <translation>
            <numerusform>einde + %n week</numerusform>
            <numerusform>einde + %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>The procedure for {vacancies} ended on {ended}. {name} consented to keeping their data longer; that period ends on {date}.</source>
        <translation>De procedure voor {vacancies} is geëindigd op {ended}. {name} gaf toestemming om de gegevens langer te bewaren; die termijn loopt af op {date}.</translation>
    </message>
    <message>
        <source>{name} has not applied to any vacancy; their data is kept for the short period from the day it was entered, until {date}.</source>
        <translation>{name} heeft op geen enkele vacature gesolliciteerd; de gegevens worden de korte termijn bewaard vanaf de dag van invoeren, tot {date}.</translation>
    </message>
    <message>
        <source>The procedure for {vacancies} ended on {ended}. Without consent the data may be kept until {date}.</source>
        <translation>De procedure voor {vacancies} is geëindigd op {ended}. Zonder toestemming mogen de gegevens bewaard worden tot {date}.</translation>
    </message>
    <message>
        <source>Erase the candidate, or record their consent.</source>
        <translation>Verwijder de kandidaat, of leg de toestemming vast.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message numerus="yes">
        <source>! %n overdue</source>
        <translation>
            <numerusform>! %n te laat</numerusform>
            <numerusform>! %n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a candidate above.</source>
        <translation>Kies hierboven een kandidaat.</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <source>Delete candidate…</source>
        <translation>Kandidaat verwijderen…</translation>
    </message>
</context>
<context>
    <name>ReturnedChangesDialog</name>
    <message>
        <source>Returned changes</source>
        <translation>Teruggestuurde wijzigingen</translation>
    </message>
    <message>
        <source>The scores stay hidden until you may see this member&apos;s scores: once every panel member has submitted. You can still accept or decline the change.</source>
        <translation>De scores blijven verborgen tot je de scores van dit panellid mag zien: zodra elk panellid heeft ingediend. Je kunt de wijziging wel al accepteren of afwijzen.</translation>
    </message>
    <message>
        <source>Scores before and after the change</source>
        <translation>Scores voor en na de wijziging</translation>
    </message>
    <message>
        <source>No returned changes wait for you. When a panel member changes a form they returned and returns it again, the change appears here.</source>
        <translation>Er wachten geen teruggestuurde wijzigingen op je. Als een panellid een teruggestuurd formulier wijzigt en opnieuw terugstuurt, verschijnt de wijziging hier.</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>Wijziging &amp;accepteren</translation>
    </message>
    <message>
        <source>&amp;Decline change</source>
        <translation>Wijziging af&amp;wijzen</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>{name} changed their submitted form</source>
        <translation>{name} heeft het ingediende formulier gewijzigd</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Reden:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>The change was not applied</source>
        <translation>De wijziging is niet doorgevoerd</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All notes saved</source>
        <translation>Alle notities opgeslagen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved {time}, except one text that waits for your choice</source>
        <translation>Opgeslagen {time}, behalve één tekst die op je keuze wacht</translation>
    </message>
    <message>
        <source>Saved {time}, except {count} texts that wait for your choice</source>
        <translation>Opgeslagen {time}, behalve {count} teksten die op je keuze wachten</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Your latest notes could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</source>
        <translation>Je laatste notities konden nog niet worden opgeslagen (de database is bezet of niet beschrijfbaar). Ze blijven hier staan en het opslaan wordt om de paar seconden opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Your latest changes to the form could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</source>
        <translation>Je laatste wijzigingen in het formulier konden nog niet worden opgeslagen (de database is bezet of niet beschrijfbaar). Ze blijven hier staan en het opslaan wordt om de paar seconden opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>CV</source>
        <extracomment>The agenda whose stage names a notes hit shows.</extracomment>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Motivatiebrief</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Naam of e-mail</translation>
    </message>
    <message>
        <source>Interview notes {date}</source>
        <translation>Gespreksnotities {date}</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <source>{place} · {stage}</source>
        <translation>{place} · {stage}</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Candidate · no vacancy</source>
        <translation>Kandidaat · geen vacature</translation>
    </message>
    <message>
        <source>Candidate · {vacancy}</source>
        <translation>Kandidaat · {vacancy}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Team server password</source>
        <extracomment>Where a long server address may wrap: after these, or after this many characters.</extracomment>
        <translation>Wachtwoord van de teamserver</translation>
    </message>
    <message>
        <source>The password was not accepted. Type it again for {server}:</source>
        <translation>Het wachtwoord werd niet geaccepteerd. Typ het opnieuw voor {server}:</translation>
    </message>
    <message>
        <source>The password saved on this computer was not accepted by {server}, so it was removed from the keyring. Type the current password:</source>
        <translation>Het wachtwoord dat op deze computer bewaard was, werd niet geaccepteerd door {server} en is daarom uit de wachtwoordkluis verwijderd. Typ het huidige wachtwoord:</translation>
    </message>
    <message>
        <source>Password for the team server {server}:</source>
        <translation>Wachtwoord voor de teamserver {server}:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Ticked, it is kept in this computer&apos;s system keyring (never in InterviewDesk&apos;s settings) and not asked again; Settings → Team server forgets it. Unticked, InterviewDesk keeps it only while it runs.</source>
        <translation>Aangevinkt wordt het bewaard in de wachtwoordkluis van het systeem op deze computer (nooit in de instellingen van InterviewDesk) en niet meer gevraagd; Instellingen → Teamserver vergeet het. Niet aangevinkt onthoudt InterviewDesk het alleen zolang het draait.</translation>
    </message>
    <message>
        <source>InterviewDesk keeps it only while it runs. To be asked no more, put it in the .pgpass file of your user folder (see the README, Team mode).</source>
        <translation>InterviewDesk onthoudt het alleen zolang het draait. Zet het in het bestand .pgpass in je gebruikersmap om het niet meer gevraagd te krijgen (zie de README, Team mode).</translation>
    </message>
    <message>
        <source>This computer&apos;s system keyring could not be used ({problem}), so the password is asked instead.</source>
        <translation>De wachtwoordkluis van het systeem op deze computer kon niet worden gebruikt ({problem}), dus wordt het wachtwoord gevraagd.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Set when the passphrase button closed the dialog: the caller then protects the folder or removes its passphrase (the dialog itself changes no files).</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A backup of the database is made each time InterviewDesk starts and closes; older ones are removed.</source>
        <translation>Elke keer dat InterviewDesk start en afsluit, wordt er een back-up van de database gemaakt; oudere back-ups worden verwijderd.</translation>
    </message>
    <message>
        <source> weeks after the procedure</source>
        <translation> weken na de procedure</translation>
    </message>
    <message>
        <source> months with consent</source>
        <translation> maanden met toestemming</translation>
    </message>
    <message>
        <source>Weeks to keep data without consent</source>
        <translation>Weken gegevens bewaren zonder toestemming</translation>
    </message>
    <message>
        <source>Months to keep data with consent</source>
        <translation>Maanden gegevens bewaren met toestemming</translation>
    </message>
    <message>
        <source>The NVP Sollicitatiecode: 4 weeks after the procedure ends, or 1 year with the candidate&apos;s consent. Candidates past this date are listed under “Due for deletion”.</source>
        <translation>De NVP Sollicitatiecode: 4 weken na het einde van de procedure, of 1 jaar met toestemming van de kandidaat. Kandidaten voorbij die datum staan onder „Te verwijderen”.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straat en huisnummer
Postcode en plaats</translation>
    </message>
    <message>
        <source>Who signs the letters</source>
        <translation>Wie de brieven ondertekent</translation>
    </message>
    <message>
        <source>Used in letters and e-mails to candidates: the letterhead, the signature, and who is noted in the contact log.</source>
        <translation>Voor brieven en e-mails aan kandidaten: het briefhoofd, de ondertekening, en wie in de contactlog wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s data folder. Used from the next start; the password is not kept here (.pgpass, the system keyring, or asked at start-up).</source>
        <translation>Leeg: de gegevensmap van deze computer. Geldt vanaf de volgende start; het wachtwoord wordt hier niet bewaard (.pgpass, de wachtwoordkluis van het systeem, of gevraagd bij het starten).</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Keep candidates&apos; data:</source>
        <translation>&amp;Gegevens kandidaten bewaren:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation>Naam &amp;organisatie:</translation>
    </message>
    <message>
        <source>Firm a&amp;ddress:</source>
        <translation>A&amp;dres organisatie:</translation>
    </message>
    <message>
        <source>Letters &amp;signed by:</source>
        <translation>Brieven ondertekend doo&amp;r:</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>&amp;Team server:</source>
        <translation>Team&amp;server:</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>Wachtwoordzin verwijderen…</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Beveiligen met een wachtwoordzin…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>Bewaard wachtwoord &amp;vergeten</translation>
    </message>
    <message>
        <source>Remove the team server&apos;s password from this computer&apos;s system keyring: it is asked again at the next start.</source>
        <translation>Verwijder het wachtwoord van de teamserver uit de wachtwoordkluis van het systeem op deze computer: het wordt bij de volgende start opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Wachtwoord niet vergeten</translation>
    </message>
    <message>
        <source>This computer&apos;s system keyring could not be used ({problem}). Nothing was removed.</source>
        <translation>De wachtwoordkluis van het systeem op deze computer kon niet worden gebruikt ({problem}). Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Forget the saved password</source>
        <translation>Bewaard wachtwoord vergeten</translation>
    </message>
    <message>
        <source>The password for {server} was removed from this computer&apos;s keyring; it is asked again at the next start.</source>
        <translation>Het wachtwoord voor {server} is uit de wachtwoordkluis van deze computer verwijderd; het wordt bij de volgende start opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring keeps no password for {server}.</source>
        <translation>De wachtwoordkluis van deze computer bewaart geen wachtwoord voor {server}.</translation>
    </message>
    <message>
        <source>Not a team server</source>
        <translation>Geen teamserver</translation>
    </message>
    <message>
        <source>A team server is given as postgresql://user@server/database.</source>
        <translation>Een teamserver geef je op als postgresql://gebruiker@server/database.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>No vacancies yet — create one with + Vacancy.</source>
        <translation>Nog geen vacatures — maak er een aan met + Vacature.</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Komende gesprekken</translation>
    </message>
    <message>
        <source>No interviews planned for today or the next two weeks.</source>
        <translation>Geen gesprekken gepland voor vandaag of de komende twee weken.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Nothing found. Try part of a name or a word from a CV, letter or interview notes, or press Esc to go back.</source>
        <translation>Niets gevonden. Probeer een deel van een naam of een woord uit een cv, brief of gespreksnotities, of druk op Esc om terug te gaan.</translation>
    </message>
    <message>
        <source>Edit vacancy…</source>
        <translation>Vacature bewerken…</translation>
    </message>
    <message>
        <source>Delete vacancy…</source>
        <translation>Vacature verwijderen…</translation>
    </message>
    <message>
        <source>Copy vacancy…</source>
        <translation>Vacature kopiëren…</translation>
    </message>
</context>
<context>
    <name>SpreadCell</name>
    <message>
        <source>one score</source>
        <translation>één score</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) apart</source>
        <translation>
            <numerusform>%n punt verschil</numerusform>
            <numerusform>%n punten verschil</numerusform>
        </translation>
    </message>
    <message>
        <source>all the same</source>
        <translation>allemaal gelijk</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>geen scores</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>{number} · {name}</source>
        <translation>{number} · {name}</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Notities bij dit onderdeel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) logged below</source>
        <translation>
            <numerusform>%n vraag hieronder genoteerd</numerusform>
            <numerusform>%n vragen hieronder genoteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{submitted} of {total} forms submitted</source>
        <translation>{submitted} van {total} beoordelingsformulieren ingediend</translation>
    </message>
    <message>
        <source>the panel recorded its decision</source>
        <translation>het panel heeft een besluit vastgelegd</translation>
    </message>
    <message>
        <source>no decision recorded yet</source>
        <translation>nog geen besluit vastgelegd</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Stages of the interview</source>
        <translation>Onderdelen van het gesprek</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Huidig onderdeel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The candidate needs a name.</source>
        <translation>De kandidaat heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The candidate applied to the same vacancy twice.</source>
        <translation>De kandidaat heeft twee keer op dezelfde vacature gesolliciteerd.</translation>
    </message>
    <message>
        <source>This candidate was deleted in the meantime.</source>
        <translation>Deze kandidaat is intussen verwijderd.</translation>
    </message>
    <message>
        <source>The candidate was deleted in the meantime.</source>
        <translation>De kandidaat is intussen verwijderd.</translation>
    </message>
    <message>
        <source>The vacancy was deleted in the meantime.</source>
        <translation>De vacature is intussen verwijderd.</translation>
    </message>
    <message>
        <source>This vacancy was deleted in the meantime.</source>
        <translation>Deze vacature is intussen verwijderd.</translation>
    </message>
    <message>
        <source>The interviewer needs a name.</source>
        <translation>De interviewer heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This interviewer was deleted in the meantime.</source>
        <translation>Deze interviewer is intussen verwijderd.</translation>
    </message>
    <message>
        <source>An interviewer on the panel was deleted in the meantime.</source>
        <translation>Een interviewer in het panel is intussen verwijderd.</translation>
    </message>
    <message>
        <source>This interview was deleted in the meantime.</source>
        <translation>Dit gesprek is intussen verwijderd.</translation>
    </message>
    <message>
        <source>Choose the candidate.</source>
        <translation>Kies de kandidaat.</translation>
    </message>
    <message>
        <source>Choose the vacancy.</source>
        <translation>Kies de vacature.</translation>
    </message>
    <message>
        <source>The panel needs at least one interviewer.</source>
        <translation>Het panel heeft minstens één interviewer nodig.</translation>
    </message>
    <message>
        <source>An interviewer sits on the panel twice.</source>
        <translation>Een interviewer zit twee keer in het panel.</translation>
    </message>
    <message>
        <source>The panel can have only one chair.</source>
        <translation>Het panel kan maar één voorzitter hebben.</translation>
    </message>
    <message>
        <source>The panel is fixed once an assessment form of this interview is submitted: ask the team server&apos;s administrator to change it.</source>
        <translation>Het panel ligt vast zodra een beoordelingsformulier van dit gesprek is ingediend: vraag de beheerder van de teamserver om het te wijzigen.</translation>
    </message>
    <message>
        <source>You cannot make yourself the chair once the panel has started its assessment forms: ask the team server&apos;s administrator.</source>
        <translation>Je kunt jezelf geen voorzitter maken zodra het panel aan de beoordelingsformulieren is begonnen: vraag het de beheerder van de teamserver.</translation>
    </message>
    <message>
        <source>The vacancy needs a title.</source>
        <translation>De vacature heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>A competency&apos;s name</source>
        <translation>De naam van een competentie</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Het telefoonnummer</translation>
    </message>
    <message>
        <source>The place of residence</source>
        <translation>De woonplaats</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>De afdeling</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>De locatie</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>De functie</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters long.</source>
        <translation>{what} mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Offline halen</translation>
    </message>
    <message>
        <source>The interviews you tick are copied, with their vacancy and candidate, into this computer&apos;s own data folder, so you can hold them without network. The team server shows them as taken offline by you, and nobody can start them there until you bring them back. Other panel members&apos; assessments go along only where you may see them.</source>
        <translation>De gesprekken die je aanvinkt, worden met hun vacature en kandidaat gekopieerd naar de eigen gegevensmap van deze computer, zodat je ze zonder netwerk kunt voeren. De teamserver toont ze als door jou offline gehaald, en niemand kan ze daar beginnen tot je ze terugzet. Beoordelingen van andere panelleden gaan alleen mee als je ze mag zien.</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <source>{when} — {candidate}</source>
        <translation>{when} — {candidate}</translation>
    </message>
    <message>
        <source>{label} ({taken})</source>
        <translation>{label} ({taken})</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>{when} · {candidate}</source>
        <translation>{when} · {candidate}</translation>
    </message>
    <message>
        <source>{vacancy} · done</source>
        <translation>{vacancy} · klaar</translation>
    </message>
    <message>
        <source>{vacancy} · under way</source>
        <translation>{vacancy} · bezig</translation>
    </message>
</context>
<context>
    <name>VacanciesModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <extracomment>A full-text hit&apos;s snippet, the hit between « and » (a third, quieter line).</extracomment>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>ends {date} · {candidates}</source>
        <translation>loopt tot {date} · {candidates}</translation>
    </message>
</context>
<context>
    <name>VacancyDetail</name>
    <message>
        <source>Edit vacancy…</source>
        <translation>Vacature bewerken…</translation>
    </message>
    <message>
        <source>Delete vacancy…</source>
        <translation>Vacature verwijderen…</translation>
    </message>
    <message>
        <source>Choose a vacancy on the left, or create one with + Vacancy.</source>
        <translation>Kies links een vacature, of maak er een aan met + Vacature.</translation>
    </message>
    <message>
        <source>No candidates yet — add one with + Candidate, with their CV and motivation letter.</source>
        <translation>Nog geen kandidaten — voeg er een toe met + Kandidaat, met cv en motivatiebrief.</translation>
    </message>
    <message>
        <source>+ Candidate</source>
        <translation>+ Kandidaat</translation>
    </message>
    <message>
        <source>Edit candidate…</source>
        <translation>Kandidaat bewerken…</translation>
    </message>
    <message>
        <source>Delete candidate…</source>
        <translation>Kandidaat verwijderen…</translation>
    </message>
    <message>
        <source>+ Interview</source>
        <translation>+ Gesprek</translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation>Gesprek voortzetten</translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation>Gesprek openen</translation>
    </message>
    <message>
        <source>Drop a CV file on a candidate to import it.</source>
        <translation>Sleep een cv-bestand naar een kandidaat om het te importeren.</translation>
    </message>
    <message>
        <source>Drag a PDF, DOCX or TXT file from your file manager onto a candidate to import it as their CV.</source>
        <translation>Sleep een PDF-, DOCX- of TXT-bestand uit je bestandsbeheer naar een kandidaat om het als diens cv te importeren.</translation>
    </message>
    <message>
        <source>Import CV…</source>
        <translation>Cv importeren…</translation>
    </message>
    <message>
        <source>Import motivation letter…</source>
        <translation>Motivatiebrief importeren…</translation>
    </message>
    <message>
        <source>Contact log…</source>
        <translation>Contactlog…</translation>
    </message>
    <message>
        <source>Write to the candidate…</source>
        <translation>Schrijven aan de kandidaat…</translation>
    </message>
    <message>
        <source>Reference checks…</source>
        <translation>Referenties…</translation>
    </message>
    <message>
        <source>No interviews planned yet — plan one with + Interview: choose the candidate, the date and the panel. When the candidate arrives, open it here to hold the interview.</source>
        <translation>Nog geen gesprekken gepland — plan er een met + Gesprek: kies de kandidaat, de datum en het panel. Als de kandidaat er is, open je het hier om het gesprek te voeren.</translation>
    </message>
    <message>
        <source>Delete interview…</source>
        <translation>Gesprek verwijderen…</translation>
    </message>
    <message>
        <source>Edit planning…</source>
        <translation>Planning bewerken…</translation>
    </message>
    <message>
        <source>Assessment form…</source>
        <translation>Beoordelingsformulier…</translation>
    </message>
    <message>
        <source>Panel discussion…</source>
        <translation>Panelbespreking…</translation>
    </message>
    <message>
        <source>No competencies yet. Add the 3 to 6 that matter most for this role; the interview questions and the assessment form are built on them.</source>
        <translation>Nog geen competenties. Voeg de 3 tot 6 toe die voor deze functie het belangrijkst zijn; de gespreksvragen en het beoordelingsformulier zijn erop gebaseerd.</translation>
    </message>
    <message>
        <source>Edit competencies…</source>
        <translation>Competenties bewerken…</translation>
    </message>
    <message>
        <source>Candidates ({n})</source>
        <translation>Kandidaten ({n})</translation>
    </message>
    <message>
        <source>Interviews ({n})</source>
        <translation>Gesprekken ({n})</translation>
    </message>
    <message>
        <source>Competencies ({n})</source>
        <translation>Competenties ({n})</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Procedure ends {date}</source>
        <translation>Procedure loopt tot {date}</translation>
    </message>
    <message>
        <source>No end date set for the procedure</source>
        <translation>Geen einddatum voor de procedure</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>Nieuwe vacature</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Vacature bewerken</translation>
    </message>
    <message>
        <source>Save &amp;whole kit to library</source>
        <translation>&amp;Hele vragenset in bibliotheek opslaan</translation>
    </message>
    <message>
        <source>Keep every competency and question of this vacancy in the firm&apos;s library</source>
        <translation>Bewaar alle competenties en vragen van deze vacature in de bibliotheek van je organisatie</translation>
    </message>
    <message>
        <source>e.g. Service engineer Utrecht</source>
        <translation>bijv. Servicemonteur Utrecht</translation>
    </message>
    <message>
        <source>Paste the full vacancy text here. It is shown beside the interview, so the panel can check what was promised.</source>
        <translation>Plak hier de volledige vacaturetekst. Die staat tijdens het gesprek ernaast, zodat het panel kan nagaan wat er is beloofd.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Candidates&apos; data may be kept until 4 weeks after the procedure ends, or 1 year with their consent. Then the home view lists them under “Due for deletion”.</source>
        <translation>Gegevens van kandidaten mogen bewaard worden tot 4 weken na het einde van de procedure, of 1 jaar met hun toestemming. Daarna staan ze in het startscherm onder „Te verwijderen”.</translation>
    </message>
    <message>
        <source>&amp;Procedure ends:</source>
        <translation>&amp;Einddatum procedure:</translation>
    </message>
    <message>
        <source>&amp;Vacancy text:</source>
        <translation>&amp;Vacaturetekst:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>Co&amp;mpetencies ({count})</source>
        <translation>Co&amp;mpetenties ({count})</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>V&amp;ragen</translation>
    </message>
    <message>
        <source>Give the vacancy a title.</source>
        <translation>Geef de vacature een titel.</translation>
    </message>
    <message>
        <source>Competency {n} has no name yet.</source>
        <translation>Competentie {n} heeft nog geen naam.</translation>
    </message>
    <message>
        <source>Two competencies are called “{name}”. Give each its own name.</source>
        <translation>Twee competenties heten “{name}”. Geef elke competentie een eigen naam.</translation>
    </message>
    <message>
        <source>A question has no text yet. Type the question, or remove it.</source>
        <translation>Een vraag heeft nog geen tekst. Typ de vraag, of verwijder die.</translation>
    </message>
</context>
<context>
    <name>VacancyDock</name>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>No vacancy text yet — paste it in when editing the vacancy.</source>
        <translation>Nog geen vacaturetekst — plak die erin bij het bewerken van de vacature.</translation>
    </message>
    <message>
        <source>Vacancy text</source>
        <translation>Vacaturetekst</translation>
    </message>
    <message>
        <source>The vacancy&apos;s competencies are highlighted.</source>
        <translation>De competenties van de vacature zijn gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>VacancyLibrary</name>
    <message>
        <source>Not saved to the library</source>
        <extracomment>How many duplicate names a question lists before &quot;and n more&quot;.</extracomment>
        <translation>Niet in de bibliotheek opgeslagen</translation>
    </message>
    <message>
        <source>Give the competency a name first.</source>
        <translation>Geef de competentie eerst een naam.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Typ eerst de vraag.</translation>
    </message>
    <message>
        <source>Save the kit to the library</source>
        <translation>Vragenset in de bibliotheek opslaan</translation>
    </message>
    <message>
        <source>This vacancy has no competencies or questions yet.</source>
        <translation>Deze vacature heeft nog geen competenties of vragen.</translation>
    </message>
    <message>
        <source>A competency has no name or a question has no text yet. Fill it in or remove it, then save the kit again.</source>
        <translation>Een competentie heeft nog geen naam of een vraag nog geen tekst. Vul die in of verwijder hem, en sla de vragenset dan opnieuw op.</translation>
    </message>
    <message>
        <source>Question kit</source>
        <translation>Vragenset</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Al in de bibliotheek</translation>
    </message>
    <message>
        <source>The library already has {names}. Update the library&apos;s entries with these, or keep both?</source>
        <translation>De bibliotheek heeft al {names}. Wil je die in de bibliotheek bijwerken met deze, of beide houden?</translation>
    </message>
    <message>
        <source>&amp;Update the library</source>
        <translation>&amp;Bibliotheek bijwerken</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>Beide &amp;houden</translation>
    </message>
    <message>
        <source>The library could not be written. Nothing was changed.</source>
        <translation>De bibliotheek kon niet worden opgeslagen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saved to the library</source>
        <translation>In de bibliotheek opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} en nog %n</numerusform>
            <numerusform>{names} en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n entry(ies) added to the library, {updated} updated.</source>
        <translation>
            <numerusform>{what}: %n nieuw in de bibliotheek, {updated} bijgewerkt.</numerusform>
            <numerusform>{what}: %n nieuw in de bibliotheek, {updated} bijgewerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyMerge</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>the vacancy&apos;s title</source>
        <translation>de titel van de vacature</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>de afdeling</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>de standplaats</translation>
    </message>
    <message>
        <source>the vacancy text</source>
        <translation>de vacaturetekst</translation>
    </message>
    <message>
        <source>the date the procedure ends</source>
        <translation>de einddatum van de procedure</translation>
    </message>
    <message>
        <source>the name of the competency “{name}”</source>
        <translation>de naam van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the kind of the competency “{name}”</source>
        <translation>het soort van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the weight of the competency “{name}”</source>
        <translation>het gewicht van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the description of the competency “{name}”</source>
        <translation>de omschrijving van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the keywords of the competency “{name}”</source>
        <translation>de trefwoorden van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the anchor for score {n} of the competency “{name}”</source>
        <translation>het anker bij score {n} van de competentie “{name}”</translation>
    </message>
    <message>
        <source>the question “{text}”</source>
        <translation>de vraag “{text}”</translation>
    </message>
    <message>
        <source>the probes of the question “{text}”</source>
        <translation>de doorvragen bij de vraag “{text}”</translation>
    </message>
    <message>
        <source>the kind of the question “{text}”</source>
        <translation>het soort van de vraag “{text}”</translation>
    </message>
    <message>
        <source>the stage of the question “{text}”</source>
        <translation>het onderdeel van de vraag “{text}”</translation>
    </message>
    <message>
        <source>the competency the question “{text}” tests</source>
        <translation>de competentie die de vraag “{text}” toetst</translation>
    </message>
    <message>
        <source>The competency “{name}” was removed here but changed by someone else: it is kept.</source>
        <translation>De competentie “{name}” is hier verwijderd, maar door iemand anders gewijzigd: ze blijft staan.</translation>
    </message>
    <message>
        <source>The competency “{name}” was removed by someone else but changed here: it is kept, as a new competency.</source>
        <translation>De competentie “{name}” is door iemand anders verwijderd, maar hier gewijzigd: ze blijft staan, als nieuwe competentie.</translation>
    </message>
    <message>
        <source>The question “{text}” was removed here but changed by someone else: it is kept.</source>
        <translation>De vraag “{text}” is hier verwijderd, maar door iemand anders gewijzigd: ze blijft staan.</translation>
    </message>
    <message>
        <source>The question “{text}” was removed by someone else but changed here: it is kept, as a new question.</source>
        <translation>De vraag “{text}” is door iemand anders verwijderd, maar hier gewijzigd: ze blijft staan, als nieuwe vraag.</translation>
    </message>
</context>
<context>
    <name>ViewerChooser</name>
    <message>
        <source>Who is looking?</source>
        <translation>Wie bekijkt de panelbespreking?</translation>
    </message>
    <message>
        <source>Each panel member sees the others&apos; scores only after submitting their own assessment, so that everyone scores what they saw themselves.</source>
        <translation>Elk panellid ziet de scores van de anderen pas na het indienen van de eigen beoordeling, zodat iedereen scoort wat hij of zij zelf zag.</translation>
    </message>
    <message>
        <source>PIN asked</source>
        <translation>Pincode gevraagd</translation>
    </message>
    <message>
        <source>{role} · {state}</source>
        <translation>{role} · {state}</translation>
    </message>
    <message>
        <source>Someone not on this panel</source>
        <translation>Iemand buiten dit panel</translation>
    </message>
    <message>
        <source>Sees the scores once every form is in, or once the chair closes the round early.</source>
        <translation>Ziet de scores zodra alle formulieren binnen zijn, of zodra de voorzitter de ronde eerder sluit.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to InterviewDesk</source>
        <translation>Welkom bij InterviewDesk</translation>
    </message>
    <message>
        <source>InterviewDesk walks you through a structured job interview. Prepare the vacancy with the core competencies that matter and a question for every part of the agenda; follow the agenda during the conversation while your notes are saved as you type; then let each panel member score on their own before you compare and decide together.</source>
        <translation>InterviewDesk leidt je door een gestructureerd sollicitatiegesprek. Bereid de vacature voor met de kerncompetenties die ertoe doen en een vraag voor elk onderdeel van de agenda; volg tijdens het gesprek de agenda, terwijl je notities meteen worden opgeslagen; laat daarna elk panellid eerst zelfstandig scoren, voordat jullie samen vergelijken en beslissen.</translation>
    </message>
    <message>
        <source>Create a vacancy</source>
        <translation>Vacature aanmaken</translation>
    </message>
    <message>
        <source>Start with the job you are hiring for: its text, core competencies and interview questions.</source>
        <translation>Begin met de functie waarvoor je iemand zoekt: de vacaturetekst, de kerncompetenties en de gespreksvragen.</translation>
    </message>
    <message>
        <source>Load the example</source>
        <translation>Voorbeeld laden</translation>
    </message>
    <message>
        <source>Look around in a filled-in vacancy with candidates, a panel and interviews. You can delete it when you are done.</source>
        <translation>Kijk rond in een ingevulde vacature met kandidaten, een panel en gesprekken. Als je klaar bent, kun je het voorbeeld weer verwijderen.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, no network. Candidates&apos; data is kept until 4 weeks after the procedure ends, or 1 year with their consent; the app tells you when it is due for deletion.</source>
        <translation>Alles blijft op deze computer: geen account, geen netwerk. Gegevens van kandidaten worden bewaard tot 4 weken na het einde van de procedure, of 1 jaar met hun toestemming; de app laat je weten wanneer ze verwijderd moeten worden.</translation>
    </message>
</context>
<context>
    <name>access_request</name>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation>Gegevens van een kandidaat exporteren</translation>
    </message>
    <message>
        <source>There are no candidates yet.</source>
        <translation>Er zijn nog geen kandidaten.</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Van wie?</translation>
    </message>
    <message>
        <source>Where to put the export</source>
        <translation>Waar moet de export komen?</translation>
    </message>
    <message>
        <source>Personal data {name} {date}</source>
        <translation>Inzage {name} {date}</translation>
    </message>
    <message>
        <source>Export not made</source>
        <translation>Export niet gemaakt</translation>
    </message>
    <message>
        <source>Everything held on {name} is in {folder}: a PDF to read, a JSON file with the same data, and the original documents. Only your user account can open them.</source>
        <translation>Alles wat over {name} is vastgelegd, staat in {folder}: een pdf om te lezen, een JSON-bestand met dezelfde gegevens en de originele documenten. Alleen jouw gebruikersaccount kan ze openen.</translation>
    </message>
    <message>
        <source>Data of {name} exported to {folder}</source>
        <translation>Gegevens van {name} geëxporteerd naar {folder}</translation>
    </message>
    <message>
        <source>Move to the personnel file</source>
        <translation>Naar het personeelsdossier</translation>
    </message>
    <message>
        <source>Nobody has been hired yet: only a hired candidate&apos;s data moves to the personnel file.</source>
        <translation>Er is nog niemand aangenomen: alleen de gegevens van een aangenomen kandidaat gaan naar het personeelsdossier.</translation>
    </message>
    <message>
        <source>Personnel file {name} {date}</source>
        <translation>Personeelsdossier {name} {date}</translation>
    </message>
    <message>
        <source>Export everything held on {name} to {folder}, then delete {name} here, also from the backups? Put the exported folder in the personnel file. The deletion cannot be undone.</source>
        <translation>Alles wat over {name} is vastgelegd exporteren naar {folder}, en {name} daarna hier verwijderen, ook uit de back-ups? Zet de geëxporteerde map in het personeelsdossier. Het verwijderen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Export and delete</source>
        <translation>Exporteren en verwijderen</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The backup could not be restored</source>
        <translation>De back-up kon niet worden teruggezet</translation>
    </message>
    <message>
        <source>Nothing was changed. Try another data folder, or quit.</source>
        <translation>Er is niets gewijzigd. Probeer een andere gegevensmap, of sluit af.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>This database cannot be brought up to date by this version of InterviewDesk. It has not been changed.</source>
        <translation>Deze versie van InterviewDesk kan deze database niet bijwerken. De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Work offline?</source>
        <translation>Offline werken?</translation>
    </message>
    <message>
        <source>This computer holds interviews taken offline from the team server ({count} copy or copies). Open this computer&apos;s own data folder to hold them without the server? Bring them back once the server can be reached again.</source>
        <translation>Op deze computer staan gesprekken die van de teamserver offline zijn gehaald ({count} kopie(ën)). De eigen gegevensmap van deze computer openen om ze zonder server te voeren? Zet ze terug zodra de server weer bereikbaar is.</translation>
    </message>
    <message>
        <source>Open the offline copies</source>
        <translation>Offline kopieën openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The team server cannot be used</source>
        <translation>De teamserver kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>InterviewDesk could not open the team server. Check the address in Settings → Team server, the network and your login, or ask the server&apos;s administrator.</source>
        <translation>InterviewDesk kon de teamserver niet openen. Controleer het adres bij Instellingen → Teamserver, het netwerk en je login, of vraag het de beheerder van de server.</translation>
    </message>
    <message>
        <source>The team server&apos;s database does not fit this version of InterviewDesk. Nothing was changed.</source>
        <translation>De database van de teamserver past niet bij deze versie van InterviewDesk. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>The backup at closing could not be made. Your data itself is saved.</source>
        <translation>De back-up bij het afsluiten kon niet worden gemaakt. Je gegevens zelf zijn wel opgeslagen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The PNG sizes of the app icon (``interviewdesk-&lt;size&gt;.png``, made from the SVG by ``tools/make_icons.py``): the desktop picks the size it shows, no SVG plugin needed.</extracomment>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>InterviewDesk ran into a problem it did not expect. What you had saved is safe; please check the last thing you did. The details are in the log file {path}.</source>
        <translation>InterviewDesk liep tegen een onverwacht probleem aan. Wat je al had opgeslagen, is veilig; controleer wel wat je als laatste deed. De details staan in het logbestand {path}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only (a read-only disk or share, or a write-protected USB stick). InterviewDesk must write there: its database, backups and log. Make it writable, or start with --data-dir and another folder.</source>
        <translation>De gegevensmap {folder} is alleen-lezen (een alleen-lezen schijf of share, of een beveiligde USB-stick). InterviewDesk moet daar schrijven: de database, de back-ups en het logboek. Maak de map beschrijfbaar, of start met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not there (any more). Was a USB stick or network drive removed? Connect it again and start InterviewDesk again, or start with --data-dir and another folder.</source>
        <translation>De gegevensmap {folder} is er niet (meer). Is er een USB-stick of netwerkschijf losgekoppeld? Sluit die weer aan en start InterviewDesk opnieuw, of start met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>The disk with the data folder {folder} is full. Free some space (empty the recycle bin, remove large files you no longer need) and start InterviewDesk again. Nothing was changed.</source>
        <translation>De schijf met de gegevensmap {folder} is vol. Maak ruimte vrij (leeg de prullenbak, verwijder grote bestanden die je niet meer nodig hebt) en start InterviewDesk opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This user account may not write in the data folder {folder}. Give it permission (or ask who manages this computer), or start with --data-dir and another folder.</source>
        <translation>Dit gebruikersaccount mag niet schrijven in de gegevensmap {folder}. Geef het toestemming (of vraag het aan wie deze computer beheert), of start met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>De gegevensmap kan niet worden gebruikt</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Opened their assessment form (no PIN set)</source>
        <translation>Opende het eigen beoordelingsformulier (geen pincode ingesteld)</translation>
    </message>
    <message>
        <source>Opened their assessment form with their PIN</source>
        <translation>Opende het eigen beoordelingsformulier met pincode</translation>
    </message>
    <message>
        <source>Submitted their assessment form</source>
        <translation>Diende het beoordelingsformulier in</translation>
    </message>
    <message>
        <source>Reopened their submitted form</source>
        <translation>Heropende het ingediende formulier</translation>
    </message>
    <message>
        <source>Closed the round early; not submitted: {names}</source>
        <translation>Sloot de ronde eerder; nog niet ingediend: {names}</translation>
    </message>
    <message>
        <source>Closed the round early</source>
        <translation>Sloot de ronde eerder</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Stelde een pincode in</translation>
    </message>
    <message>
        <source>Changed their PIN</source>
        <translation>Wijzigde de pincode</translation>
    </message>
    <message>
        <source>Removed their PIN</source>
        <translation>Verwijderde de pincode</translation>
    </message>
    <message>
        <source>Reset the PIN of {name}</source>
        <translation>Wiste de pincode van {name}</translation>
    </message>
    <message>
        <source>Imported the assessment {name} returned from their own laptop</source>
        <translation>Het beoordelingsformulier dat {name} op de eigen laptop invulde, ingelezen</translation>
    </message>
    <message>
        <source>Imported a panel package</source>
        <translation>Panelpakket ingelezen</translation>
    </message>
    <message>
        <source>{what} — reason: {reason}</source>
        <translation>{what} — reden: {reason}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>Dit gesprek bestaat niet meer. Misschien is het verwijderd.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
</context>
<context>
    <name>calendar_export</name>
    <message>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Interview {name}</source>
        <translation>Gesprek {name}</translation>
    </message>
    <message>
        <source>This interview has no date and time yet. Plan it first with “Edit planning…”.</source>
        <translation>Dit gesprek heeft nog geen datum en tijd. Plan het eerst met „Planning bewerken…”.</translation>
    </message>
    <message>
        <source>This interview no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {path}. Check that the folder exists and that you may write in it.</source>
        <translation>Het agendabestand kon niet worden opgeslagen in {path}. Controleer of de map bestaat en of je erin mag schrijven.</translation>
    </message>
    <message>
        <source>Calendar file not made</source>
        <translation>Agendabestand niet gemaakt</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>InterviewDesk packages (*{suffix})</source>
        <translation>InterviewDesk-pakketten (*{suffix})</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Pakket importeren</translation>
    </message>
</context>
<context>
    <name>form_text</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Submitted on {moment}, after the round was closed</source>
        <translation>Ingediend op {moment}, na het sluiten van de ronde</translation>
    </message>
    <message>
        <source>Submitted on {moment}</source>
        <translation>Ingediend op {moment}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In bewerking</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Today {time}</source>
        <translation>Vandaag {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Morgen {time}</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>No PIN: anyone at this laptop can choose this name.</source>
        <translation>Geen pincode: iedereen achter deze laptop kan deze naam kiezen.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>InterviewDesk</source>
        <translation>InterviewDesk</translation>
    </message>
</context>
<context>
    <name>open_assessment_form</name>
    <message>
        <source>Form not opened</source>
        <translation>Formulier niet geopend</translation>
    </message>
    <message>
        <source>Type your PIN to open your assessment form.</source>
        <translation>Typ je pincode om je beoordelingsformulier te openen.</translation>
    </message>
    <message>
        <source>This interview, or this panel member, no longer exists. It may have been deleted.</source>
        <translation>Dit gesprek of dit panellid bestaat niet meer. Misschien is het verwijderd.</translation>
    </message>
</context>
<context>
    <name>print_documents</name>
    <message>
        <source>Document not made</source>
        <translation>Document niet gemaakt</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>Dit gesprek bestaat niet meer. Misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>Interview report - {candidate} - {date}</source>
        <translation>Gespreksverslag - {candidate} - {date}</translation>
    </message>
    <message>
        <source>Interview report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>Dossier - {candidate} - {date}</source>
        <translation>Dossier - {candidate} - {date}</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Interview kit - {vacancy} - {date}</source>
        <translation>Gespreksleidraad - {vacancy} - {date}</translation>
    </message>
    <message>
        <source>Blank interview kit</source>
        <translation>Lege gespreksleidraad</translation>
    </message>
    <message>
        <source>This vacancy no longer exists. It may have been deleted.</source>
        <translation>Deze vacature bestaat niet meer. Misschien is ze verwijderd.</translation>
    </message>
    <message>
        <source>Candidate comparison - {vacancy} - {date}</source>
        <translation>Vergelijking kandidaten - {vacancy} - {date}</translation>
    </message>
    <message>
        <source>Candidate comparison</source>
        <translation>Vergelijking kandidaten</translation>
    </message>
    <message>
        <source>Assessment form - {rater} - {candidate} - {date}</source>
        <translation>Beoordelingsformulier - {rater} - {candidate} - {date}</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Beoordelingsformulier</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Making the document…</source>
        <extracomment>Writes a document to the given path and returns it. Printing renders each page as an image at the printer&apos;s resolution, up to this.</extracomment>
        <translation>Het document wordt gemaakt…</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Document niet gemaakt</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}. Check that the folder exists, that you may write in it, and that the file is not open in another program.</source>
        <translation>De PDF kon niet worden opgeslagen in {path}. Controleer of de map bestaat, of je erin mag schrijven en of het bestand niet in een ander programma open staat.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Opgeslagen als PDF</translation>
    </message>
    <message>
        <source>{document} saved as:
{path}</source>
        <translation>{document} opgeslagen als:
{path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>The document could not be opened for printing.</source>
        <translation>Het document kon niet worden geopend om af te drukken.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Protected with a passphrase: the database and its backups are encrypted.</source>
        <translation>Beveiligd met een wachtwoordzin: de database en de back-ups zijn versleuteld.</translation>
    </message>
    <message>
        <source>Not protected: anyone who can open the data folder can read the database.</source>
        <translation>Niet beveiligd: iedereen die de gegevensmap kan openen, kan de database lezen.</translation>
    </message>
    <message>
        <source>Protection covers the database and its backups. Exported PDFs and packages are separate files: keep them in a safe place.</source>
        <translation>De beveiliging geldt voor de database en de back-ups. Geëxporteerde pdf&apos;s en pakketten zijn losse bestanden: bewaar die op een veilige plek.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Beveiligen met een wachtwoordzin</translation>
    </message>
    <message>
        <source>This data folder is already protected.</source>
        <translation>Deze gegevensmap is al beveiligd.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>De database en de back-ups worden versleuteld…</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Beveiligd</translation>
    </message>
    <message>
        <source>Your data is now encrypted ({count} database files). InterviewDesk will ask for the passphrase each time it starts.</source>
        <translation>Je gegevens zijn nu versleuteld ({count} databasebestanden). InterviewDesk vraagt bij elke start om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Wachtwoordzin verwijderen</translation>
    </message>
    <message>
        <source>This data folder is not protected.</source>
        <translation>Deze gegevensmap is niet beveiligd.</translation>
    </message>
    <message>
        <source>Decrypting the database and its backups…</source>
        <translation>De database en de back-ups worden ontsleuteld…</translation>
    </message>
    <message>
        <source>Passphrase removed</source>
        <translation>Wachtwoordzin verwijderd</translation>
    </message>
    <message>
        <source>The database and its backups are no longer encrypted ({count} files).</source>
        <translation>De database en de back-ups zijn niet meer versleuteld ({count} bestanden).</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Niet omgezet</translation>
    </message>
    <message>
        <source>The data folder could not be converted completely. Every file is either as it was or converted whole, and your data is safe; you can try again.</source>
        <translation>De gegevensmap kon niet helemaal worden omgezet. Elk bestand is nog zoals het was of helemaal omgezet, en je gegevens zijn veilig; je kunt het opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>startup_dialogs</name>
    <message>
        <source>unknown date</source>
        <translation>onbekende datum</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>Beginnen met een lege database?</translation>
    </message>
    <message>
        <source>InterviewDesk will create a new, empty database at {path}. The backups stay where they are.</source>
        <translation>InterviewDesk maakt een nieuwe, lege database aan: {path}. De back-ups blijven waar ze zijn.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Kies een gegevensmap</translation>
    </message>
    <message>
        <source>InterviewDesk is already open</source>
        <translation>InterviewDesk is al geopend</translation>
    </message>
    <message>
        <source>InterviewDesk is already open on this data folder ({folder}). Switch to the window that is open, or close it and start InterviewDesk again.</source>
        <translation>InterviewDesk is al geopend met deze gegevensmap ({folder}). Ga naar het venster dat open is, of sluit het en start InterviewDesk opnieuw.</translation>
    </message>
    <message>
        <source>Open anyway?</source>
        <translation>Toch openen?</translation>
    </message>
    <message>
        <source>InterviewDesk may be open on another computer ({host}, since {since}). Open anyway? Do so only if it is closed there (or that computer was switched off without closing it): two copies writing to the same data can lose each other&apos;s changes.</source>
        <translation>InterviewDesk is mogelijk open op een andere computer ({host}, sinds {since}). Toch openen? Doe dat alleen als het daar gesloten is (of als die computer is uitgezet zonder het te sluiten): twee exemplaren die in dezelfde gegevens schrijven, kunnen elkaars wijzigingen kwijtraken.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <source>The backup from {date} has been restored.</source>
        <translation>De back-up van {date} is teruggezet.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} in the data folder.</source>
        <translation>Het beschadigde bestand is bewaard als {name} in de gegevensmap.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Wachtwoord niet onthouden</translation>
    </message>
    <message>
        <source>The team server accepted the password, but this computer&apos;s system keyring could not keep it ({problem}). It will be asked again at the next start.</source>
        <translation>De teamserver heeft het wachtwoord geaccepteerd, maar de wachtwoordkluis van het systeem op deze computer kon het niet bewaren ({problem}). Het wordt bij de volgende start opnieuw gevraagd.</translation>
    </message>
</context>
</TS>
