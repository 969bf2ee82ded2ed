"""The printed texts, in Dutch and English, and how dates and numbers are written.

This layer has no Qt, so it cannot use the app's translation files; the few dozen
sentences a document prints live here instead, one entry per message id with both
languages (a test checks that every id has both). Names from the domain — stages,
checklist items, scale labels, roles, outcomes — are bilingual data already and are
not repeated here.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

from interviewdesk.preferences import LANGUAGES

#: The language tag written into the PDF catalog (``/Lang``).
PDF_LANG = {"nl": "nl-NL", "en": "en-GB"}

MESSAGES: dict[str, dict[str, str]] = {
    # Every page
    "page_of": {"nl": "Pagina {page} van {pages}", "en": "Page {page} of {pages}"},
    "printed_on": {"nl": "Afgedrukt op {date}", "en": "Printed on {date}"},
    "and": {"nl": "en", "en": "and"},
    # Personal data (AVG): the footer of every document with candidate data, consents,
    # and the access export (inzageverzoek)
    "confidential": {"nl": "Vertrouwelijk — persoonsgegevens; bewaren tot {date}",
                     "en": "Confidential — personal data; keep until {date}"},
    "confidential.open": {"nl": "Vertrouwelijk — persoonsgegevens; bewaren tot {weeks} weken "
                          "na het einde van de procedure",
                          "en": "Confidential — personal data; keep until {weeks} weeks after "
                          "the procedure ends"},
    "confidential.hired": {"nl": "Vertrouwelijk — persoonsgegevens; bewaren tot overdracht naar "
                           "het personeelsdossier",
                           "en": "Confidential — personal data; keep until moved to the "
                           "personnel file"},
    "consents": {"nl": "Toestemming", "en": "Consent"},
    "consent.line": {"nl": "{purpose}: gegeven op {date}, {method}, vastgelegd door {by}",
                     "en": "{purpose}: given on {date}, {method}, recorded by {by}"},
    "consent.unknown": {"nl": "onbekend", "en": "unknown"},
    "consent.how_unknown": {"nl": "wijze niet vastgelegd", "en": "how not recorded"},
    "consent.none": {"nl": "Geen toestemming vastgelegd: de gegevens worden {weeks} weken na "
                     "het einde van de procedure verwijderd, referenties worden niet opgevraagd.",
                     "en": "No consent recorded: the data is deleted {weeks} weeks after the "
                     "procedure ends, and no references are asked."},
    # A letter to a candidate (reports/letter.py)
    "letter.title": {"nl": "Brief aan {candidate}", "en": "Letter to {candidate}"},
    "letter.date": {"nl": "Datum", "en": "Date"},
    "letter.subject": {"nl": "Betreft", "en": "Subject"},
    "access.title": {"nl": "Inzage persoonsgegevens", "en": "Personal data held"},
    "access.subject": {"nl": "Alle gegevens die zijn vastgelegd over {candidate}",
                       "en": "All data held on {candidate}"},
    "access.intro": {"nl": "Dit overzicht bevat alle gegevens die in InterviewDesk over je zijn "
                     "vastgelegd, op {date}. Dezelfde gegevens staan in het JSON-bestand "
                     "ernaast; je originele documenten zitten in de map „documenten”.",
                     "en": "This overview holds all data recorded about you in InterviewDesk, "
                     "on {date}. The JSON file beside it holds the same data; your original "
                     "documents are in the folder “documents”."},
    "access.personal": {"nl": "Persoonsgegevens", "en": "Personal details"},
    "access.email": {"nl": "E-mail", "en": "E-mail"},
    "access.phone": {"nl": "Telefoon", "en": "Phone"},
    "access.city": {"nl": "Woonplaats", "en": "City"},
    "access.notes": {"nl": "Notities", "en": "Notes"},
    "access.entered": {"nl": "Ingevoerd op", "en": "Entered on"},
    "access.retention": {"nl": "Bewaren", "en": "Retention"},
    "access.keep_until": {"nl": "Bewaren tot", "en": "Keep until"},
    "access.keep_hired": {"nl": "tot overdracht naar het personeelsdossier",
                          "en": "until moved to the personnel file"},
    "access.keep_open": {"nl": "tot {weeks} weken na het einde van de procedure",
                         "en": "until {weeks} weeks after the procedure ends"},
    "access.documents": {"nl": "Documenten", "en": "Documents"},
    "access.no_documents": {"nl": "Geen originele documenten bewaard.",
                            "en": "No original documents kept."},
    "access.cv_text": {"nl": "Tekst van het cv", "en": "Text of the CV"},
    "access.letter_text": {"nl": "Tekst van de motivatiebrief", "en": "Text of the letter"},
    "access.applications": {"nl": "Sollicitaties", "en": "Applications"},
    "access.no_applications": {"nl": "Geen sollicitaties.", "en": "No applications."},
    "access.applied_on": {"nl": "Gesolliciteerd op", "en": "Applied on"},
    "access.interview": {"nl": "Gesprek van {date}", "en": "Interview of {date}"},
    "access.interview_unplanned": {"nl": "Gesprek (niet gepland)",
                                   "en": "Interview (not planned)"},
    "access.stage_notes": {"nl": "Notities per onderdeel", "en": "Notes per stage"},
    "access.answers": {"nl": "Vragen en antwoorden", "en": "Questions and answers"},
    "access.your_questions": {"nl": "Jouw vragen", "en": "Your questions"},
    "access.assessment": {"nl": "Beoordeling door {rater}", "en": "Assessment by {rater}"},
    "access.not_submitted": {"nl": "nog niet ingediend", "en": "not submitted yet"},
    "access.consensus": {"nl": "Panelscore", "en": "Panel score"},
    "access.decision": {"nl": "Besluit", "en": "Decision"},
    "access.closing": {"nl": "Afsluiting van het gesprek", "en": "Closing of the interview"},
    "access.your_remarks": {"nl": "Jouw opmerkingen over de procedure",
                            "en": "Your remarks about the process"},
    "error.no_candidate": {"nl": "Er is geen kandidaat met nummer {id}.",
                           "en": "There is no candidate with id {id}."},
    "error.no_application": {"nl": "Er is geen sollicitatie met nummer {id}.",
                             "en": "There is no application with id {id}."},
    "error.folder_not_empty": {"nl": "De map {path} is niet leeg; kies een nieuwe of lege map.",
                               "en": "The folder {path} is not empty; choose a new or empty "
                               "folder."},
    # Shared captions
    "candidate": {"nl": "Kandidaat", "en": "Candidate"},
    "candidates": {"nl": "Kandidaten", "en": "Candidates"},
    "vacancy": {"nl": "Vacature", "en": "Vacancy"},
    "date": {"nl": "Datum", "en": "Date"},
    "date_time": {"nl": "Datum en tijd", "en": "Date and time"},
    "location": {"nl": "Locatie", "en": "Location"},
    "panel": {"nl": "Panel", "en": "Panel"},
    "rater": {"nl": "Beoordelaar", "en": "Rater"},
    "status": {"nl": "Status", "en": "Status"},
    "name": {"nl": "Naam", "en": "Name"},
    "signature": {"nl": "Handtekening", "en": "Signature"},
    "interviewer": {"nl": "Interviewer", "en": "Interviewer"},
    "minutes": {"nl": "{n} min", "en": "{n} min"},
    "weight": {"nl": "weging {weight}", "en": "weight {weight}"},
    "nothing_noted": {"nl": "Niets genoteerd.", "en": "Nothing noted."},
    "evidence": {"nl": "Onderbouwing", "en": "Evidence"},
    "strengths": {"nl": "Sterke punten", "en": "Strengths"},
    "weaknesses": {"nl": "Zwakke punten", "en": "Weaknesses"},
    "recommendation": {"nl": "Eindadvies", "en": "Overall recommendation"},
    "next_steps": {"nl": "Vervolgstappen", "en": "Next steps"},
    "candidate_remarks": {"nl": "Opmerkingen van de kandidaat over de procedure",
                          "en": "The candidate's remarks about the process"},
    "follow_up_notes": {"nl": "Notities voor een onderhandeling of vervolggesprek",
                        "en": "Notes for a negotiation or follow-up conversation"},
    "feedback_date": {"nl": "Terugkoppeling uiterlijk op", "en": "Feedback by"},
    "not_forget": {"nl": "Niet vergeten", "en": "Don't forget"},
    "situation": {"nl": "Situatie", "en": "Situation"},
    "task": {"nl": "Taak", "en": "Task"},
    "action": {"nl": "Actie", "en": "Action"},
    "result": {"nl": "Resultaat", "en": "Result"},
    "question_number": {"nl": "V{n}", "en": "Q{n}"},
    "probes": {"nl": "Doorvragen", "en": "Probes"},
    "asked": {"nl": "gesteld", "en": "asked"},
    "not_asked": {"nl": "niet gesteld", "en": "not asked"},
    "answered": {"nl": "beantwoord", "en": "answered"},
    "not_answered": {"nl": "nog niet beantwoord", "en": "not answered yet"},
    "scale_legend": {"nl": "Kleur per score:", "en": "Colour per score:"},
    # The assessment form
    "form.title": {"nl": "Beoordelingsformulier", "en": "Assessment form"},
    "form.subject": {
        "nl": "Beoordeling van {candidate} voor {vacancy}, door {rater}",
        "en": "Assessment of {candidate} for {vacancy}, by {rater}",
    },
    "form.submitted": {"nl": "Ingediend op {moment}", "en": "Submitted on {moment}"},
    "form.draft": {"nl": "Concept: nog niet ingediend", "en": "Draft: not submitted yet"},
    "form.scale_note": {
        "nl": "Per competentie is de gekozen score gemarkeerd (☑) met het gedrag dat erbij "
        "hoort; daaronder staat de onderbouwing.",
        "en": "For each competency the chosen score is marked (☑) with the behaviour that "
        "goes with it; the evidence follows underneath.",
    },
    "form.no_score": {"nl": "Nog geen score", "en": "No score yet"},
    "form.no_evidence": {"nl": "Geen onderbouwing genoteerd.", "en": "No evidence noted."},
    "form.reopened": {
        "nl": "Heropend op {moment}: {reason}",
        "en": "Reopened on {moment}: {reason}",
    },
    "form.history": {"nl": "Heropend", "en": "Reopened"},
    "form.no_competencies": {
        "nl": "Deze vacature heeft nog geen competenties om te beoordelen.",
        "en": "This vacancy has no competencies to rate yet.",
    },
    # The interview report
    "report.title": {"nl": "Gespreksverslag", "en": "Interview report"},
    "report.subject": {
        "nl": "Verslag van het gesprek met {candidate} voor {vacancy}",
        "en": "Report of the interview with {candidate} for {vacancy}",
    },
    "report.planned": {"nl": "Geplande duur", "en": "Planned duration"},
    "report.time_spent": {"nl": "Werkelijke duur", "en": "Actual duration"},
    "report.first_round": {"nl": "Tweede ronde na", "en": "Second round after"},
    "report.first_round_of": {"nl": "het gesprek van {date}", "en": "the interview of {date}"},
    "report.first_round_decided": {"nl": "het gesprek van {date} (besluit: {outcome})",
                                   "en": "the interview of {date} (decision: {outcome})"},
    "report.no_date": {"nl": "(zonder datum)", "en": "(no date)"},
    "report.course": {"nl": "Verloop van het gesprek", "en": "Course of the interview"},
    "report.stage_time": {
        "nl": "{planned} min gepland · {spent} min besteed",
        "en": "{planned} min planned · {spent} min spent",
    },
    "report.stage_planned": {"nl": "{planned} min gepland", "en": "{planned} min planned"},
    "report.notes": {"nl": "Notities", "en": "Notes"},
    "report.added": {"nl": "toegevoegd tijdens het gesprek", "en": "added during the interview"},
    "report.no_candidate_questions": {
        "nl": "De kandidaat stelde geen vragen.",
        "en": "The candidate asked no questions.",
    },
    "report.thanked": {"nl": "Kandidaat bedankt", "en": "Candidate thanked"},
    "report.from_questions": {"nl": "vragen hieronder genoteerd: {n}",
                              "en": "questions logged below: {n}"},
    "report.from_forms": {"nl": "{submitted} van {total} beoordelingsformulieren ingediend",
                          "en": "{submitted} of {total} assessment forms submitted"},
    "report.from_decision": {"nl": "het panel heeft een besluit vastgelegd",
                             "en": "the panel recorded its decision"},
    "report.no_decision_yet": {"nl": "nog geen besluit vastgelegd",
                               "en": "no decision recorded yet"},
    "report.panel": {"nl": "Beoordeling door het panel", "en": "The panel's assessment"},
    "report.scores_hidden": {
        "nl": "De scores van het panel zijn nog niet compleet. Nog niet ingediend: {names}. "
        "Scores worden pas afgedrukt als iedereen in het panel zijn formulier heeft "
        "ingediend, of als de voorzitter de beoordelingsronde eerder sluit.",
        "en": "The panel's scores are not complete yet. Not yet submitted: {names}. Scores "
        "are printed once everyone on the panel has submitted their form, or once the "
        "chair closes the assessment round early.",
    },
    "report.closed_early": {
        "nl": "De beoordelingsronde is op {moment} eerder gesloten door {chair}. Reden: "
        "{reason}. Nog niet ingediend: {names}; hun scores staan hier niet bij.",
        "en": "The assessment round was closed early on {moment} by {chair}. Reason: "
        "{reason}. Not submitted: {names}; their scores are not included.",
    },
    "report.submitted_late": {
        "nl": "Ingediend na het sluiten van de ronde: {names}.",
        "en": "Submitted after the round was closed: {names}.",
    },
    "report.submitted_by": {"nl": "Wel ingediend: {names}.", "en": "Submitted: {names}."},
    "report.no_panel": {
        "nl": "Dit gesprek heeft geen panel, dus ook geen scores.",
        "en": "This interview has no panel, so there are no scores.",
    },
    "report.flags": {"nl": "Verschillen en consensus", "en": "Discrepancies and consensus"},
    "report.no_flags": {
        "nl": "Geen competentie met een verschil van 2 punten of meer.",
        "en": "No competency with scores 2 or more points apart.",
    },
    "report.flag_scores": {
        "nl": "Scores {scores}, spreiding {spread}.",
        "en": "Scores {scores}, spread {spread}.",
    },
    "report.consensus": {"nl": "Consensus: {score}.", "en": "Consensus: {score}."},
    "report.open_flag": {"nl": "Nog geen consensus.", "en": "No consensus yet."},
    "report.rater_notes": {
        "nl": "Sterke en zwakke punten per panellid",
        "en": "Strengths and weaknesses per panel member",
    },
    "report.decision": {"nl": "Besluit", "en": "Decision"},
    "dossier.title": {"nl": "Dossier", "en": "Dossier"},
    "references.title": {"nl": "Referenties", "en": "Reference checks"},
    "references.consent_withdrawn": {
        "nl": "Let op: de toestemming voor referenties is niet (meer) vastgelegd.",
        "en": "Note: the consent for references is not (or no longer) recorded."},
    "references.reached": {"nl": "Bereikt via", "en": "Reached on"},
    "references.called": {"nl": "Gesproken", "en": "Spoken to"},
    "references.called_by": {"nl": "op {date} door {by}", "en": "on {date} by {by}"},
    "references.asked": {"nl": "Gevraagd", "en": "Asked"},
    "references.said": {"nl": "Gezegd", "en": "Said"},
    "dossier.subject": {
        "nl": "Dossier van het gesprek met {candidate} voor {vacancy}: verslag en "
        "beoordelingsformulieren",
        "en": "Dossier of the interview with {candidate} for {vacancy}: report and "
        "assessment forms",
    },
    "report.evidence": {"nl": "Onderbouwing per beoordelaar",
                        "en": "Evidence per rater"},
    "report.timeline": {"nl": "Eerst gescoord, dan besloten",
                        "en": "Scored first, then decided"},
    "report.form_submitted": {"nl": "Beoordelingsformulier {name}",
                              "en": "Assessment form {name}"},
    "report.decision_taken": {"nl": "Besluit van het panel", "en": "The panel's decision"},
    "report.signoff": {"nl": "Vastgesteld", "en": "Signed off"},
    "report.drawn_up_by": {"nl": "Opgesteld door", "en": "Drawn up by"},
    "report.chair": {"nl": "Voorzitter", "en": "Chair"},
    "report.place": {"nl": "Plaats", "en": "Place"},
    "report.decided_by": {"nl": "Besloten door", "en": "Decided by"},
    "report.no_decision": {
        "nl": "Het panel heeft nog geen besluit genomen.",
        "en": "The panel has not decided yet.",
    },
    "report.rationale": {"nl": "Motivering", "en": "Rationale"},
    "report.override": {
        "nl": "Besloten met open verschillen, omdat",
        "en": "Decided with open discrepancies, because",
    },
    "report.decided_on": {"nl": "Besloten op {moment}", "en": "Decided on {moment}"},
    "matrix.competency": {"nl": "Competentie", "en": "Competency"},
    "matrix.spread": {"nl": "Spreiding", "en": "Spread"},
    "matrix.consensus": {"nl": "Consensus", "en": "Consensus"},
    "matrix.result": {"nl": "Panelscore", "en": "Panel score"},
    "matrix.total": {"nl": "Gewogen totaal", "en": "Weighted total"},
    "matrix.advice": {"nl": "Advies", "en": "Recommendation"},
    "matrix.discrepancy": {"nl": "verschil", "en": "discrepancy"},
    "matrix.gap": {"nl": "door niemand beoordeeld", "en": "assessed by nobody"},
    "matrix.not_assessable": {"nl": "n.v.t.", "en": "n/a"},
    # The blank interview kit
    "kit.title": {"nl": "Gespreksleidraad", "en": "Interview kit"},
    "kit.subject": {
        "nl": "Lege gespreksleidraad voor {vacancy}",
        "en": "Blank interview kit for {vacancy}",
    },
    "kit.agenda": {"nl": "Agenda", "en": "Agenda"},
    "kit.stage": {"nl": "Onderdeel", "en": "Stage"},
    "kit.planned": {"nl": "Gepland", "en": "Planned"},
    "kit.actual": {"nl": "Werkelijk", "en": "Actual"},
    "kit.total": {"nl": "Totaal tijdens het gesprek", "en": "Total during the interview"},
    "kit.no_questions": {
        "nl": "Geen vragen in de kit voor dit onderdeel; noteer hier wat ter sprake kwam.",
        "en": "No questions in the kit for this stage; note here what was discussed.",
    },
    "kit.blank": {"nl": "{caption}: ____________________", "en": "{caption}: ____________________"},
    "kit.candidate_questions": {
        "nl": "Vragen van de kandidaat en de antwoorden",
        "en": "The candidate's questions and the answers",
    },
    "kit.rating": {"nl": "Beoordeling per competentie", "en": "Rating per competency"},
    "kit.rating_hint": {
        "nl": "Vul dit in na het gesprek, op uw eigen: kruis per competentie één score aan "
        "(of ‘{not_assessed}’) en noteer wat de kandidaat liet zien.",
        "en": "Fill this in after the interview, on your own: tick one score per competency "
        "(or ‘{not_assessed}’) and note what the candidate showed.",
    },
    "kit.signatures": {"nl": "Ondertekening", "en": "Signatures"},
    "kit.notes": {"nl": "Notities", "en": "Notes"},
    "kit.copy_for": {"nl": "Exemplaar van {name}", "en": "Copy of {name}"},
    "kit.do_not_ask": {"nl": "Vraag hier niet naar", "en": "Do not ask about"},
    "kit.do_not_ask_list": {
        "nl": "leeftijd · zwangerschap of kinderwens · gezinssituatie of burgerlijke staat · "
        "geloof of levensovertuiging · afkomst of nationaliteit · gezondheid of ziekteverzuim · "
        "seksuele geaardheid · politieke voorkeur · lidmaatschap van een vakbond",
        "en": "age · pregnancy or plans for children · family or marital status · religion "
        "or beliefs · origin or nationality · health or sick leave · sexual orientation · "
        "political views · trade union membership",
    },
    "kit.do_not_ask_why": {
        "nl": "Zulke vragen zijn niet nodig om de functie te beoordelen en kunnen tot "
        "discriminatie leiden. Begint de kandidaat er zelf over, ga er dan niet op door.",
        "en": "Such questions are not needed to assess the role and can lead to "
        "discrimination. If the candidate raises them, do not pursue them.",
    },
    "kit.no_competencies": {
        "nl": "Deze vacature heeft nog geen competenties; voeg ze toe in InterviewDesk.",
        "en": "This vacancy has no competencies yet; add them in InterviewDesk.",
    },
    # The candidate comparison
    "comparison.title": {"nl": "Kandidatenvergelijking", "en": "Candidate comparison"},
    "comparison.subject": {
        "nl": "Vergelijking van de kandidaten voor {vacancy}",
        "en": "Comparison of the candidates for {vacancy}",
    },
    "comparison.overall": {"nl": "Totaal", "en": "Overall"},
    "comparison.outcome": {"nl": "Besluit", "en": "Decision"},
    "comparison.awaiting": {
        "nl": "Wacht op het formulier van {names}",
        "en": "Waiting for the form of {names}",
    },
    "comparison.not_held": {"nl": "Gesprek nog niet gevoerd", "en": "Interview not held yet"},
    "comparison.open": {"nl": "open", "en": "open"},
    "comparison.legend": {
        "nl": "* consensusscore van het panel · open: verschil van 2 punten of meer zonder "
        "consensus · —: niet beoordeeld. Scores staan pas in de vergelijking als het hele "
        "panel zijn formulier heeft ingediend.",
        "en": "* the panel's consensus score · open: scores 2 or more points apart without a "
        "consensus · —: not assessed. Scores appear only once the whole panel has submitted "
        "their forms.",
    },
    "comparison.empty": {
        "nl": "Nog geen kandidaten met een gesprek voor deze vacature.",
        "en": "No candidates with an interview for this vacancy yet.",
    },
    "comparison.count": {"nl": "{n} kandidaten", "en": "{n} candidates"},
    "comparison.count_one": {"nl": "1 kandidaat", "en": "1 candidate"},
    # Interviewer calibration
    "calibration.title": {"nl": "Kalibratie van interviewers", "en": "Interviewer calibration"},
    "calibration.subject": {"nl": "Hoe consistent het panel scoort: {scope}",
                            "en": "How consistently the panel rates: {scope}"},
    "calibration.all": {"nl": "Alle vacatures", "en": "All vacancies"},
    "calibration.rounds": {"nl": "Gesloten rondes", "en": "Closed rounds"},
    "calibration.rounds_value": {
        "nl": "{n} gesprekken; {open} met een open ronde tellen niet mee",
        "en": "{n} interviews; {open} with an open round do not count"},
    "calibration.rounds_value_one": {
        "nl": "1 gesprek; {open} met een open ronde tellen niet mee",
        "en": "1 interview; {open} with an open round do not count"},
    "calibration.period": {"nl": "Periode", "en": "Period"},
    "calibration.open_end": {"nl": "…", "en": "…"},
    "calibration.count": {"nl": "{n} gesprekken", "en": "{n} interviews"},
    "calibration.count_one": {"nl": "1 gesprek", "en": "1 interview"},
    "calibration.anonymous": {
        "nl": "Interviewers staan hier als letter: een afgedrukt overzicht weet niet wie het "
              "leest, dus niemand staat er met naam in.",
        "en": "Interviewers are shown as letters: a printed overview does not know who "
              "reads it, so nobody is named."},
    "calibration.consent_names": {
        "nl": "Alleen interviewers die hun kalibratiecijfers met collega's delen staan hier "
              "met naam; de anderen staan als letter (een afgedrukt overzicht weet niet wie "
              "het leest).",
        "en": "Only interviewers who share their calibration figures with colleagues are "
              "named; the others appear as a letter (a printed overview does not know who "
              "reads it)."},
    "calibration.viewer_names": {
        "nl": "Gemaakt voor {name}: met naam staan {name} zelf, wie de cijfers deelt en wie "
              "{name} als voorzitter begeleidde; de anderen staan als letter.",
        "en": "Made for {name}: named are {name}, those who share their figures and those "
              "{name} chaired; the others appear as a letter."},
    # How the interviews went (calibration document, second part)
    "practice.title": {"nl": "Hoe de gesprekken verliepen", "en": "How the interviews went"},
    "practice.basis": {
        "nl": "Uit {n} afgeronde gesprekken (in het gespreksvenster afgesloten) in deze "
              "selectie.",
        "en": "From {n} finished interviews (finished in the interview window) in this "
              "selection."},
    "practice.questions": {"nl": "Vragen", "en": "Questions"},
    "practice.question": {"nl": "Vraag", "en": "Question"},
    "practice.stage": {"nl": "Onderdeel", "en": "Stage"},
    "practice.asked": {"nl": "Gesteld", "en": "Asked"},
    "practice.skipped": {"nl": "Overgeslagen", "en": "Skipped"},
    "practice.x_of_n": {"nl": "{x} van {n}", "en": "{x} of {n}"},
    "practice.no_questions": {"nl": "Geen geplande vragen in deze gesprekken.",
                              "en": "No planned questions in these interviews."},
    "practice.added": {"nl": "Ter plekke toegevoegd:", "en": "Added on the spot:"},
    "practice.added_in": {"nl": "{stage} {n} (in {k} van {total} gesprekken)",
                          "en": "{stage} {n} (in {k} of {total} interviews)"},
    "practice.none_added": {"nl": "Er zijn geen vragen ter plekke toegevoegd.",
                            "en": "No questions were added on the spot."},
    "practice.time": {"nl": "Tijd per onderdeel (minuten)", "en": "Time per stage (minutes)"},
    "practice.time_note": {
        "nl": "Gemiddelden over de gesprekken waarin het onderdeel getimed is (n). Uitgelopen: "
              "meer dan een kwart en minstens 3 minuten over de planning.",
        "en": "Means over the interviews in which the stage was timed (n). Over plan: more "
              "than a quarter and at least 3 minutes over the plan."},
    "practice.planned": {"nl": "Gepland", "en": "Planned"},
    "practice.actual": {"nl": "Werkelijk", "en": "Actual"},
    "practice.difference": {"nl": "Verschil", "en": "Difference"},
    "practice.over_plan": {"nl": "Uitgelopen", "en": "Over plan"},
    "practice.untimed": {"nl": "Niet getimed", "en": "Not timed"},
    "practice.feedback": {"nl": "Terugkoppeling op tijd", "en": "Feedback on time"},
    "practice.no_feedback_dates": {
        "nl": "Geen van deze gesprekken heeft een datum voor terugkoppeling.",
        "en": "None of these interviews has a feedback date."},
    "practice.feedback_value": {
        "nl": "{share} op tijd ({x} van {n}); {late} te laat, {overdue} nog niet "
              "teruggekoppeld terwijl de datum voorbij is, {pending} nog niet aan de beurt.",
        "en": "{share} on time ({x} of {n}); {late} late, {overdue} not yet told although "
              "the date has passed, {pending} not yet due."},
    "practice.days_late": {"nl": "Te laat gemiddeld {days} dagen na de datum.",
                           "en": "Late ones came on average {days} days after the date."},
    "calibration.agreement": {"nl": "Overeenstemming per competentie",
                              "en": "Agreement per competency"},
    "calibration.agreement_note": {
        "nl": "Balk: ICC(2,1), hoe ver één interviewer te vertrouwen is; streep: 95%-"
              "betrouwbaarheidsinterval. Lezing naar Koo & Li (2016): goed vanaf 0,75, matig "
              "vanaf 0,50, zwak daaronder. Minder dan 3 gesprekken met dezelfde 2 of meer "
              "interviewers geeft geen getal.",
        "en": "Bar: ICC(2,1), how far one interviewer can be trusted; line: 95% confidence "
              "interval. Reading after Koo & Li (2016): good from 0.75, moderate from 0.50, "
              "poor below. Fewer than 3 interviews with the same 2 or more interviewers give "
              "no number."},
    "calibration.competency": {"nl": "Competentie", "en": "Competency"},
    "calibration.basis": {"nl": "Basis", "en": "Based on"},
    "calibration.basis_value": {"nl": "{n} gesprekken × {k} interviewers",
                                "en": "{n} interviews × {k} interviewers"},
    "calibration.single": {"nl": "ICC(2,1) één interviewer", "en": "ICC(2,1) one interviewer"},
    "calibration.average": {"nl": "ICC(2,k) panelgemiddelde", "en": "ICC(2,k) panel mean"},
    "calibration.good": {"nl": "goed", "en": "good"},
    "calibration.moderate": {"nl": "matig", "en": "moderate"},
    "calibration.poor": {"nl": "zwak", "en": "poor"},
    "calibration.not_enough_data": {"nl": "te weinig gegevens", "en": "not enough data"},
    "calibration.undefined": {"nl": "niet te bepalen", "en": "undefined"},
    "calibration.interviewers": {"nl": "Per interviewer", "en": "Per interviewer"},
    "calibration.dots_note": {
        "nl": "Elke stip is een score min het gemiddelde van de andere panelleden op dezelfde "
              "competentie in hetzelfde gesprek; rechts van 0 is milder, links strenger. "
              "Het streepje is het gemiddelde (mildheid); het grijze vlak is minder dan 2 "
              "punten verschil.",
        "en": "Each dot is a score minus the mean of the other panel members on the same "
              "competency in the same interview; right of 0 is milder, left stricter. The tick "
              "is the mean (leniency); the grey band is less than 2 points apart."},
    "calibration.interviewer": {"nl": "Interviewer", "en": "Interviewer"},
    "calibration.leniency": {"nl": "Mildheid", "en": "Leniency"},
    "calibration.spread": {"nl": "Spreiding (bereik)", "en": "Spread (range)"},
    "calibration.far_off": {"nl": "2+ punten af", "en": "2+ points off"},
    "calibration.not_assessed": {"nl": "Niet beoordeeld", "en": "Not assessed"},
    "calibration.evidence": {"nl": "Onderbouwing (tekens)", "en": "Evidence (characters)"},
    "calibration.of": {"nl": "n = {n}", "en": "n = {n}"},
    "calibration.empty": {
        "nl": "Nog geen gesloten beoordelingsrondes om te vergelijken.",
        "en": "No closed assessment rounds to compare yet."},
    "calibration.figures_note": {
        "nl": "n is het aantal scores waarop het getal rust. Mildheid en 2+ punten af tellen "
              "alleen scores waar een ander panellid dezelfde competentie scoorde.",
        "en": "n is the number of scores a figure rests on. Leniency and 2+ points off count "
              "only scores where another panel member rated the same competency."},
    # Errors (DocumentExportError)
    "error.no_interview": {
        "nl": "Gesprek {id} bestaat niet (meer).",
        "en": "Interview {id} does not exist (any more).",
    },
    "error.no_vacancy": {
        "nl": "Vacature {id} bestaat niet (meer).",
        "en": "Vacancy {id} does not exist (any more).",
    },
    "error.not_on_panel": {
        "nl": "Panellid {id} zit niet in het panel van gesprek {interview}.",
        "en": "Panel member {id} is not on the panel of interview {interview}.",
    },
    "error.form_hidden": {
        "nl": "Dit beoordelingsformulier is pas te zien als de beoordelingsronde gesloten is. "
        "Nog open: {names}.",
        "en": "This assessment form can be seen only once the assessment round is closed. "
        "Still open: {names}.",
    },
    "unprintable_characters": {
        "nl": "Let op: sommige tekens in dit document zijn in geen van de lettertypen van "
              "InterviewDesk te vinden en zijn als � afgedrukt. In de app staan ze volledig.",
        "en": "Note: some characters in this document are in none of InterviewDesk's fonts "
              "and are printed as �. The app holds them in full.",
    },
    "error.cannot_write": {
        "nl": "“{path}” kan niet worden opgeslagen: {reason}",
        "en": "“{path}” cannot be saved: {reason}",
    },
    "error.fonts": {
        "nl": "Het lettertype voor PDF's ontbreekt in de installatie: {reason}",
        "en": "The font for PDFs is missing from the installation: {reason}",
    },
    "error.agenda": {
        "nl": "De agenda in de gegevensmap kan niet worden gelezen: {reason}",
        "en": "The agenda in the data folder cannot be read: {reason}",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def check_language(language: str) -> str:
    """``language`` if documents can be printed in it; ``ValueError`` otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"Documents print in {' or '.join(LANGUAGES)}, not {language!r}.")
    return language


def label(key: str, language: str, **values: object) -> str:
    """The message ``key`` in ``language``, with ``values`` filled in."""
    text = MESSAGES[key][language]
    return text.format(**values) if values else text


def format_date(day: date | None, language: str) -> str:
    """``day`` written out: "3 februari 2026", "3 February 2026"; "" for ``None``."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def format_moment(moment: datetime | None, language: str) -> str:
    """A stored moment on this machine's clock: "3 februari 2026, 10:00"."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{format_date(local.date(), language)}, {local:%H:%M}"


def format_number(value: float, language: str) -> str:
    """A score or weight: whole numbers as "4", others with one decimal ("3,7" in Dutch)."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{float(value):.1f}"
    return text.replace(".", ",") if language == "nl" else text


def join_names(names: Sequence[str], language: str) -> str:
    """"A", "A en B", "A, B en C" (English: "and")."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {label('and', language)} {names[-1]}"
