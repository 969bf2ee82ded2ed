<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnchorsEditor</name>
    <message>
        <source>What does a {score} look like for this competency?</source>
        <translation>What does a {score} look like for this competency?</translation>
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
        <translation>Assessment form · {rater} · {candidate}</translation>
    </message>
    <message>
        <source>Click the anchor that fits what you saw and heard, or press 1 to 5 while a competency&apos;s anchors have the focus (0: not assessed) — the focus then moves on to the next competency. Tab reaches the evidence.</source>
        <translation>Click the anchor that fits what you saw and heard, or press 1 to 5 while a competency&apos;s anchors have the focus (0: not assessed) — the focus then moves on to the next competency. Tab reaches the evidence.</translation>
    </message>
    <message>
        <source>This vacancy has no competencies to score. Add them to the vacancy; until then only the recommendation and your notes below can be filled in.</source>
        <translation>This vacancy has no competencies to score. Add them to the vacancy; until then only the recommendation and your notes below can be filled in.</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Print or save as PDF…</translation>
    </message>
    <message>
        <source>Print &amp;compact (chosen anchors only)…</source>
        <translation>Print &amp;compact (chosen anchors only)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Form not submitted</source>
        <translation>Form not submitted</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so the form was not submitted. Nothing is lost; try again in a moment.</source>
        <translation>Your latest changes could not be saved, so the form was not submitted. Nothing is lost; try again in a moment.</translation>
    </message>
    <message>
        <source>The form is not complete yet</source>
        <translation>The form is not complete yet</translation>
    </message>
    <message>
        <source>This form no longer exists; the interview may have been deleted.</source>
        <translation>This form no longer exists; the interview may have been deleted.</translation>
    </message>
    <message>
        <source>Submit without evidence?</source>
        <translation>Submit without evidence?</translation>
    </message>
    <message>
        <source>You scored {names} without writing the evidence. The panel discussion and the report show what each score rests on.

Submit without evidence for {names}?</source>
        <translation>You scored {names} without writing the evidence. The panel discussion and the report show what each score rests on.

Submit without evidence for {names}?</translation>
    </message>
    <message>
        <source>Submit without evidence</source>
        <translation>Submit without evidence</translation>
    </message>
    <message>
        <source>Go back and write it</source>
        <translation>Go back and write it</translation>
    </message>
    <message>
        <source>A score without evidence: write what you saw or heard.</source>
        <translation>A score without evidence: write what you saw or heard.</translation>
    </message>
    <message>
        <source>Mark as not assessed and submit?</source>
        <translation>Mark as not assessed and submit?</translation>
    </message>
    <message>
        <source>You wrote evidence but chose no score for: {names}.

Mark them as not assessed and submit the form?</source>
        <translation>You wrote evidence but chose no score for: {names}.

Mark them as not assessed and submit the form?</translation>
    </message>
    <message>
        <source>Mark as not assessed and submit</source>
        <translation>Mark as not assessed and submit</translation>
    </message>
    <message>
        <source>Go back and score</source>
        <translation>Go back and score</translation>
    </message>
    <message>
        <source>Choose a score, or Not assessed, for: {names}.</source>
        <translation>Choose a score, or Not assessed, for: {names}.</translation>
    </message>
    <message>
        <source>You wrote evidence but chose no score for: {names}. Choose a score, or Not assessed.</source>
        <translation>You wrote evidence but chose no score for: {names}. Choose a score, or Not assessed.</translation>
    </message>
    <message>
        <source>Choose your overall recommendation.</source>
        <translation>Choose your overall recommendation.</translation>
    </message>
    <message>
        <source>Choose a score, or Not assessed.</source>
        <translation>Choose a score, or Not assessed.</translation>
    </message>
    <message>
        <source>There is evidence but no score: choose a score, or Not assessed.</source>
        <translation>There is evidence but no score: choose a score, or Not assessed.</translation>
    </message>
    <message>
        <source>Form not reopened</source>
        <translation>Form not reopened</translation>
    </message>
    <message>
        <source>The form could not be reopened.</source>
        <translation>The form could not be reopened.</translation>
    </message>
    <message>
        <source>Form already submitted</source>
        <translation>Form already submitted</translation>
    </message>
    <message>
        <source>This form was submitted in the meantime, so it is read-only now; the last change was not saved. Reopen it to change it.</source>
        <translation>This form was submitted in the meantime, so it is read-only now; the last change was not saved. Reopen it to change it.</translation>
    </message>
    <message>
        <source>Form not saved</source>
        <translation>Form not saved</translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so the form stays open and keeps them. Try closing it again in a moment.</source>
        <translation>The latest changes could not be saved, so the form stays open and keeps them. Try closing it again in a moment.</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Nothing is left open: every checklist item is ticked, every question asked and answered, and the feedback date is set.</source>
        <translation>Nothing is left open: every checklist item is ticked, every question asked and answered, and the feedback date is set.</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Checklist items not ticked, by stage</source>
        <translation>Checklist items not ticked, by stage</translation>
    </message>
    <message>
        <source>Planned questions not asked</source>
        <translation>Planned questions not asked</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions not answered</source>
        <translation>The candidate&apos;s questions not answered</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel. Add the interviewers in the interview&apos;s details.</source>
        <translation>Nobody is on this interview&apos;s panel. Add the interviewers in the interview&apos;s details.</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>Panel discussion</translation>
    </message>
    <message>
        <source>Compare the panel&apos;s scores, agree on the differences and record the decision</source>
        <translation>Compare the panel&apos;s scores, agree on the differences and record the decision</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Who opened, submitted and reopened forms, and when (no scores)</source>
        <translation>Who opened, submitted and reopened forms, and when (no scores)</translation>
    </message>
    <message>
        <source>The panel compares scores once everyone has submitted, or once the chair closes the round early and says why.</source>
        <translation>The panel compares scores once everyone has submitted, or once the chair closes the round early and says why.</translation>
    </message>
    <message>
        <source>Who assesses the candidate</source>
        <translation>Who assesses the candidate</translation>
    </message>
    <message>
        <source>Each panel member assesses on their own, before the panel compares scores.</source>
        <translation>Each panel member assesses on their own, before the panel compares scores.</translation>
    </message>
    <message>
        <source>{stage}:</source>
        <translation>{stage}:</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(no question text)</translation>
    </message>
    <message>
        <source>Set the date by which the candidate hears back</source>
        <translation>Set the date by which the candidate hears back</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Opening and submitting forms, reopening one, closing the round early and PIN changes are recorded here.</source>
        <translation>Nothing recorded yet. Opening and submitting forms, reopening one, closing the round early and PIN changes are recorded here.</translation>
    </message>
    <message>
        <source>Who did what with the assessments of this interview, and when. No scores are recorded here.</source>
        <translation>Who did what with the assessments of this interview, and when. No scores are recorded here.</translation>
    </message>
</context>
<context>
    <name>BackgroundFullCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The full check of your database found damage (details below): some lists and searches may miss records. Nothing was changed. Close InterviewDesk and start it again: it then checks the whole file first and offers the newest good backup, keeping the damaged file aside.</source>
        <translation>The full check of your database found damage (details below): some lists and searches may miss records. Nothing was changed. Close InterviewDesk and start it again: it then checks the whole file first and offers the newest good backup, keeping the damaged file aside.</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <source>The calibration view shows your own figures by name, and those of colleagues who share theirs or whose interviews you chaired.</source>
        <extracomment>What a reading on the worker thread hands over: the two reports, who share their figures, and the chairs of the interviews counted.</extracomment>
        <translation>The calibration view shows your own figures by name, and those of colleagues who share theirs or whose interviews you chaired.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end on or after the start.</source>
        <translation>The period ends before it starts: choose an end on or after the start.</translation>
    </message>
    <message>
        <source>That vacancy was deleted meanwhile.</source>
        <translation>That vacancy was deleted meanwhile.</translation>
    </message>
    <message>
        <source>Interviewer {letter}</source>
        <translation>Interviewer {letter}</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>good agreement</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>moderate agreement</translation>
    </message>
    <message>
        <source>poor agreement</source>
        <translation>poor agreement</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>cannot be determined</source>
        <translation>cannot be determined</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <source> (95% interval {low} to {high})</source>
        <translation> (95% interval {low} to {high})</translation>
    </message>
    <message>
        <source>{value}{band}, {reading}</source>
        <translation>{value}{band}, {reading}</translation>
    </message>
    <message>
        <source>Closed rounds counted: {n}. Interviews with a round still open, not counted: {open}.</source>
        <translation>Closed rounds counted: {n}. Interviews with a round still open, not counted: {open}.</translation>
    </message>
    <message>
        <source>Nobody chosen: only interviewers who share their calibration figures are named; the others appear as a letter. Choose who you are to see your own.</source>
        <translation>Nobody chosen: only interviewers who share their calibration figures are named; the others appear as a letter. Choose who you are to see your own.</translation>
    </message>
    <message>
        <source>Named: you, colleagues who share their calibration figures and those whose interviews you chaired; the others appear as a letter.</source>
        <translation>Named: you, colleagues who share their calibration figures and those whose interviews you chaired; the others appear as a letter.</translation>
    </message>
    <message>
        <source>No closed assessment rounds to compare yet.</source>
        <translation>No closed assessment rounds to compare yet.</translation>
    </message>
    <message>
        <source>good (from 0.75)</source>
        <translation>good (from 0.75)</translation>
    </message>
    <message>
        <source>moderate (from 0.50)</source>
        <translation>moderate (from 0.50)</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95% confidence interval</translation>
    </message>
    <message>
        <source>{n} × {k}</source>
        <translation>{n} × {k}</translation>
    </message>
    <message>
        <source>{competency}: ICC(2,1) {text}; interviews × interviewers: {basis}</source>
        <translation>{competency}: ICC(2,1) {text}; interviews × interviewers: {basis}</translation>
    </message>
    <message>
        <source>{who} · {competency} ({vacancy}): scored {score}; mean of the others {mean} (n = {n}); difference {difference}</source>
        <translation>{who} · {competency} ({vacancy}): scored {score}; mean of the others {mean} (n = {n}); difference {difference}</translation>
    </message>
    <message>
        <source>one score against the others&apos; mean</source>
        <translation>one score against the others&apos; mean</translation>
    </message>
    <message>
        <source>mean (leniency)</source>
        <translation>mean (leniency)</translation>
    </message>
    <message>
        <source>less than 2 points apart</source>
        <translation>less than 2 points apart</translation>
    </message>
    <message>
        <source>milder →</source>
        <translation>milder →</translation>
    </message>
    <message>
        <source>← stricter</source>
        <translation>← stricter</translation>
    </message>
    <message>
        <source>{figure}   (n = {n})</source>
        <translation>{figure}   (n = {n})</translation>
    </message>
    <message>
        <source>From {n} finished interviews in this selection (finished in the interview window).</source>
        <translation>From {n} finished interviews in this selection (finished in the interview window).</translation>
    </message>
    <message>
        <source>{x} of {n}</source>
        <translation>{x} of {n}</translation>
    </message>
    <message>
        <source>No finished interviews in this selection.</source>
        <translation>No finished interviews in this selection.</translation>
    </message>
    <message>
        <source>No questions were added on the spot.</source>
        <translation>No questions were added on the spot.</translation>
    </message>
    <message>
        <source>Added on the spot: {list}.</source>
        <translation>Added on the spot: {list}.</translation>
    </message>
    <message>
        <source>{stage} {n} (in {k} of {total} interviews)</source>
        <translation>{stage} {n} (in {k} of {total} interviews)</translation>
    </message>
    <message>
        <source>None of these interviews has a feedback date.</source>
        <translation>None of these interviews has a feedback date.</translation>
    </message>
    <message>
        <source>{share} on time ({x} of {n}); {late} late, {overdue} not yet told although the date has passed, {pending} not yet due.</source>
        <translation>{share} on time ({x} of {n}); {late} late, {overdue} not yet told although the date has passed, {pending} not yet due.</translation>
    </message>
    <message>
        <source>Late ones came {days} days after the date on average.</source>
        <translation>Late ones came {days} days after the date on average.</translation>
    </message>
    <message>
        <source>Interviewer calibration - {scope} - {date}</source>
        <translation>Interviewer calibration - {scope} - {date}</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Interviewer calibration</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacancy:</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>All vacancies</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Period starts</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <source>&amp;Viewed by:</source>
        <translation>&amp;Viewed by:</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nobody chosen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The same figures as a document, with the names this view shows</source>
        <translation>The same figures as a document, with the names this view shows</translation>
    </message>
    <message>
        <source>Agreement per competency</source>
        <translation>Agreement per competency</translation>
    </message>
    <message>
        <source>Bar: ICC(2,1), how far one interviewer&apos;s score can be trusted on its own; line: its 95% confidence interval; dashed: 0.50 and 0.75 (Koo &amp; Li 2016). Fewer than 3 interviews rated by the same 2 or more interviewers give no number.</source>
        <translation>Bar: ICC(2,1), how far one interviewer&apos;s score can be trusted on its own; line: its 95% confidence interval; dashed: 0.50 and 0.75 (Koo &amp; Li 2016). Fewer than 3 interviews rated by the same 2 or more interviewers give no number.</translation>
    </message>
    <message>
        <source>Agreement per competency, as bars</source>
        <translation>Agreement per competency, as bars</translation>
    </message>
    <message>
        <source>The table below holds the same figures.</source>
        <translation>The table below holds the same figures.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>ICC(2,1) one interviewer</source>
        <translation>ICC(2,1) one interviewer</translation>
    </message>
    <message>
        <source>Interviews × interviewers</source>
        <translation>Interviews × interviewers</translation>
    </message>
    <message>
        <source>ICC(2,k) panel mean</source>
        <translation>ICC(2,k) panel mean</translation>
    </message>
    <message>
        <source>Per interviewer</source>
        <translation>Per interviewer</translation>
    </message>
    <message>
        <source>Each dot is one score minus the mean of the other panel members on the same competency in the same interview: right of 0 milder, left stricter. The bar is the mean (leniency); the grey band is less than 2 points apart.</source>
        <translation>Each dot is one score minus the mean of the other panel members on the same competency in the same interview: right of 0 milder, left stricter. The bar is the mean (leniency); the grey band is less than 2 points apart.</translation>
    </message>
    <message>
        <source>Scores against the panel, as dots</source>
        <translation>Scores against the panel, as dots</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Leniency</translation>
    </message>
    <message>
        <source>Spread (range)</source>
        <translation>Spread (range)</translation>
    </message>
    <message>
        <source>2+ points off</source>
        <translation>2+ points off</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Evidence (characters)</source>
        <translation>Evidence (characters)</translation>
    </message>
    <message>
        <source>How the interviews went</source>
        <translation>How the interviews went</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Time per stage</source>
        <translation>Time per stage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Minutes per stage, means over the interviews in which the stage was timed (n). Over plan: more than a quarter and at least 3 minutes over the plan.</source>
        <translation>Minutes per stage, means over the interviews in which the stage was timed (n). Over plan: more than a quarter and at least 3 minutes over the plan.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Over plan</translation>
    </message>
    <message>
        <source>Not timed</source>
        <translation>Not timed</translation>
    </message>
    <message>
        <source>Feedback on time</source>
        <translation>Feedback on time</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Edit candidate</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>The candidate&apos;s CV. Its text is shown beside the interview, with competency keywords highlighted.</source>
        <translation>The candidate&apos;s CV. Its text is shown beside the interview, with competency keywords highlighted.</translation>
    </message>
    <message>
        <source>The candidate&apos;s motivation letter.</source>
        <translation>The candidate&apos;s motivation letter.</translation>
    </message>
    <message>
        <source>C&amp;V</source>
        <translation>C&amp;V</translation>
    </message>
    <message>
        <source>Motivation &amp;letter</source>
        <translation>Motivation &amp;letter</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>“u” (Geachte …, uw sollicitatie)</source>
        <translation>“u” (Geachte …, uw sollicitatie)</translation>
    </message>
    <message>
        <source>“je” (Beste …, je sollicitatie)</source>
        <translation>“je” (Beste …, je sollicitatie)</translation>
    </message>
    <message>
        <source>How Dutch letters and e-mails address this candidate.</source>
        <translation>How Dutch letters and e-mails address this candidate.</translation>
    </message>
    <message>
        <source>How they applied, availability, salary expectations…</source>
        <translation>How they applied, availability, salary expectations…</translation>
    </message>
    <message>
        <source>&amp;Keep data 1 year (candidate consented)</source>
        <translation>&amp;Keep data 1 year (candidate consented)</translation>
    </message>
    <message>
        <source>May ask for a &amp;reference (candidate consented)</source>
        <translation>May ask for a &amp;reference (candidate consented)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <source>Address a&amp;s:</source>
        <translation>Address a&amp;s:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vacancy to apply to</source>
        <translation>Vacancy to apply to</translation>
    </message>
    <message>
        <source>&amp;Apply to vacancy</source>
        <translation>&amp;Apply to vacancy</translation>
    </message>
    <message>
        <source>There are no vacancies yet. Create one to link this candidate to it.</source>
        <translation>There are no vacancies yet. Create one to link this candidate to it.</translation>
    </message>
    <message>
        <source>Not applied to a vacancy yet — choose one below.</source>
        <translation>Not applied to a vacancy yet — choose one below.</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Consent recorded on {date}.</translation>
    </message>
    <message>
        <source>Fill in when and how the candidate consented, and who recorded it.</source>
        <translation>Fill in when and how the candidate consented, and who recorded it.</translation>
    </message>
    <message>
        <source>Without consent, the data is due for deletion 4 weeks after the procedure ends.</source>
        <translation>Without consent, the data is due for deletion 4 weeks after the procedure ends.</translation>
    </message>
    <message>
        <source>Tick what to fill in on the form. Nothing is saved until you save the candidate.</source>
        <translation>Tick what to fill in on the form. Nothing is saved until you save the candidate.</translation>
    </message>
    <message>
        <source>Fill in ticked</source>
        <translation>Fill in ticked</translation>
    </message>
    <message>
        <source>The data may be kept until 4 weeks after the procedure ends (1 year with consent).</source>
        <translation>The data may be kept until 4 weeks after the procedure ends (1 year with consent).</translation>
    </message>
    <message>
        <source>Keep until {date} (as saved).</source>
        <translation>Keep until {date} (as saved).</translation>
    </message>
    <message>
        <source>Hired: keep until moved to the personnel file.</source>
        <translation>Hired: keep until moved to the personnel file.</translation>
    </message>
    <message>
        <source>Kept while the procedure is open (no end date yet).</source>
        <translation>Kept while the procedure is open (no end date yet).</translation>
    </message>
    <message>
        <source>Fill in the candidate&apos;s name.</source>
        <translation>Fill in the candidate&apos;s name.</translation>
    </message>
    <message>
        <source>Fill in how the consent was given, who recorded it and (for a reference) whom to ask: the firm must be able to show it.</source>
        <translation>Fill in how the consent was given, who recorded it and (for a reference) whom to ask: the firm must be able to show it.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is not an email address.</translation>
    </message>
    <message>
        <source>If the candidate was erased at their own request or because the retention period ended, do not save them again: choose “Keep editing”, then close this window and discard the changes.</source>
        <translation>If the candidate was erased at their own request or because the retention period ended, do not save them again: choose “Keep editing”, then close this window and discard the changes.</translation>
    </message>
</context>
<context>
    <name>CandidateDock</name>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Words from the vacancy&apos;s competencies are highlighted.</source>
        <translation>Words from the vacancy&apos;s competencies are highlighted.</translation>
    </message>
    <message>
        <source>No CV yet — import one from the candidate (PDF, DOCX or TXT).</source>
        <translation>No CV yet — import one from the candidate (PDF, DOCX or TXT).</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>No motivation letter yet — import one from the candidate (PDF, DOCX or TXT).</source>
        <translation>No motivation letter yet — import one from the candidate (PDF, DOCX or TXT).</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Motivation letter</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The CV as the candidate sent it (PDF)</source>
        <translation>The CV as the candidate sent it (PDF)</translation>
    </message>
</context>
<context>
    <name>CandidateMerge</name>
    <message>
        <source>the candidate&apos;s name</source>
        <extracomment>The free texts: a merge of both makes sense.</extracomment>
        <translation>the candidate&apos;s name</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <source>the place of residence</source>
        <translation>the place of residence</translation>
    </message>
    <message>
        <source>the form of address</source>
        <translation>the form of address</translation>
    </message>
    <message>
        <source>the notes on the candidate</source>
        <translation>the notes on the candidate</translation>
    </message>
    <message>
        <source>the CV text</source>
        <translation>the CV text</translation>
    </message>
    <message>
        <source>the motivation letter</source>
        <translation>the motivation letter</translation>
    </message>
    <message>
        <source>the consent to keep the data for 1 year</source>
        <translation>the consent to keep the data for 1 year</translation>
    </message>
    <message>
        <source>how the consent to keep the data was given</source>
        <translation>how the consent to keep the data was given</translation>
    </message>
    <message>
        <source>the consent to ask a reference</source>
        <translation>the consent to ask a reference</translation>
    </message>
    <message>
        <source>the status of the application for “{vacancy}”</source>
        <translation>the status of the application for “{vacancy}”</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Given on {date}</translation>
    </message>
    <message>
        <source>recorded by {who}</source>
        <translation>recorded by {who}</translation>
    </message>
</context>
<context>
    <name>CandidateQuestionRow</name>
    <message>
        <source>The candidate&apos;s question</source>
        <translation>The candidate&apos;s question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The answer the panel gave</source>
        <translation>The answer the panel gave</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>CandidateQuestionsSection</name>
    <message>
        <source>No questions noted yet. Type the candidate&apos;s question below and press Enter; write the answer beneath it and tick “Answered”.</source>
        <translation>No questions noted yet. Type the candidate&apos;s question below and press Enter; write the answer beneath it and tick “Answered”.</translation>
    </message>
    <message>
        <source>The candidate&apos;s question — Enter adds it</source>
        <translation>The candidate&apos;s question — Enter adds it</translation>
    </message>
    <message>
        <source>New question of the candidate</source>
        <translation>New question of the candidate</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation>The candidate&apos;s questions</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Question not added</translation>
    </message>
    <message>
        <source>The question could not be saved. It is still in the field, so you can try again.</source>
        <translation>The question could not be saved. It is still in the field, so you can try again.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Remove the candidate&apos;s question “{question}” and its answer?</source>
        <translation>Remove the candidate&apos;s question “{question}” and its answer?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Question not removed</source>
        <translation>Question not removed</translation>
    </message>
    <message>
        <source>The question could not be removed.</source>
        <translation>The question could not be removed.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Name</source>
        <extracomment>Team mode: &quot;taken offline by … since …&quot; by candidate id (set before rows): their status says so, since what is recorded about them waits for it.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>{elapsed} of {planned}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} over</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>{elapsed} / {planned}</source>
        <translation>{elapsed} / {planned}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Resume ({key})</source>
        <translation>Resume ({key})</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Start the clock ({key})</source>
        <translation>Start the clock ({key})</translation>
    </message>
    <message>
        <source>Pause ({key})</source>
        <translation>Pause ({key})</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close the round early</source>
        <translation>Close the round early</translation>
    </message>
    <message>
        <source>Not submitted yet: {names}</source>
        <translation>Not submitted yet: {names}</translation>
    </message>
    <message>
        <source>Closing the round opens every submitted assessment to everyone, now. The forms still open can be submitted later, but they are then marked as submitted after the round was closed: whoever fills them in may have seen the others&apos; scores.</source>
        <translation>Closing the round opens every submitted assessment to everyone, now. The forms still open can be submitted later, but they are then marked as submitted after the round was closed: whoever fills them in may have seen the others&apos; scores.</translation>
    </message>
    <message>
        <source>For example: René is on leave until March and the candidate needs an answer.</source>
        <translation>For example: René is on leave until March and the candidate needs an answer.</translation>
    </message>
    <message>
        <source>Reason for closing the round</source>
        <translation>Reason for closing the round</translation>
    </message>
    <message>
        <source>&amp;Why is the round closed before everyone has submitted?</source>
        <translation>&amp;Why is the round closed before everyone has submitted?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <source>The reason, your name and the moment are kept with the interview and shown in its audit trail.</source>
        <translation>The reason, your name and the moment are kept with the interview and shown in its audit trail.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>What happens next, e.g. a second interview, references, an offer</source>
        <translation>What happens next, e.g. a second interview, references, an offer</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>The candidate hears from us by:</source>
        <translation>The candidate hears from us by:</translation>
    </message>
    <message>
        <source>The candidate has been thanked</source>
        <translation>The candidate has been thanked</translation>
    </message>
    <message>
        <source>What the candidate said about the process: the invitation, the conversation, the pace, how they were received</source>
        <translation>What the candidate said about the process: the invitation, the conversation, the pace, how they were received</translation>
    </message>
    <message>
        <source>The candidate&apos;s remarks about the process</source>
        <translation>The candidate&apos;s remarks about the process</translation>
    </message>
    <message>
        <source>For a negotiation or follow-up conversation, e.g. salary wishes, notice period, start date, points to explore further</source>
        <translation>For a negotiation or follow-up conversation, e.g. salary wishes, notice period, start date, points to explore further</translation>
    </message>
    <message>
        <source>Notes for a negotiation or follow-up conversation</source>
        <translation>Notes for a negotiation or follow-up conversation</translation>
    </message>
    <message>
        <source>Every question of the candidate is answered.</source>
        <translation>Every question of the candidate is answered.</translation>
    </message>
    <message>
        <source>Every planned question was asked.</source>
        <translation>Every planned question was asked.</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions not answered yet</source>
        <translation>The candidate&apos;s questions not answered yet</translation>
    </message>
    <message>
        <source>Planned questions not asked yet</source>
        <translation>Planned questions not asked yet</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(no question text)</translation>
    </message>
    <message>
        <source>The candidate has not asked any questions yet.</source>
        <translation>The candidate has not asked any questions yet.</translation>
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
        <translation>Interview not held yet</translation>
    </message>
    <message>
        <source>Interview not held yet (planned {day})</source>
        <translation>Interview not held yet (planned {day})</translation>
    </message>
    <message>
        <source>Awaiting forms (missing: {names})</source>
        <translation>Awaiting forms (missing: {names})</translation>
    </message>
    <message>
        <source>Awaiting forms</source>
        <translation>Awaiting forms</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The panel&apos;s weighted score over all competencies</source>
        <translation>The panel&apos;s weighted score over all competencies</translation>
    </message>
    <message>
        <source>{name} · weight {weight}</source>
        <translation>{name} · weight {weight}</translation>
    </message>
    <message>
        <source>{status} · {day}</source>
        <translation>{status} · {day}</translation>
    </message>
    <message>
        <source>{name}: the panel agreed it was not assessed</source>
        <translation>{name}: the panel agreed it was not assessed</translation>
    </message>
    <message>
        <source>{name}: raters differ and no consensus is recorded yet</source>
        <translation>{name}: raters differ and no consensus is recorded yet</translation>
    </message>
    <message>
        <source>{name}: {score} (the panel&apos;s consensus)</source>
        <translation>{name}: {score} (the panel&apos;s consensus)</translation>
    </message>
    <message>
        <source>{name}: {score} (the mean of the scores)</source>
        <translation>{name}: {score} (the mean of the scores)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Each cell is the panel&apos;s score on that competency: the consensus where the panel recorded one, else the mean of the raters. “open”: the raters differ and the panel has not agreed yet. Click a column&apos;s title to sort by it.</source>
        <translation>Each cell is the panel&apos;s score on that competency: the consensus where the panel recorded one, else the mean of the raters. “open”: the raters differ and the panel has not agreed yet. Click a column&apos;s title to sort by it.</translation>
    </message>
    <message>
        <source>Choose a vacancy to compare its candidates.</source>
        <translation>Choose a vacancy to compare its candidates.</translation>
    </message>
    <message>
        <source>This vacancy no longer exists.</source>
        <translation>This vacancy no longer exists.</translation>
    </message>
    <message>
        <source>The comparison could not be read from the database.</source>
        <translation>The comparison could not be read from the database.</translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role, and the candidates&apos; scores can be compared here.</source>
        <translation>No competencies yet — add the 3 to 6 that matter most for this role, and the candidates&apos; scores can be compared here.</translation>
    </message>
    <message>
        <source>No interviews yet — once a candidate&apos;s interview is planned and the panel has submitted its assessments, the scores are compared here.</source>
        <translation>No interviews yet — once a candidate&apos;s interview is planned and the panel has submitted its assessments, the scores are compared here.</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>CompetenciesPage</name>
    <message>
        <source>&amp;Add competency</source>
        <translation>&amp;Add competency</translation>
    </message>
    <message>
        <source>Add the first competency</source>
        <translation>Add the first competency</translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role. Each one is rated from 1 to 5, against an anchor text per point.</source>
        <translation>No competencies yet — add the 3 to 6 that matter most for this role. Each one is rated from 1 to 5, against an anchor text per point.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Most important first. Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Most important first. Drag to reorder, or use Alt+Up and Alt+Down.</translation>
    </message>
    <message>
        <source>Add from li&amp;brary…</source>
        <translation>Add from li&amp;brary…</translation>
    </message>
    <message>
        <source>e.g. Customer focus</source>
        <translation>e.g. Customer focus</translation>
    </message>
    <message>
        <source>How much this competency counts in the overall score (1 is normal, 2 counts double).</source>
        <translation>How much this competency counts in the overall score (1 is normal, 2 counts double).</translation>
    </message>
    <message>
        <source>Words to highlight in the CV, separated by commas</source>
        <translation>Words to highlight in the CV, separated by commas</translation>
    </message>
    <message>
        <source>What this competency means in this role</source>
        <translation>What this competency means in this role</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Sa&amp;ve to library</source>
        <translation>Sa&amp;ve to library</translation>
    </message>
    <message>
        <source>Keep this competency, its anchors and the questions that test it in the firm&apos;s library, to reuse in other vacancies</source>
        <translation>Keep this competency, its anchors and the questions that test it in the firm&apos;s library, to reuse in other vacancies</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Ke&amp;ywords:</source>
        <translation>Ke&amp;ywords:</translation>
    </message>
    <message>
        <source>Anchors: what each score looks like</source>
        <translation>Anchors: what each score looks like</translation>
    </message>
    <message>
        <source>Add competency</source>
        <translation>Add competency</translation>
    </message>
    <message numerus="yes">
        <source>The panel has already decided on %n interview(s) for this vacancy. A competency added now counts for the interviews still to be assessed; the decided interviews keep their scores and decision as they are.</source>
        <translation>
            <numerusform>The panel has already decided on %n interview for this vacancy. A competency added now counts for the interviews still to be assessed; the decided interview keeps its scores and decision as they are.</numerusform>
            <numerusform>The panel has already decided on %n interviews for this vacancy. A competency added now counts for the interviews still to be assessed; the decided interviews keep their scores and decision as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove competency</source>
        <translation>Remove competency</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has been rated on %n assessment form(s). Removing it deletes those ratings when you save the vacancy.</source>
        <translation>
            <numerusform>“{name}” has been rated on %n assessment form. Removing it deletes that rating when you save the vacancy.</numerusform>
            <numerusform>“{name}” has been rated on %n assessment forms. Removing it deletes those ratings when you save the vacancy.</numerusform>
        </translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>(new competency)</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) still empty ({points}). You can save now, but raters need a description of every score.</source>
        <translation>
            <numerusform>%n anchor still empty ({points}). You can save now, but raters need a description of every score.</numerusform>
            <numerusform>%n anchors still empty ({points}). You can save now, but raters need a description of every score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <source>{kind} · weight {weight}</source>
        <translation>{kind} · weight {weight}</translation>
    </message>
    <message>
        <source>Too little seen or heard to give a score.</source>
        <translation>Too little seen or heard to give a score.</translation>
    </message>
    <message>
        <source>Score for {name}</source>
        <translation>Score for {name}</translation>
    </message>
    <message>
        <source>Evidence: what did the candidate say or do that supports the score?</source>
        <translation>Evidence: what did the candidate say or do that supports the score?</translation>
    </message>
    <message>
        <source>Evidence for {name}</source>
        <translation>Evidence for {name}</translation>
    </message>
    <message>
        <source>Quote from interview notes…</source>
        <translation>Quote from interview notes…</translation>
    </message>
    <message>
        <source>Insert a note taken during this interview, quoted, into the evidence</source>
        <translation>Insert a note taken during this interview, quoted, into the evidence</translation>
    </message>
    <message>
        <source>No notes were taken during this interview</source>
        <translation>No notes were taken during this interview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Since the interview was taken offline, these fields were changed both on this laptop and on the team server. Choose for each which version to keep, or write a merged text. Nothing is written until you click Bring back.</source>
        <translation>Since the interview was taken offline, these fields were changed both on this laptop and on the team server. Choose for each which version to keep, or write a merged text. Nothing is written until you click Bring back.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <source>When taken offline: {value}</source>
        <translation>When taken offline: {value}</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s version</source>
        <translation>This &amp;laptop&apos;s version</translation>
    </message>
    <message>
        <source>The &amp;server&apos;s version</source>
        <translation>The &amp;server&apos;s version</translation>
    </message>
    <message>
        <source>A &amp;merged text</source>
        <translation>A &amp;merged text</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} ticked</source>
        <translation>{count} ticked</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>The interview</translation>
    </message>
    <message>
        <source>Stage “{detail}”</source>
        <translation>Stage “{detail}”</translation>
    </message>
    <message>
        <source>Answer to “{detail}”</source>
        <translation>Answer to “{detail}”</translation>
    </message>
    <message>
        <source>Candidate&apos;s question “{detail}”</source>
        <translation>Candidate&apos;s question “{detail}”</translation>
    </message>
    <message>
        <source>Question “{detail}”</source>
        <translation>Question “{detail}”</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Your assessment</translation>
    </message>
    <message>
        <source>Your score for “{detail}”</source>
        <translation>Your score for “{detail}”</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>The application</translation>
    </message>
    <message>
        <source>The panel&apos;s decision</source>
        <translation>The panel&apos;s decision</translation>
    </message>
    <message>
        <source>The consensus on “{detail}”</source>
        <translation>The consensus on “{detail}”</translation>
    </message>
    <message>
        <source>Reference check with {detail}</source>
        <translation>Reference check with {detail}</translation>
    </message>
    <message>
        <source>Contact of {detail}</source>
        <translation>Contact of {detail}</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent</source>
        <translation>The candidate&apos;s consent</translation>
    </message>
    <message>
        <source>stage reached</source>
        <translation>stage reached</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>next steps</translation>
    </message>
    <message>
        <source>feedback date</source>
        <translation>feedback date</translation>
    </message>
    <message>
        <source>candidate thanked</source>
        <translation>candidate thanked</translation>
    </message>
    <message>
        <source>candidate&apos;s remarks</source>
        <translation>candidate&apos;s remarks</translation>
    </message>
    <message>
        <source>follow-up notes</source>
        <translation>follow-up notes</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>time spent (seconds)</source>
        <translation>time spent (seconds)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>asked</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>probes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>competency</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>strengths</translation>
    </message>
    <message>
        <source>weaknesses</source>
        <translation>weaknesses</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>rationale</translation>
    </message>
    <message>
        <source>reason to decide anyway</source>
        <translation>reason to decide anyway</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>given on</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>how given</source>
        <translation>how given</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>referee</source>
        <translation>referee</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>called on</source>
        <translation>called on</translation>
    </message>
    <message>
        <source>called by (interviewer)</source>
        <translation>called by (interviewer)</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>called by</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>what was said</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>what was told</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rejection</translation>
    </message>
    <message>
        <source>reasons given</source>
        <translation>reasons given</translation>
    </message>
    <message>
        <source>Someone else changed this text</source>
        <translation>Someone else changed this text</translation>
    </message>
    <message>
        <source>Someone else saved {what} while you were typing. Nothing has been overwritten: keep one of the two versions, or merge them below.</source>
        <translation>Someone else saved {what} while you were typing. Nothing has been overwritten: keep one of the two versions, or merge them below.</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Theirs, saved at {time}</source>
        <translation>Theirs, saved at {time}</translation>
    </message>
    <message>
        <source>Theirs, saved meanwhile</source>
        <translation>Theirs, saved meanwhile</translation>
    </message>
    <message>
        <source>Saved meanwhile by someone else</source>
        <translation>Saved meanwhile by someone else</translation>
    </message>
    <message>
        <source>Saved meanwhile elsewhere</source>
        <translation>Saved meanwhile elsewhere</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: keep one of the two versions, or merge them below.</source>
        <translation>Nothing has been overwritten: keep one of the two versions, or merge them below.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: keep one of the two versions.</source>
        <translation>Nothing has been overwritten: keep one of the two versions.</translation>
    </message>
    <message>
        <source>Yours, not saved yet</source>
        <translation>Yours, not saved yet</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Keep m&amp;ine</source>
        <translation>Keep m&amp;ine</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Keep the &amp;saved version</translation>
    </message>
    <message>
        <source>Or merge them (both texts, theirs first):</source>
        <translation>Or merge them (both texts, theirs first):</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Save the &amp;merged text</source>
        <translation>Save the &amp;merged text</translation>
    </message>
    <message>
        <source>Closing this window keeps the merged text.</source>
        <translation>Closing this window keeps the merged text.</translation>
    </message>
    <message>
        <source>Closing this window saves nothing yet: your version stays in the editor.</source>
        <translation>Closing this window saves nothing yet: your version stays in the editor.</translation>
    </message>
    <message>
        <source>You saved {what} in another window (or on another computer) while you were editing here.</source>
        <translation>You saved {what} in another window (or on another computer) while you were editing here.</translation>
    </message>
    <message>
        <source>{who} saved {what} while you were editing.</source>
        <translation>{who} saved {what} while you were editing.</translation>
    </message>
    <message>
        <source>Another window saved {what} while you were editing here.</source>
        <translation>Another window saved {what} while you were editing here.</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Saved by {who}</translation>
    </message>
    <message>
        <source>Saved in another window</source>
        <translation>Saved in another window</translation>
    </message>
    <message>
        <source>Saved by you elsewhere, {when}</source>
        <translation>Saved by you elsewhere, {when}</translation>
    </message>
    <message>
        <source>Saved by {who}, {when}</source>
        <translation>Saved by {who}, {when}</translation>
    </message>
    <message>
        <source>Saved in another window, {when}</source>
        <translation>Saved in another window, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictHandler</name>
    <message>
        <source>the notes on the stage “{stage}”</source>
        <translation>the notes on the stage “{stage}”</translation>
    </message>
    <message>
        <source>the situation</source>
        <translation>the situation</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>the task</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>the action</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>the result</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>{part} of the question “{question}”</source>
        <translation>{part} of the question “{question}”</translation>
    </message>
    <message>
        <source>a question of the candidate</source>
        <translation>a question of the candidate</translation>
    </message>
    <message>
        <source>the answer to a question of the candidate</source>
        <translation>the answer to a question of the candidate</translation>
    </message>
    <message>
        <source>the next steps</source>
        <translation>the next steps</translation>
    </message>
    <message>
        <source>the candidate&apos;s remarks about the process</source>
        <translation>the candidate&apos;s remarks about the process</translation>
    </message>
    <message>
        <source>the notes for a follow-up conversation</source>
        <translation>the notes for a follow-up conversation</translation>
    </message>
    <message>
        <source>a note of the interview</source>
        <translation>a note of the interview</translation>
    </message>
</context>
<context>
    <name>ConsensusEditor</name>
    <message>
        <source>Change</source>
        <extracomment>The score picker&apos;s entries after the prompt: the scale, then &quot;not assessed&quot;.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Choose the panel&apos;s score…</source>
        <translation>Choose the panel&apos;s score…</translation>
    </message>
    <message>
        <source>{score} · {label}</source>
        <translation>{score} · {label}</translation>
    </message>
    <message>
        <source>The panel&apos;s score</source>
        <translation>The panel&apos;s score</translation>
    </message>
    <message>
        <source>Why the panel agrees on this score (required)</source>
        <translation>Why the panel agrees on this score (required)</translation>
    </message>
    <message>
        <source>Reason for the consensus</source>
        <translation>Reason for the consensus</translation>
    </message>
    <message>
        <source>Record consensus</source>
        <translation>Record consensus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Remove the consensus: the flag is open again</source>
        <translation>Remove the consensus: the flag is open again</translation>
    </message>
    <message>
        <source>Resolved — the panel agrees this was not assessed: {reason}</source>
        <translation>Resolved — the panel agrees this was not assessed: {reason}</translation>
    </message>
    <message>
        <source>Resolved — the panel agrees on {score} ({label}): {reason}</source>
        <translation>Resolved — the panel agrees on {score} ({label}): {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Whom to ask, e.g. the current employer</source>
        <translation>Whom to ask, e.g. the current employer</translation>
    </message>
    <message>
        <source>Whom to ask for a reference</source>
        <translation>Whom to ask for a reference</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>How?</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Who recorded the consent</source>
        <translation>Who recorded the consent</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Contact log — {name}</source>
        <translation>Contact log — {name}</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log each time you tell {name} something about the application.</source>
        <translation>Nothing logged yet. Log each time you tell {name} something about the application.</translation>
    </message>
    <message>
        <source>Remove entry…</source>
        <translation>Remove entry…</translation>
    </message>
    <message>
        <source>Who at the firm spoke to the candidate</source>
        <translation>Who at the firm spoke to the candidate</translation>
    </message>
    <message>
        <source>What was said, in a few sentences</source>
        <translation>What was said, in a few sentences</translation>
    </message>
    <message>
        <source>This was a rejection</source>
        <translation>This was a rejection</translation>
    </message>
    <message>
        <source>The reasons given to the candidate</source>
        <translation>The reasons given to the candidate</translation>
    </message>
    <message>
        <source>Reasons given:</source>
        <translation>Reasons given:</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Add to log</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>What was said:</translation>
    </message>
    <message>
        <source>Logged contacts</source>
        <translation>Logged contacts</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>{date} · {channel} · {by}</source>
        <translation>{date} · {channel} · {by}</translation>
    </message>
    <message>
        <source>Rejection. Reasons given: {reasons}</source>
        <translation>Rejection. Reasons given: {reasons}</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Remove this entry from the contact log? Only do this for an entry typed in error.</source>
        <translation>Remove this entry from the contact log? Only do this for an entry typed in error.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A contact cannot be dated in the future.</source>
        <translation>A contact cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Fill in who spoke to the candidate.</source>
        <translation>Fill in who spoke to the candidate.</translation>
    </message>
    <message>
        <source>Choose how the candidate was told.</source>
        <translation>Choose how the candidate was told.</translation>
    </message>
    <message>
        <source>Write down what was said (at most {n} characters).</source>
        <translation>Write down what was said (at most {n} characters).</translation>
    </message>
    <message>
        <source>For a rejection, write down the reasons given — a rejected candidate has the right to hear why.</source>
        <translation>For a rejection, write down the reasons given — a rejected candidate has the right to hear why.</translation>
    </message>
    <message>
        <source>This application no longer exists; nothing was logged.</source>
        <translation>This application no longer exists; nothing was logged.</translation>
    </message>
</context>
<context>
    <name>ContactOfferDialog</name>
    <message>
        <source>Contact details in the CV</source>
        <translation>Contact details in the CV</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Found in “{file}”:</source>
        <translation>Found in “{file}”:</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>now: {value}</source>
        <translation>now: {value}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>CurrentPassphraseDialog</name>
    <message>
        <source>Remove the passphrase</source>
        <translation>Remove the passphrase</translation>
    </message>
    <message>
        <source>The database and every backup will be decrypted: anyone who can open this data folder can then read the candidates&apos; data. Type the passphrase to confirm.</source>
        <translation>The database and every backup will be decrypted: anyone who can open this data folder can then read the candidates&apos; data. Type the passphrase to confirm.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase</source>
        <translation>&amp;Remove the passphrase</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Try again.</source>
        <translation>That passphrase is not correct. Try again.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>The database is missing</translation>
    </message>
    <message>
        <source>InterviewDesk cannot find its database file, or the file is empty, although there are backups of it. It may have been moved or deleted by accident. InterviewDesk has not started a new, empty database in its place.</source>
        <translation>InterviewDesk cannot find its database file, or the file is empty, although there are backups of it. It may have been moved or deleted by accident. InterviewDesk has not started a new, empty database in its place.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>InterviewDesk cannot open its database because the file is damaged. This can happen after a power cut or a disk problem. InterviewDesk has not changed, replaced or deleted the file.</source>
        <translation>InterviewDesk cannot open its database because the file is damaged. This can happen after a power cut or a disk problem. InterviewDesk has not changed, replaced or deleted the file.</translation>
    </message>
    <message>
        <source>You can restore the newest good backup, from {date}. Changes made after that moment are not in it. The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>You can restore the newest good backup, from {date}. Changes made after that moment are not in it. The damaged file is kept beside it, so nothing is thrown away.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can choose another data folder, or quit and ask for help; keep the file as it is.</source>
        <translation>There is no good backup to restore. You can choose another data folder, or quit and ask for help; keep the file as it is.</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <source>No further details.</source>
        <translation>No further details.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({date})</source>
        <translation>Restore the newest good backup ({date})</translation>
    </message>
    <message>
        <source>Choose another data folder…</source>
        <translation>Choose another data folder…</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <extracomment>The candidate hears back this many working days after the discussion, by default. The chosen outcome&apos;s button: the accent colour, pale enough for dark text.</extracomment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Why the panel decides this, in a few sentences (required)</source>
        <translation>Why the panel decides this, in a few sentences (required)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Who does what next: invitation, references, the offer…</source>
        <translation>Who does what next: invitation, references, the offer…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Feedback to the candidate by</source>
        <translation>Feedback to the candidate by</translation>
    </message>
    <message>
        <source>Candidate hears back by</source>
        <translation>Candidate hears back by</translation>
    </message>
    <message>
        <source>Why the panel decides without a consensus on these (required)</source>
        <translation>Why the panel decides without a consensus on these (required)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Choose an outcome and write the rationale.</source>
        <translation>Choose an outcome and write the rationale.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Recorded {moment}</source>
        <translation>Recorded {moment}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Record revised decision</source>
        <translation>Record revised decision</translation>
    </message>
    <message>
        <source>Still without a consensus: {names}. Record one above before deciding, or give the reason to decide anyway.</source>
        <translation>Still without a consensus: {names}. Record one above before deciding, or give the reason to decide anyway.</translation>
    </message>
    <message>
        <source>{name}: nobody assessed this</source>
        <translation>{name}: nobody assessed this</translation>
    </message>
    <message numerus="yes">
        <source>{name}: raters differ by %n point(s)</source>
        <translation>
            <numerusform>{name}: raters differ by %n point</numerusform>
            <numerusform>{name}: raters differ by %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>These competencies have no consensus yet:
{flags}
To decide anyway, say why; the reason is kept with the decision.</source>
        <translation>These competencies have no consensus yet:
{flags}
To decide anyway, say why; the reason is kept with the decision.</translation>
    </message>
    <message>
        <source>✓ {outcome}</source>
        <translation>✓ {outcome}</translation>
    </message>
    <message>
        <source>Say why the panel decides without a consensus.</source>
        <translation>Say why the panel decides without a consensus.</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>“{name}” is a {format} file, which InterviewDesk cannot read. Save it as PDF or DOCX and import that.</source>
        <translation>“{name}” is a {format} file, which InterviewDesk cannot read. Save it as PDF or DOCX and import that.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF, DOCX or TXT file. Only those can be imported.</source>
        <translation>“{name}” is not a PDF, DOCX or TXT file. Only those can be imported.</translation>
    </message>
    <message>
        <source>“{name}” does not exist (any more).</source>
        <translation>“{name}” does not exist (any more).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read. Check that it is not open in another program and that you may read it.</source>
        <translation>“{name}” cannot be read. Check that it is not open in another program and that you may read it.</translation>
    </message>
    <message>
        <source>“{name}” is {size_mb} MB; the limit is {limit_mb} MB. A CV is rarely that large: export it again without embedded images.</source>
        <translation>“{name}” is {size_mb} MB; the limit is {limit_mb} MB. A CV is rarely that large: export it again without embedded images.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not really a {kind} file, so its text cannot be read.</source>
        <translation>“{name}” is damaged or not really a {kind} file, so its text cannot be read.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Ask the candidate for an unprotected copy.</source>
        <translation>“{name}” is protected with a password. Ask the candidate for an unprotected copy.</translation>
    </message>
    <message>
        <source>“{name}” holds only images of pages (a scan), no text. Ask the candidate for a PDF made from the original document, or paste the text in.</source>
        <translation>“{name}” holds only images of pages (a scan), no text. Ask the candidate for a PDF made from the original document, or paste the text in.</translation>
    </message>
    <message>
        <source>“{name}” contains no text.</source>
        <translation>“{name}” contains no text.</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit_pages} pages, the most InterviewDesk reads. Import only the pages that matter (save them as a new PDF), or paste the text in.</source>
        <translation>“{name}” has more than {limit_pages} pages, the most InterviewDesk reads. Import only the pages that matter (save them as a new PDF), or paste the text in.</translation>
    </message>
    <message>
        <source>“{name}” is built in a way that would take far more memory or time to read than any CV needs, so InterviewDesk did not read it. Ask the candidate for a plain PDF or DOCX, or paste the text in.</source>
        <translation>“{name}” is built in a way that would take far more memory or time to read than any CV needs, so InterviewDesk did not read it. Ask the candidate for a plain PDF or DOCX, or paste the text in.</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <source>Original file kept: {name}</source>
        <translation>Original file kept: {name}</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Cannot import the file</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import the text of a PDF, DOCX or TXT file</source>
        <translation>Import the text of a PDF, DOCX or TXT file</translation>
    </message>
    <message>
        <source>Paste the text, or drop a PDF, DOCX or TXT file onto the field.</source>
        <translation>Paste the text, or drop a PDF, DOCX or TXT file onto the field.</translation>
    </message>
    <message>
        <source>CVs and letters (*.pdf *.docx *.txt)</source>
        <translation>CVs and letters (*.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Replace the text?</translation>
    </message>
    <message>
        <source>Replace the text in this field with the text of “{name}”?</source>
        <translation>Replace the text in this field with the text of “{name}”?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing a file</source>
        <translation>Importing a file</translation>
    </message>
    <message>
        <source>Reading “{name}”: page {done} of {total}…</source>
        <translation>Reading “{name}”: page {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <extracomment>How many times a save merges with someone else&apos;s save before giving up for now.</extracomment>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Someone else keeps saving this record at the same moment. Your changes are still in this window: save again in a moment.</source>
        <translation>Someone else keeps saving this record at the same moment. Your changes are still in this window: save again in a moment.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are still in this window: try again, or copy what you typed before closing it.</source>
        <translation>Your changes could not be saved. They are still in this window: try again, or copy what you typed before closing it.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Nothing was saved: your version is still in this window. Save again to choose between the two versions.</source>
        <translation>Nothing was saved: your version is still in this window. Save again to choose between the two versions.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. This window now shows both versions combined:</source>
        <translation>Someone else saved this record while you were editing it. This window now shows both versions combined:</translation>
    </message>
    <message>
        <source>Check it, then save again.</source>
        <translation>Check it, then save again.</translation>
    </message>
    <message>
        <source>Deleted meanwhile</source>
        <translation>Deleted meanwhile</translation>
    </message>
    <message>
        <source>This record was deleted (by someone else, or in another window) while you were editing it. What you typed is still in this window.</source>
        <translation>This record was deleted (by someone else, or in another window) while you were editing it. What you typed is still in this window.</translation>
    </message>
    <message>
        <source>Copy what you need before closing it.</source>
        <translation>Copy what you need before closing it.</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Save as new</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>You changed things in this window. Close it without saving them?</source>
        <translation>You changed things in this window. Close it without saving them?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been deleted meanwhile.</source>
        <translation>This record no longer exists. It may have been deleted meanwhile.</translation>
    </message>
</context>
<context>
    <name>EntryMerge</name>
    <message>
        <source>the competency&apos;s name</source>
        <translation>the competency&apos;s name</translation>
    </message>
    <message>
        <source>the kind of competency</source>
        <translation>the kind of competency</translation>
    </message>
    <message>
        <source>the competency&apos;s description</source>
        <translation>the competency&apos;s description</translation>
    </message>
    <message>
        <source>the keywords</source>
        <translation>the keywords</translation>
    </message>
    <message>
        <source>the anchor for score {n}</source>
        <translation>the anchor for score {n}</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>the question</translation>
    </message>
    <message>
        <source>the probes</source>
        <translation>the probes</translation>
    </message>
    <message>
        <source>the stage the question is asked in</source>
        <translation>the stage the question is asked in</translation>
    </message>
    <message>
        <source>the kind of question</source>
        <translation>the kind of question</translation>
    </message>
    <message>
        <source>the competency the question tests</source>
        <translation>the competency the question tests</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>No panel</source>
        <translation>No panel</translation>
    </message>
    <message>
        <source>This interview has no panel yet. Add the panel members in its planning first.</source>
        <translation>This interview has no panel yet. Add the panel members in its planning first.</translation>
    </message>
    <message>
        <source>Nothing to return from here</source>
        <translation>Nothing to return from here</translation>
    </message>
    <message>
        <source>This interview did not come to this laptop in a panel package, so no form can be returned from here. A panel member returns their own form from their own laptop, after importing the panel package the chair made for them.</source>
        <translation>This interview did not come to this laptop in a panel package, so no form can be returned from here. A panel member returns their own form from their own laptop, after importing the panel package the chair made for them.</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Not submitted yet</translation>
    </message>
    <message>
        <source>{name}&apos;s assessment form is not submitted, so it cannot be returned yet. Open the form, complete it and submit it first.</source>
        <translation>{name}&apos;s assessment form is not submitted, so it cannot be returned yet. Open the form, complete it and submit it first.</translation>
    </message>
    <message>
        <source>The package was not saved</source>
        <translation>The package was not saved</translation>
    </message>
    <message>
        <source>The package could not be saved as {path}. Check that the folder exists and that you may write in it.</source>
        <translation>The package could not be saved as {path}. Check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>Package saved</source>
        <translation>Package saved</translation>
    </message>
    <message>
        <source>The package is saved as {path}. Send it by a safe route (a USB stick, or your firm&apos;s secure mail); it holds personal data.</source>
        <translation>The package is saved as {path}. Send it by a safe route (a USB stick, or your firm&apos;s secure mail); it holds personal data.</translation>
    </message>
    <message>
        <source>Database packed</source>
        <translation>Database packed</translation>
    </message>
    <message>
        <source>Everything is in {path}. On the new laptop, start InterviewDesk with an empty data folder and import this file there (File → Import package…). Keep the file safe, and delete it once the move is done: it holds all your data.</source>
        <translation>Everything is in {path}. On the new laptop, start InterviewDesk with an empty data folder and import this file there (File → Import package…). Keep the file safe, and delete it once the move is done: it holds all your data.</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>The package was not imported</translation>
    </message>
    <message>
        <source>Nothing was imported; your data is as it was.</source>
        <translation>Nothing was imported; your data is as it was.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>This package was imported before ({when}). Nothing was changed.</source>
        <translation>This package was imported before ({when}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The whole database was moved into this data folder.</source>
        <translation>The whole database was moved into this data folder.</translation>
    </message>
    <message>
        <source>The interview with {candidate} is now on this laptop. Open it to hold the interview, then fill in your assessment form as usual.</source>
        <translation>The interview with {candidate} is now on this laptop. Open it to hold the interview, then fill in your assessment form as usual.</translation>
    </message>
    <message>
        <source>The interview with {candidate} was brought up to date.</source>
        <translation>The interview with {candidate} was brought up to date.</translation>
    </message>
    <message>
        <source>This package holds nothing new for the interview with {candidate}. Nothing was changed.</source>
        <translation>This package holds nothing new for the interview with {candidate}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{member}&apos;s assessment form for the interview with {candidate} is in, as submitted.</source>
        <translation>{member}&apos;s assessment form for the interview with {candidate} is in, as submitted.</translation>
    </message>
    <message>
        <source>{member} changed their submitted assessment form for the interview with {candidate}. The change was not applied: review it under Interview → Returned changes…</source>
        <translation>{member} changed their submitted assessment form for the interview with {candidate}. The change was not applied: review it under Interview → Returned changes…</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Edit exercise</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>New exercise</translation>
    </message>
    <message>
        <source>(type the competency and anchors yourself)</source>
        <translation>(type the competency and anchors yourself)</translation>
    </message>
    <message>
        <source>{vacancy}: {competency}</source>
        <translation>{vacancy}: {competency}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Co&amp;py from a vacancy:</source>
        <translation>Co&amp;py from a vacancy:</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Competency:</translation>
    </message>
    <message>
        <source>Anchor for {score}</source>
        <translation>Anchor for {score}</translation>
    </message>
    <message>
        <source>Anchor {score}:</source>
        <translation>Anchor {score}:</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer, retold without names or anything that identifies them. Write at least what they did (Action).</source>
        <translation>The candidate&apos;s answer, retold without names or anything that identifies them. Write at least what they did (Action).</translation>
    </message>
    <message>
        <source>&amp;Reference score:</source>
        <translation>&amp;Reference score:</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <source>Why the reference score is right, tied to the anchors — and why not one point higher or lower. Interviewers see it after they rated.</source>
        <translation>Why the reference score is right, tied to the anchors — and why not one point higher or lower. Interviewers see it after they rated.</translation>
    </message>
    <message>
        <source>Replace the anchors?</source>
        <translation>Replace the anchors?</translation>
    </message>
    <message>
        <source>The competency and the five anchors you typed are replaced by those of {competency}.</source>
        <translation>The competency and the five anchors you typed are replaced by those of {competency}.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Give the exercise a title.</translation>
    </message>
    <message>
        <source>Name the competency, or copy one from a vacancy.</source>
        <translation>Name the competency, or copy one from a vacancy.</translation>
    </message>
    <message>
        <source>Write the anchor for {score}.</source>
        <translation>Write the anchor for {score}.</translation>
    </message>
    <message>
        <source>Write what the candidate did (Action).</source>
        <translation>Write what the candidate did (Action).</translation>
    </message>
    <message>
        <source>Choose the reference score.</source>
        <translation>Choose the reference score.</translation>
    </message>
    <message>
        <source>Explain the reference score in the reasoning.</source>
        <translation>Explain the reference score in the reasoning.</translation>
    </message>
    <message>
        <source>This text is longer than {count} characters.</source>
        <translation>This text is longer than {count} characters.</translation>
    </message>
    <message>
        <source>The exercise was not saved</source>
        <translation>The exercise was not saved</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Choose your name at the top to start.</source>
        <translation>Choose your name at the top to start.</translation>
    </message>
    <message>
        <source>Competency: {name}</source>
        <translation>Competency: {name}</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer</source>
        <translation>The candidate&apos;s answer</translation>
    </message>
    <message>
        <source>Your score — on your own, before you see anyone else&apos;s</source>
        <translation>Your score — on your own, before you see anyone else&apos;s</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Your score</translation>
    </message>
    <message>
        <source>Your score, 1 to 5</source>
        <translation>Your score, 1 to 5</translation>
    </message>
    <message>
        <source>&amp;Why this score (a sentence or two, for yourself):</source>
        <translation>&amp;Why this score (a sentence or two, for yourself):</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Why this score</translation>
    </message>
    <message>
        <source>{score} — reference</source>
        <translation>{score} — reference</translation>
    </message>
    <message>
        <source>Your reason: {reason}</source>
        <translation>Your reason: {reason}</translation>
    </message>
    <message>
        <source>Reference score: {score}</source>
        <translation>Reference score: {score}</translation>
    </message>
    <message>
        <source>You gave the reference score.</source>
        <translation>You gave the reference score.</translation>
    </message>
    <message numerus="yes">
        <source>You were %n point(s) milder than the reference.</source>
        <translation>
            <numerusform>You were %n point milder than the reference.</numerusform>
            <numerusform>You were %n points milder than the reference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were %n point(s) stricter than the reference.</source>
        <translation>
            <numerusform>You were %n point stricter than the reference.</numerusform>
            <numerusform>You were %n points stricter than the reference.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (you): {score}</source>
        <translation>{name} (you): {score}</translation>
    </message>
    <message>
        <source>Colleague {letter}: {score}</source>
        <translation>Colleague {letter}: {score}</translation>
    </message>
    <message>
        <source>Scores given to this answer</source>
        <translation>Scores given to this answer</translation>
    </message>
    <message>
        <source>No colleague has rated this exercise yet; their scores appear here as they do, without their names.</source>
        <translation>No colleague has rated this exercise yet; their scores appear here as they do, without their names.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Training: rate an example answer</source>
        <translation>Training: rate an example answer</translation>
    </message>
    <message>
        <source>Who is rating</source>
        <translation>Who is rating</translation>
    </message>
    <message>
        <source>&amp;Viewed by:</source>
        <translation>&amp;Viewed by:</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>&amp;Exercises in:</source>
        <translation>&amp;Exercises in:</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;New exercise…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Exe&amp;rcises</source>
        <translation>Exe&amp;rcises</translation>
    </message>
    <message>
        <source>&amp;Save my rating</source>
        <translation>&amp;Save my rating</translation>
    </message>
    <message>
        <source>Save your score (Ctrl+Enter); then the reference and your colleagues&apos; scores appear.</source>
        <translation>Save your score (Ctrl+Enter); then the reference and your colleagues&apos; scores appear.</translation>
    </message>
    <message>
        <source>Ne&amp;xt exercise</source>
        <translation>Ne&amp;xt exercise</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Choose your name…</translation>
    </message>
    <message>
        <source>No interviewers yet: add them under File → Interviewers, then rate here.</source>
        <translation>No interviewers yet: add them under File → Interviewers, then rate here.</translation>
    </message>
    <message>
        <source>Your ratings and results are kept under your name.</source>
        <translation>Your ratings and results are kept under your name.</translation>
    </message>
    <message>
        <source>Type your PIN to rate exercises and see your results as {name}.</source>
        <translation>Type your PIN to rate exercises and see your results as {name}.</translation>
    </message>
    <message>
        <source>Interviewer not found</source>
        <translation>Interviewer not found</translation>
    </message>
    <message>
        <source>{name} was deleted meanwhile.</source>
        <translation>{name} was deleted meanwhile.</translation>
    </message>
    <message>
        <source>PIN checked.</source>
        <translation>PIN checked.</translation>
    </message>
    <message>
        <source>{mark}  {title} ({competency})</source>
        <translation>{mark}  {title} ({competency})</translation>
    </message>
    <message>
        <source>{mark}  {title} ({competency}, the firm&apos;s own)</source>
        <translation>{mark}  {title} ({competency}, the firm&apos;s own)</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>Choose your name at the top to start. You rate an answer on your own; after you save, you see the reference score with its reasoning and your colleagues&apos; scores (without their names).</source>
        <translation>Choose your name at the top to start. You rate an answer on your own; after you save, you see the reference score with its reasoning and your colleagues&apos; scores (without their names).</translation>
    </message>
    <message>
        <source>No exercises in this language. Choose another language at the top, or write one with New exercise.</source>
        <translation>No exercises in this language. Choose another language at the top, or write one with New exercise.</translation>
    </message>
    <message>
        <source>Choose a score with the keys 1–5 or a click, add why, then save.</source>
        <translation>Choose a score with the keys 1–5 or a click, add why, then save.</translation>
    </message>
    <message>
        <source>Rated. The reference and the other scores are shown below your score.</source>
        <translation>Rated. The reference and the other scores are shown below your score.</translation>
    </message>
    <message>
        <source>Your reason is longer than {count} characters; shorten it a little.</source>
        <translation>Your reason is longer than {count} characters; shorten it a little.</translation>
    </message>
    <message>
        <source>Choose a score first: the keys 1–5, or click an anchor.</source>
        <translation>Choose a score first: the keys 1–5, or click an anchor.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Already rated</translation>
    </message>
    <message>
        <source>You rated this exercise before; your first rating counts.</source>
        <translation>You rated this exercise before; your first rating counts.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>This exercise or your name was deleted meanwhile.</source>
        <translation>This exercise or your name was deleted meanwhile.</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>Cop&amp;y…</translation>
    </message>
    <message>
        <source>Show the reference?</source>
        <translation>Show the reference?</translation>
    </message>
    <message>
        <source>The editor shows the reference score and its reasoning. If you want to train on this exercise, rate it first; a rating given after seeing the reference tells you nothing.</source>
        <translation>The editor shows the reference score and its reasoning. If you want to train on this exercise, rate it first; a rating given after seeing the reference tells you nothing.</translation>
    </message>
    <message>
        <source>Open the editor</source>
        <translation>Open the editor</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Delete exercise</translation>
    </message>
    <message>
        <source>Delete the exercise “{title}”? Everyone&apos;s ratings of it go too, and their results no longer count it.</source>
        <translation>Delete the exercise “{title}”? Everyone&apos;s ratings of it go too, and their results no longer count it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FeedbackDateDialog</name>
    <message>
        <source>Feedback given</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <source>The panel put {name} on hold. When did you promise they will hear more? They appear in the follow-up again on that date.</source>
        <translation>The panel put {name} on hold. When did you promise they will hear more? They appear in the follow-up again on that date.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>FirstRoundBox</name>
    <message>
        <source>Discussed in the panel</source>
        <translation>Discussed in the panel</translation>
    </message>
    <message>
        <source>Panel scores</source>
        <translation>Panel scores</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Open points</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Second round — what the first round concluded (interview of {date})</source>
        <translation>Second round — what the first round concluded (interview of {date})</translation>
    </message>
    <message>
        <source>The first round&apos;s scores are not shown: not every panel member has submitted their assessment (still open: {names}). They appear once that round is closed.</source>
        <translation>The first round&apos;s scores are not shown: not every panel member has submitted their assessment (still open: {names}). They appear once that round is closed.</translation>
    </message>
    <message>
        <source>The first round&apos;s scores are not shown until its round is closed.</source>
        <translation>The first round&apos;s scores are not shown until its round is closed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {score} — {reason}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {score} — {reason}</translation>
    </message>
    <message>
        <source>The first round left no open points.</source>
        <translation>The first round left no open points.</translation>
    </message>
    <message>
        <source>cannot be assessed</source>
        <translation>cannot be assessed</translation>
    </message>
    <message>
        <source>The first round&apos;s panel has not decided yet.</source>
        <translation>The first round&apos;s panel has not decided yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; {outcome}</source>
        <translation>&lt;b&gt;Decision:&lt;/b&gt; {outcome}</translation>
    </message>
    <message>
        <source>Weighted total: {score} of 5</source>
        <translation>Weighted total: {score} of 5</translation>
    </message>
    <message>
        <source>scores far apart ({low} to {high})</source>
        <translation>scores far apart ({low} to {high})</translation>
    </message>
    <message>
        <source>nobody could assess it</source>
        <translation>nobody could assess it</translation>
    </message>
    <message>
        <source>low result ({score})</source>
        <translation>low result ({score})</translation>
    </message>
    <message>
        <source>panel score: {score}</source>
        <translation>panel score: {score}</translation>
    </message>
    <message>
        <source>no panel score recorded</source>
        <translation>no panel score recorded</translation>
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
        <translation>Form in progress · interview {date}</translation>
    </message>
    <message>
        <source>Form not started · interview {date}</source>
        <translation>Form not started · interview {date}</translation>
    </message>
    <message>
        <source>Overdue · due {date} · {vacancy}</source>
        <translation>Overdue · due {date} · {vacancy}</translation>
    </message>
    <message>
        <source>Feedback due today · {vacancy}</source>
        <translation>Feedback due today · {vacancy}</translation>
    </message>
    <message>
        <source>Feedback by {date} · {vacancy}</source>
        <translation>Feedback by {date} · {vacancy}</translation>
    </message>
    <message>
        <source>{name}&apos;s assessment of {candidate} ({vacancy}) is not submitted yet. Press Enter to open the form.</source>
        <translation>{name}&apos;s assessment of {candidate} ({vacancy}) is not submitted yet. Press Enter to open the form.</translation>
    </message>
    <message>
        <source>{candidate} is waiting to hear from you. The panel has not decided yet: decide in the panel discussion, then record the feedback here.</source>
        <translation>{candidate} is waiting to hear from you. The panel has not decided yet: decide in the panel discussion, then record the feedback here.</translation>
    </message>
    <message>
        <source>{candidate} is waiting to hear the panel&apos;s decision. Once you have told them, log the contact or choose “Feedback given”.</source>
        <translation>{candidate} is waiting to hear the panel&apos;s decision. Once you have told them, log the contact or choose “Feedback given”.</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message numerus="yes">
        <source>! %n overdue</source>
        <extracomment>Said while the list could not be read again (a server away): what shows is older than it looks.</extracomment>
        <translation>
            <numerusform>! %n overdue</numerusform>
            <numerusform>! %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row above.</source>
        <translation>Choose a row above.</translation>
    </message>
    <message>
        <source>Assessment form…</source>
        <translation>Assessment form…</translation>
    </message>
    <message>
        <source>Panel discussion…</source>
        <translation>Panel discussion…</translation>
    </message>
    <message>
        <source>Feedback given…</source>
        <translation>Feedback given…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Not up to date: the follow-up could not be read again. It is read again with the next change.</source>
        <translation>Not up to date: the follow-up could not be read again. It is read again with the next change.</translation>
    </message>
    <message>
        <source>Nothing to follow up: every candidate has heard from you, and every assessment is in.</source>
        <translation>Nothing to follow up: every candidate has heard from you, and every assessment is in.</translation>
    </message>
    <message>
        <source>Looking for what to follow up…</source>
        <translation>Looking for what to follow up…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>Write to the candidate…</source>
        <translation>Write to the candidate…</translation>
    </message>
</context>
<context>
    <name>FormBanner</name>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Open the submitted form again to change it; you will be asked why</source>
        <translation>Open the submitted form again to change it; you will be asked why</translation>
    </message>
    <message>
        <source>Submitted on {moment}, after the round was closed</source>
        <translation>Submitted on {moment}, after the round was closed</translation>
    </message>
    <message>
        <source>Submitted on {moment}</source>
        <translation>Submitted on {moment}</translation>
    </message>
    <message>
        <source>This form is read-only. To change something, reopen it and say why.</source>
        <translation>This form is read-only. To change something, reopen it and say why.</translation>
    </message>
    <message>
        <source>The round was closed on {moment} by {name}</source>
        <translation>The round was closed on {moment} by {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}. The panel&apos;s scores are open to everyone now, without yours. You can still submit this form; it will be shown as submitted after the round was closed.</source>
        <translation>Reason: {reason}. The panel&apos;s scores are open to everyone now, without yours. You can still submit this form; it will be shown as submitted after the round was closed.</translation>
    </message>
    <message>
        <source>Only {name} should fill in this form</source>
        <translation>Only {name} should fill in this form</translation>
    </message>
    <message>
        <source>Assess on your own: score what you saw and heard, with the evidence for it. The rest of the panel sees your scores only after you submit.</source>
        <translation>Assess on your own: score what you saw and heard, with the evidence for it. The rest of the panel sees your scores only after you submit.</translation>
    </message>
    <message>
        <source>Reopened on {moment}: {reason}</source>
        <translation>Reopened on {moment}: {reason}</translation>
    </message>
</context>
<context>
    <name>FormConflictHandler</name>
    <message>
        <source>the evidence for “{competency}”</source>
        <translation>the evidence for “{competency}”</translation>
    </message>
    <message>
        <source>the strengths</source>
        <translation>the strengths</translation>
    </message>
    <message>
        <source>the weaknesses</source>
        <translation>the weaknesses</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Assessment of {candidate}</source>
        <translation>Assessment of {candidate}</translation>
    </message>
    <message>
        <source>{vacancy} · interview on {date}</source>
        <translation>{vacancy} · interview on {date}</translation>
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
        <translation>assessment submitted</translation>
    </message>
    <message>
        <source>assessment submitted {moment}, after the round was closed</source>
        <translation>assessment submitted {moment}, after the round was closed</translation>
    </message>
    <message>
        <source>assessment submitted {moment}</source>
        <translation>assessment submitted {moment}</translation>
    </message>
    <message>
        <source>assessment in progress</source>
        <translation>assessment in progress</translation>
    </message>
    <message>
        <source>assessment not started</source>
        <translation>assessment not started</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>What speaks for this candidate?</source>
        <translation>What speaks for this candidate?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>What are the doubts or risks?</source>
        <translation>What are the doubts or risks?</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Choose your overall recommendation.</source>
        <translation>Choose your overall recommendation.</translation>
    </message>
    <message>
        <source>Submit assessment</source>
        <translation>Submit assessment</translation>
    </message>
    <message>
        <source>Submit the form (Ctrl+Enter)</source>
        <translation>Submit the form (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>After submitting, the form is read-only and your scores join the panel discussion. You can still reopen it, with a reason.</source>
        <translation>After submitting, the form is read-only and your scores join the panel discussion. You can still reopen it, with a reason.</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Overall recommendation</translation>
    </message>
    <message>
        <source>Would you hire this candidate for this role?</source>
        <translation>Would you hire this candidate for this role?</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Close the round early…</source>
        <translation>Close the round early…</translation>
    </message>
    <message>
        <source>Open the submitted assessments to everyone before every form is in; you will be asked why</source>
        <translation>Open the submitted assessments to everyone before every form is in; you will be asked why</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>The panel&apos;s scores are hidden for now</source>
        <translation>The panel&apos;s scores are hidden for now</translation>
    </message>
    <message>
        <source>Submit your own assessment first — until then the other members&apos; scores stay hidden. That way your scores are your own, whatever the others saw.</source>
        <translation>Submit your own assessment first — until then the other members&apos; scores stay hidden. That way your scores are your own, whatever the others saw.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have. As the chair, you can close the round early and say why; the scores are then open to everyone, without theirs.</source>
        <translation>Not everyone has submitted yet: {names}. Nobody sees the scores until they have. As the chair, you can close the round early and say why; the scores are then open to everyone, without theirs.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have, or until the chair ({chair}) closes the round early.</source>
        <translation>Not everyone has submitted yet: {names}. Nobody sees the scores until they have, or until the chair ({chair}) closes the round early.</translation>
    </message>
    <message>
        <source>Not everyone has submitted yet: {names}. Nobody sees the scores until they have.</source>
        <translation>Not everyone has submitted yet: {names}. Nobody sees the scores until they have.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n assessment(s)</source>
        <translation>
            <numerusform>Waiting for %n assessment</numerusform>
            <numerusform>Waiting for %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed by: {name}</source>
        <translation>Viewed by: {name}</translation>
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
        <translation>This assessment form cannot be opened here now</translation>
    </message>
    <message>
        <source>The panel discussion of this interview cannot be opened here now</source>
        <translation>The panel discussion of this interview cannot be opened here now</translation>
    </message>
    <message>
        <source>This interview cannot be changed here now</source>
        <translation>This interview cannot be changed here now</translation>
    </message>
    <message>
        <source>This candidate cannot be deleted now</source>
        <translation>This candidate cannot be deleted now</translation>
    </message>
    <message>
        <source>This vacancy cannot be deleted now</source>
        <translation>This vacancy cannot be deleted now</translation>
    </message>
    <message>
        <source>The feedback cannot be recorded here now</source>
        <translation>The feedback cannot be recorded here now</translation>
    </message>
    <message>
        <source>The reference checks cannot be changed here now</source>
        <translation>The reference checks cannot be changed here now</translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation>Taken offline</translation>
    </message>
    <message>
        <source>{what}: the interview is taken offline by {name} since {moment}, to be held on their laptop, and what is recorded there comes back when they bring it back. It can be changed here again then, or once an administrator releases it.</source>
        <translation>{what}: the interview is taken offline by {name} since {moment}, to be held on their laptop, and what is recorded there comes back when they bring it back. It can be changed here again then, or once an administrator releases it.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>with {name} on {date}</source>
        <extracomment>(interview_id, stage, question_id or 0): open the interview there (a notes hit). The number of candidates past their retention date, after each reading. The retention periods from the settings (the main window keeps it current).</extracomment>
        <translation>with {name} on {date}</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>with {name}</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Plan interview</source>
        <translation>Plan interview</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>Edit interview</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Type to search candidates</source>
        <translation>Type to search candidates</translation>
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
        <translation>Which round</translation>
    </message>
    <message>
        <source>A second round opens with what the earlier interview concluded: the decision, the competencies the panel discussed and the open points.</source>
        <translation>A second round opens with what the earlier interview concluded: the decision, the competencies the panel discussed and the open points.</translation>
    </message>
    <message>
        <source>e.g. Meeting room 2, or a video link</source>
        <translation>e.g. Meeting room 2, or a video link</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidate:</translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacancy:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <source>An interview needs a candidate and a vacancy. Close this window and add them first.</source>
        <translation>An interview needs a candidate and a vacancy. Close this window and add them first.</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Interviewer to add</source>
        <translation>Interviewer to add</translation>
    </message>
    <message>
        <source>&amp;Add to panel</source>
        <translation>&amp;Add to panel</translation>
    </message>
    <message>
        <source>&amp;New interviewer…</source>
        <translation>&amp;New interviewer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>{name} — {job_title}</source>
        <translation>{name} — {job_title}</translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation>Remove from panel</translation>
    </message>
    <message>
        <source>{name} has filled in an assessment form for this interview. Taking them off the panel deletes that form when you save.</source>
        <translation>{name} has filled in an assessment form for this interview. Taking them off the panel deletes that form when you save.</translation>
    </message>
    <message>
        <source>No interviewers yet — create the first one with “New interviewer…”.</source>
        <translation>No interviewers yet — create the first one with “New interviewer…”.</translation>
    </message>
    <message>
        <source>No one on the panel yet — add at least one interviewer. The first one you add chairs the interview.</source>
        <translation>No one on the panel yet — add at least one interviewer. The first one you add chairs the interview.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Second round after the interview of {date} — decided: {outcome}</source>
        <translation>Second round after the interview of {date} — decided: {outcome}</translation>
    </message>
    <message>
        <source>Second round after the interview of {date}</source>
        <translation>Second round after the interview of {date}</translation>
    </message>
    <message>
        <source>First interview (follows no earlier one)</source>
        <translation>First interview (follows no earlier one)</translation>
    </message>
    <message>
        <source>There is no candidate called “{name}”. Choose one from the list.</source>
        <translation>There is no candidate called “{name}”. Choose one from the list.</translation>
    </message>
    <message>
        <source>Choose the candidate.</source>
        <translation>Choose the candidate.</translation>
    </message>
    <message>
        <source>Choose the vacancy.</source>
        <translation>Choose the vacancy.</translation>
    </message>
    <message>
        <source>Add at least one interviewer to the panel.</source>
        <translation>Add at least one interviewer to the panel.</translation>
    </message>
    <message>
        <source>(not on the panel)</source>
        <translation>(not on the panel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>(an earlier interview)</translation>
    </message>
</context>
<context>
    <name>InterviewMenus</name>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Close interview window</source>
        <translation>&amp;Close interview window</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Next stage</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>&amp;Previous stage</translation>
    </message>
    <message>
        <source>Stage &amp;done, go on</source>
        <translation>Stage &amp;done, go on</translation>
    </message>
    <message>
        <source>Mark this stage done and go to the next ({key})</source>
        <translation>Mark this stage done and go to the next ({key})</translation>
    </message>
    <message>
        <source>&amp;Candidate panel (CV and letter)</source>
        <translation>&amp;Candidate panel (CV and letter)</translation>
    </message>
    <message>
        <source>&amp;Vacancy panel</source>
        <translation>&amp;Vacancy panel</translation>
    </message>
    <message>
        <source>&amp;Find in the CV</source>
        <translation>&amp;Find in the CV</translation>
    </message>
    <message>
        <source>&amp;Larger text in the side panel</source>
        <translation>&amp;Larger text in the side panel</translation>
    </message>
    <message>
        <source>S&amp;maller text in the side panel</source>
        <translation>S&amp;maller text in the side panel</translation>
    </message>
    <message>
        <source>&amp;Normal text size in the side panel</source>
        <translation>&amp;Normal text size in the side panel</translation>
    </message>
    <message>
        <source>&amp;Pause the clock</source>
        <translation>&amp;Pause the clock</translation>
    </message>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>&amp;Resume the clock</translation>
    </message>
    <message>
        <source>&amp;Start the clock</source>
        <translation>&amp;Start the clock</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview · {candidate} · {vacancy}</source>
        <translation>Interview · {candidate} · {vacancy}</translation>
    </message>
    <message>
        <source>✓ Stage done</source>
        <translation>✓ Stage done</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Back</translation>
    </message>
    <message>
        <source>◂ {stage}</source>
        <translation>◂ {stage}</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Next ▸</translation>
    </message>
    <message>
        <source>{stage} ▸</source>
        <translation>{stage} ▸</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <source>The latest notes could not be saved, so the interview window stays open and keeps them. Try closing it again in a moment.</source>
        <translation>The latest notes could not be saved, so the interview window stays open and keeps them. Try closing it again in a moment.</translation>
    </message>
</context>
<context>
    <name>InterviewWindows</name>
    <message>
        <source>This interview is taken offline by {name} since {moment}, to be held on their laptop. It can be opened here again once it is brought back, or once an administrator releases it.</source>
        <translation>This interview is taken offline by {name} since {moment}, to be held on their laptop. It can be opened here again once it is brought back, or once an administrator releases it.</translation>
    </message>
    <message>
        <source>This interview was taken offline from the team server and brought back on {moment}. Continue it on the team server: what is written in this copy would no longer reach it.</source>
        <translation>This interview was taken offline from the team server and brought back on {moment}. Continue it on the team server: what is written in this copy would no longer reach it.</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>This interview no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>The interview agenda (agenda.toml in the data folder) cannot be used, so the interview cannot be opened. Correct the file or remove it to use the standard agenda.</source>
        <translation>The interview agenda (agenda.toml in the data folder) cannot be used, so the interview cannot be opened. Correct the file or remove it to use the standard agenda.</translation>
    </message>
    <message>
        <source>Interview not opened</source>
        <translation>Interview not opened</translation>
    </message>
</context>
<context>
    <name>InterviewerDialog</name>
    <message>
        <source>New interviewer</source>
        <translation>New interviewer</translation>
    </message>
    <message>
        <source>Edit interviewer</source>
        <translation>Edit interviewer</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. Team leader service</source>
        <translation>e.g. Team leader service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>Fill in the interviewer&apos;s name.</source>
        <translation>Fill in the interviewer&apos;s name.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is not an email address.</translation>
    </message>
</context>
<context>
    <name>InterviewersDialog</name>
    <message>
        <source>{candidate} for {vacancy} (no date yet)</source>
        <translation>{candidate} for {vacancy} (no date yet)</translation>
    </message>
    <message>
        <source>{candidate} for {vacancy}, {date}</source>
        <translation>{candidate} for {vacancy}, {date}</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Calibration figures</source>
        <translation>Calibration figures</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Add an interviewer</translation>
    </message>
    <message>
        <source>No interviewers yet — add the people at your firm who sit on interview panels.</source>
        <translation>No interviewers yet — add the people at your firm who sit on interview panels.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;PIN…</source>
        <translation>&amp;PIN…</translation>
    </message>
    <message>
        <source>Set, change or remove this interviewer&apos;s PIN</source>
        <translation>Set, change or remove this interviewer&apos;s PIN</translation>
    </message>
    <message>
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Reset PIN…</translation>
    </message>
    <message>
        <source>A chair removes a forgotten PIN</source>
        <translation>A chair removes a forgotten PIN</translation>
    </message>
    <message>
        <source>S&amp;hare figures…</source>
        <translation>S&amp;hare figures…</translation>
    </message>
    <message>
        <source>Share my calibration figures with colleagues: turn on or off, by the interviewer themselves (their PIN is asked if they have one)</source>
        <translation>Share my calibration figures with colleagues: turn on or off, by the interviewer themselves (their PIN is asked if they have one)</translation>
    </message>
    <message>
        <source>People who sit on interview panels</source>
        <translation>People who sit on interview panels</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>not shared</translation>
    </message>
    <message>
        <source>Only {name} decides whether colleagues see their calibration figures by name.</source>
        <translation>Only {name} decides whether colleagues see their calibration figures by name.</translation>
    </message>
    <message>
        <source>Stop sharing the calibration figures of {name}? Colleagues then see them as a letter (their own view and the chair of their interviews still show the name).</source>
        <translation>Stop sharing the calibration figures of {name}? Colleagues then see them as a letter (their own view and the chair of their interviews still show the name).</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Share the calibration figures of {name} with colleagues? Everyone who opens View → Calibration, and printed calibration overviews, then show them by name.</source>
        <translation>Share the calibration figures of {name} with colleagues? Everyone who opens View → Calibration, and printed calibration overviews, then show them by name.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Delete interviewer</source>
        <translation>Delete interviewer</translation>
    </message>
    <message>
        <source>Delete {name} from the list of interviewers?</source>
        <translation>Delete {name} from the list of interviewers?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete interviewer</source>
        <translation>Cannot delete interviewer</translation>
    </message>
    <message numerus="yes">
        <source>{name} sits on the panel of %n interview(s). Take them off those panels first, or delete the interviews:</source>
        <translation>
            <numerusform>{name} sits on the panel of %n interview. Take them off that panel first, or delete the interview:</numerusform>
            <numerusform>{name} sits on the panel of %n interviews. Take them off those panels first, or delete the interviews:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <source>Date</source>
        <extracomment>Team mode: &quot;taken offline by … since …&quot; by interview id (set before rows).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <source>No panel yet</source>
        <translation>No panel yet</translation>
    </message>
    <message>
        <source>Interview {id}: start InterviewDesk with --open-interview {id} to open it at once</source>
        <translation>Interview {id}: start InterviewDesk with --open-interview {id} to open it at once</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
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
        <translation>Why the candidate is not taken further — they have the right to hear why</translation>
    </message>
    <message>
        <source>&amp;Reasons given:</source>
        <translation>&amp;Reasons given:</translation>
    </message>
    <message>
        <source>&amp;Note in the contact log when sent, by:</source>
        <translation>&amp;Note in the contact log when sent, by:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Open in &amp;mail program</translation>
    </message>
    <message>
        <source>Save as &amp;PDF letter…</source>
        <translation>Save as &amp;PDF letter…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Invitation to an interview</source>
        <translation>Invitation to an interview</translation>
    </message>
    <message>
        <source>Rejection after the CV</source>
        <translation>Rejection after the CV</translation>
    </message>
    <message>
        <source>Rejection after the interview</source>
        <translation>Rejection after the interview</translation>
    </message>
    <message>
        <source>Invitation to a next round</source>
        <translation>Invitation to a next round</translation>
    </message>
    <message>
        <source>On hold: no decision yet</source>
        <translation>On hold: no decision yet</translation>
    </message>
    <message>
        <source>Thank you for the interview</source>
        <translation>Thank you for the interview</translation>
    </message>
    <message>
        <source>Replace the text you edited with the new template?</source>
        <translation>Replace the text you edited with the new template?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>The firm&apos;s own template cannot be used; fix the file or remove it to use the standard text:
{error}</source>
        <translation>The firm&apos;s own template cannot be used; fix the file or remove it to use the standard text:
{error}</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>This application no longer exists.</translation>
    </message>
    <message>
        <source>Write to {name}</source>
        <translation>Write to {name}</translation>
    </message>
    <message>
        <source>No e-mail address known — add it in the candidate&apos;s details, or type it in the mail program</source>
        <translation>No e-mail address known — add it in the candidate&apos;s details, or type it in the mail program</translation>
    </message>
    <message>
        <source>Dutch letters say “u” to this candidate (change it in the candidate&apos;s details).</source>
        <translation>Dutch letters say “u” to this candidate (change it in the candidate&apos;s details).</translation>
    </message>
    <message>
        <source>Dutch letters say “je” to this candidate (change it in the candidate&apos;s details).</source>
        <translation>Dutch letters say “je” to this candidate (change it in the candidate&apos;s details).</translation>
    </message>
    <message>
        <source>You edited the text, so the reasons are not put in for you: add them to the text yourself.</source>
        <translation>You edited the text, so the reasons are not put in for you: add them to the text yourself.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: {markers}. Fill them in below, or complete the data (plan the interview, Settings for the firm) and choose the template again.</source>
        <translation>Not known yet, marked in the text: {markers}. Fill them in below, or complete the data (plan the interview, Settings for the firm) and choose the template again.</translation>
    </message>
    <message>
        <source>Write a subject and a text first.</source>
        <translation>Write a subject and a text first.</translation>
    </message>
    <message>
        <source>Fill in who sends it: the contact log notes it. (Settings can fill it in each time.)</source>
        <translation>Fill in who sends it: the contact log notes it. (Settings can fill it in each time.)</translation>
    </message>
    <message>
        <source>Fill in the reasons given: a rejected candidate has the right to hear why, and the contact log keeps them.</source>
        <translation>Fill in the reasons given: a rejected candidate has the right to hear why, and the contact log keeps them.</translation>
    </message>
    <message>
        <source>The reasons can be at most {n} characters long.</source>
        <translation>The reasons can be at most {n} characters long.</translation>
    </message>
    <message>
        <source>The text still has gaps: {gaps}. Send it like this?</source>
        <translation>The text still has gaps: {gaps}. Send it like this?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>The subject and text are on the clipboard.</source>
        <translation>The subject and text are on the clipboard.</translation>
    </message>
    <message>
        <source>This text is too long to hand to a mail program in one piece (some would cut it off). Open the mail program with the address and subject only, and put the text on the clipboard to paste in?</source>
        <translation>This text is too long to hand to a mail program in one piece (some would cut it off). Open the mail program with the address and subject only, and put the text on the clipboard to paste in?</translation>
    </message>
    <message>
        <source>Open and copy</source>
        <translation>Open and copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No mail program took the message. Set one up as the default for e-mail, or use “Copy to clipboard” and paste the text in your mail.</source>
        <translation>No mail program took the message. Set one up as the default for e-mail, or use “Copy to clipboard” and paste the text in your mail.</translation>
    </message>
    <message>
        <source>Handed to the mail program; paste the text (it is on the clipboard) and send it. Without a network it waits in the outbox.</source>
        <translation>Handed to the mail program; paste the text (it is on the clipboard) and send it. Without a network it waits in the outbox.</translation>
    </message>
    <message>
        <source>Handed to the mail program: check and send it there. Without a network it waits in the outbox.</source>
        <translation>Handed to the mail program: check and send it there. Without a network it waits in the outbox.</translation>
    </message>
    <message>
        <source>Letter {name} - {template}</source>
        <translation>Letter {name} - {template}</translation>
    </message>
    <message>
        <source>Letter saved as {path}</source>
        <translation>Letter saved as {path}</translation>
    </message>
    <message>
        <source>Not noted in the contact log: the entry would be incomplete. Note it yourself with “Contact log…”.</source>
        <translation>Not noted in the contact log: the entry would be incomplete. Note it yourself with “Contact log…”.</translation>
    </message>
    <message>
        <source>Not noted in the contact log: this application no longer exists.</source>
        <translation>Not noted in the contact log: this application no longer exists.</translation>
    </message>
    <message>
        <source>Noted in the contact log (e-mail).</source>
        <translation>Noted in the contact log (e-mail).</translation>
    </message>
    <message>
        <source>Noted in the contact log (letter).</source>
        <translation>Noted in the contact log (letter).</translation>
    </message>
</context>
<context>
    <name>LibraryCompetencyDialog</name>
    <message>
        <source>Edit library competency</source>
        <translation>Edit library competency</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>Ke&amp;ywords:</source>
        <translation>Ke&amp;ywords:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Anchors:</translation>
    </message>
    <message>
        <source>Give the competency a name.</source>
        <translation>Give the competency a name.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <extracomment>Told of others&apos; changes while it is in front (ui/live_updates.py).</extracomment>
        <translation>Library</translation>
    </message>
    <message>
        <source>Details of the entry</source>
        <translation>Details of the entry</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>The library could not be read.</translation>
    </message>
    <message>
        <source>The library is empty. In the vacancy editor, “Save to library” keeps a competency with its anchors, or a question with its probes, here to reuse in other vacancies.</source>
        <translation>The library is empty. In the vacancy editor, “Save to library” keeps a competency with its anchors, or a question with its probes, here to reuse in other vacancies.</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Delete from the library</translation>
    </message>
    <message>
        <source>Delete the question “{text}” from the library? Vacancies that use it keep their copy.</source>
        <translation>Delete the question “{text}” from the library? Vacancies that use it keep their copy.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>The library could not be written. Nothing was changed.</source>
        <translation>The library could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>Delete the competency “{name}” from the library? Vacancies that use it keep their copy.</source>
        <translation>Delete the competency “{name}” from the library? Vacancies that use it keep their copy.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the competency “{name}” from the library? %n question(s) in the library test it. Vacancies that use them keep their copies.</source>
        <translation>
            <numerusform>Delete the competency “{name}” from the library? %n question in the library tests it. Vacancies that use it keep their copy.</numerusform>
            <numerusform>Delete the competency “{name}” from the library? %n questions in the library test it. Vacancies that use them keep their copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it and its &amp;questions</source>
        <translation>Delete it and its &amp;questions</translation>
    </message>
    <message>
        <source>Delete it, &amp;keep the questions</source>
        <translation>Delete it, &amp;keep the questions</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <source>Add from library</source>
        <translation>Add from library</translation>
    </message>
    <message>
        <source>Your firm&apos;s library</source>
        <translation>Your firm&apos;s library</translation>
    </message>
    <message>
        <source>Starter set (Nederlands)</source>
        <translation>Starter set (Nederlands)</translation>
    </message>
    <message>
        <source>Starter set (English)</source>
        <translation>Starter set (English)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Also add the &amp;questions that test a ticked competency</source>
        <translation>Also add the &amp;questions that test a ticked competency</translation>
    </message>
    <message>
        <source>Details of the entry</source>
        <translation>Details of the entry</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Your library is empty. In the vacancy editor, “Save to library” keeps a competency or question here; or choose the starter set as the source.</source>
        <translation>Your library is empty. In the vacancy editor, “Save to library” keeps a competency or question here; or choose the starter set as the source.</translation>
    </message>
    <message>
        <source>The starter set cannot be read. Reinstalling InterviewDesk restores it.</source>
        <translation>The starter set cannot be read. Reinstalling InterviewDesk restores it.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n competency(ies)</source>
        <translation>
            <numerusform>Adds %n competency</numerusform>
            <numerusform>Adds %n competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competency(ies) already in the vacancy</source>
        <translation>
            <numerusform>%n competency already in the vacancy</numerusform>
            <numerusform>%n competencies already in the vacancy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) already in the vacancy</source>
        <translation>
            <numerusform>%n question already in the vacancy</numerusform>
            <numerusform>%n questions already in the vacancy</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the vacancy</source>
        <translation>Already in the vacancy</translation>
    </message>
    <message>
        <source>The vacancy already has a competency called {names}; it was not added again.</source>
        <translation>The vacancy already has a competency called {names}; it was not added again.</translation>
    </message>
</context>
<context>
    <name>LibraryQuestionDialog</name>
    <message>
        <source>Edit library question</source>
        <translation>Edit library question</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation>&amp;Probes:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Competency tested:</source>
        <translation>&amp;Competency tested:</translation>
    </message>
    <message>
        <source>Type the question.</source>
        <translation>Type the question.</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Search names, anchors and questions</source>
        <translation>Search names, anchors and questions</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Library entries</source>
        <translation>Library entries</translation>
    </message>
    <message>
        <source>Questions without a competency</source>
        <translation>Questions without a competency</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening your data…</source>
        <translation>Opening your data…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your data…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}</source>
        <translation>Calendar file saved: {path}</translation>
    </message>
    <message>
        <source>&amp;Continue interview</source>
        <translation>&amp;Continue interview</translation>
    </message>
    <message>
        <source>&amp;Open interview</source>
        <translation>&amp;Open interview</translation>
    </message>
    <message>
        <source>The example has been loaded.</source>
        <translation>The example has been loaded.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup could not be made. Your data itself is unchanged.</source>
        <translation>The backup could not be made. Your data itself is unchanged.</translation>
    </message>
    <message>
        <source>Backup saved as {name}.</source>
        <translation>Backup saved as {name}.</translation>
    </message>
    <message>
        <source>The team server answers again; the lists are up to date.</source>
        <translation>The team server answers again; the lists are up to date.</translation>
    </message>
    <message>
        <source>The lists are up to date again.</source>
        <translation>The lists are up to date again.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: the lists are not updated until it is back.</source>
        <translation>The team server cannot be reached: the lists are not updated until it is back.</translation>
    </message>
    <message>
        <source>Changes made elsewhere cannot be followed right now.</source>
        <translation>Changes made elsewhere cannot be followed right now.</translation>
    </message>
    <message>
        <source>Remove the &amp;passphrase…</source>
        <translation>Remove the &amp;passphrase…</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Protect with a &amp;passphrase…</translation>
    </message>
    <message>
        <source>About InterviewDesk</source>
        <translation>About InterviewDesk</translation>
    </message>
    <message>
        <source>InterviewDesk {version}

Structured job interviews, anchored scoring and printed assessment forms — offline, on this computer.</source>
        <translation>InterviewDesk {version}

Structured job interviews, anchored scoring and printed assessment forms — offline, on this computer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>New &amp;vacancy…</source>
        <translation>New &amp;vacancy…</translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation>New &amp;candidate…</translation>
    </message>
    <message>
        <source>New &amp;interview…</source>
        <translation>New &amp;interview…</translation>
    </message>
    <message>
        <source>I&amp;nterviewers…</source>
        <translation>I&amp;nterviewers…</translation>
    </message>
    <message>
        <source>Cop&amp;y vacancy…</source>
        <translation>Cop&amp;y vacancy…</translation>
    </message>
    <message>
        <source>Lib&amp;rary…</source>
        <translation>Lib&amp;rary…</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Load &amp;example data</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Export a candidate&apos;s &amp;data…</source>
        <translation>Export a candidate&apos;s &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Move to the personnel file…</source>
        <translation>&amp;Move to the personnel file…</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Open data folder</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit planning…</source>
        <translation>&amp;Edit planning…</translation>
    </message>
    <message>
        <source>Assessment &amp;form…</source>
        <translation>Assessment &amp;form…</translation>
    </message>
    <message>
        <source>&amp;Panel discussion…</source>
        <translation>&amp;Panel discussion…</translation>
    </message>
    <message>
        <source>Interview &amp;report…</source>
        <translation>Interview &amp;report…</translation>
    </message>
    <message>
        <source>Blank interview &amp;kit…</source>
        <translation>Blank interview &amp;kit…</translation>
    </message>
    <message>
        <source>&amp;Dossier (report and forms)…</source>
        <translation>&amp;Dossier (report and forms)…</translation>
    </message>
    <message>
        <source>Calendar file (.&amp;ics)…</source>
        <translation>Calendar file (.&amp;ics)…</translation>
    </message>
    <message>
        <source>&amp;Write to the candidate…</source>
        <translation>&amp;Write to the candidate…</translation>
    </message>
    <message>
        <source>Print &amp;comparison…</source>
        <translation>Print &amp;comparison…</translation>
    </message>
    <message>
        <source>Panel package for a &amp;member…</source>
        <translation>Panel package for a &amp;member…</translation>
    </message>
    <message>
        <source>Re&amp;turn an assessment to the chair…</source>
        <translation>Re&amp;turn an assessment to the chair…</translation>
    </message>
    <message>
        <source>Returned c&amp;hanges…</source>
        <translation>Returned c&amp;hanges…</translation>
    </message>
    <message>
        <source>Trai&amp;ning: rate an example answer…</source>
        <translation>Trai&amp;ning: rate an example answer…</translation>
    </message>
    <message>
        <source>Take o&amp;ffline…</source>
        <translation>Take o&amp;ffline…</translation>
    </message>
    <message>
        <source>Bring &amp;back…</source>
        <translation>Bring &amp;back…</translation>
    </message>
    <message>
        <source>Release offline mar&amp;k…</source>
        <translation>Release offline mar&amp;k…</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>I&amp;mport package…</translation>
    </message>
    <message>
        <source>Move to another &amp;laptop…</source>
        <translation>Move to another &amp;laptop…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Calibration…</translation>
    </message>
    <message>
        <source>&amp;About InterviewDesk</source>
        <translation>&amp;About InterviewDesk</translation>
    </message>
    <message>
        <source>Search and add</source>
        <translation>Search and add</translation>
    </message>
    <message>
        <source>Search candidates, vacancies…</source>
        <translation>Search candidates, vacancies…</translation>
    </message>
    <message>
        <source>+ Vacancy</source>
        <translation>+ Vacancy</translation>
    </message>
    <message>
        <source>+ Candidate</source>
        <translation>+ Candidate</translation>
    </message>
    <message>
        <source>+ Interview</source>
        <translation>+ Interview</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>The database and every backup are encrypted with this passphrase. InterviewDesk asks for it each time it starts. A long sentence you remember works well.</source>
        <translation>The database and every backup are encrypted with this passphrase. InterviewDesk asks for it each time it starts. A long sentence you remember works well.</translation>
    </message>
    <message>
        <source>Keep it safe: without the passphrase nobody can read the data, not even InterviewDesk&apos;s makers.</source>
        <translation>Keep it safe: without the passphrase nobody can read the data, not even InterviewDesk&apos;s makers.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Protect</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Type a passphrase first.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>The passphrase contains a character that cannot be used.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>The two passphrases differ. Type the same one twice.</translation>
    </message>
</context>
<context>
    <name>NotePicker</name>
    <message>
        <source>Quote from interview notes</source>
        <translation>Quote from interview notes</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>Other notes from this interview</source>
        <translation>Other notes from this interview</translation>
    </message>
    <message>
        <source>The whole note</source>
        <translation>The whole note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Choose a note taken during this interview; it is added to the evidence in quotation marks, with where it was noted.</source>
        <translation>Choose a note taken during this interview; it is added to the evidence in quotation marks, with where it was noted.</translation>
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
        <translation>offline copy since {moment}</translation>
    </message>
    <message>
        <source>brought back {moment}</source>
        <translation>brought back {moment}</translation>
    </message>
    <message>
        <source>taken offline by {name} since {moment}</source>
        <translation>taken offline by {name} since {moment}</translation>
    </message>
    <message>
        <source>Taking the interviews offline…</source>
        <translation>Taking the interviews offline…</translation>
    </message>
    <message>
        <source>Not taken offline</source>
        <translation>Not taken offline</translation>
    </message>
    <message>
        <source>Nothing was taken offline and nothing was changed on the server.</source>
        <translation>Nothing was taken offline and nothing was changed on the server.</translation>
    </message>
    <message>
        <source>

{count} other panel member(s)&apos; assessment(s) stayed on the server: you may not see them yet.</source>
        <translation>

{count} other panel member(s)&apos; assessment(s) stayed on the server: you may not see them yet.</translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation>Taken offline</translation>
    </message>
    <message>
        <source>These interviews are now on this computer:
{names}

To hold them without network, start InterviewDesk when the team server cannot be reached and open this computer&apos;s own data folder. Afterwards, back on the network, choose Interview ▸ Bring back….{hidden}</source>
        <translation>These interviews are now on this computer:
{names}

To hold them without network, start InterviewDesk when the team server cannot be reached and open this computer&apos;s own data folder. Afterwards, back on the network, choose Interview ▸ Bring back….{hidden}</translation>
    </message>
    <message>
        <source>Looking for interviews taken offline…</source>
        <translation>Looking for interviews taken offline…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>This computer holds no interviews taken offline.</source>
        <translation>This computer holds no interviews taken offline.</translation>
    </message>
    <message>
        <source>Comparing with the team server…</source>
        <translation>Comparing with the team server…</translation>
    </message>
    <message>
        <source>Merge what was done offline into the team server? Fields changed only on this computer are written there; fields changed only on the server stay as they are.</source>
        <translation>Merge what was done offline into the team server? Fields changed only on this computer are written there; fields changed only on the server stay as they are.</translation>
    </message>
    <message>
        <source>Bringing the interviews back…</source>
        <translation>Bringing the interviews back…</translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation>Not brought back</translation>
    </message>
    <message>
        <source>Nothing was changed on the team server.</source>
        <translation>Nothing was changed on the team server.</translation>
    </message>
    <message>
        <source>Taken {moment} by {name} ({count} interview(s))</source>
        <translation>Taken {moment} by {name} ({count} interview(s))</translation>
    </message>
    <message>
        <source>Which interviews taken offline?</source>
        <translation>Which interviews taken offline?</translation>
    </message>
    <message>
        <source>{count} record(s) updated on the team server.</source>
        <translation>{count} record(s) updated on the team server.</translation>
    </message>
    <message>
        <source>{count} record(s) made offline created there.</source>
        <translation>{count} record(s) made offline created there.</translation>
    </message>
    <message>
        <source>{count} record(s) removed offline removed there.</source>
        <translation>{count} record(s) removed offline removed there.</translation>
    </message>
    <message>
        <source>{count} field(s) changed only on the server kept.</source>
        <translation>{count} field(s) changed only on the server kept.</translation>
    </message>
    <message>
        <source>{count} field(s) changed on both sides, as you chose.</source>
        <translation>{count} field(s) changed on both sides, as you chose.</translation>
    </message>
    <message>
        <source>{count} record(s) had been removed on the server meanwhile; what was done to them offline was not brought back.</source>
        <translation>{count} record(s) had been removed on the server meanwhile; what was done to them offline was not brought back.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>The interviews are back on the team server and free for everyone again.

{lines}</source>
        <translation>The interviews are back on the team server and free for everyone again.

{lines}</translation>
    </message>
    <message>
        <source>Release offline mark</source>
        <translation>Release offline mark</translation>
    </message>
    <message>
        <source>This interview is not taken offline.</source>
        <translation>This interview is not taken offline.</translation>
    </message>
    <message>
        <source>This interview is {label}. Release it only if that copy is lost or will not come back: what that laptop holds of it can then no longer be brought back.</source>
        <translation>This interview is {label}. Release it only if that copy is lost or will not come back: what that laptop holds of it can then no longer be brought back.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Not released</translation>
    </message>
    <message>
        <source>The mark was not changed.</source>
        <translation>The mark was not changed.</translation>
    </message>
    <message>
        <source>This computer&apos;s data folder cannot be opened</source>
        <translation>This computer&apos;s data folder cannot be opened</translation>
    </message>
    <message>
        <source>Nothing was taken offline or brought back, and nothing was changed on the team server.</source>
        <translation>Nothing was taken offline or brought back, and nothing was changed on the team server.</translation>
    </message>
</context>
<context>
    <name>OpeningSection</name>
    <message>
        <source>To read aloud</source>
        <translation>To read aloud</translation>
    </message>
    <message>
        <source>Welcome, {candidate}, and thank you for coming.</source>
        <translation>Welcome, {candidate}, and thank you for coming.</translation>
    </message>
    <message>
        <source>{name}, {job_title} — {role} in this interview</source>
        <translation>{name}, {job_title} — {role} in this interview</translation>
    </message>
    <message>
        <source>{name} — {role} in this interview</source>
        <translation>{name} — {role} in this interview</translation>
    </message>
    <message>
        <source>Let us introduce ourselves:</source>
        <translation>Let us introduce ourselves:</translation>
    </message>
    <message>
        <source>You applied for the role of {title} in our {department} department, based in {location}.</source>
        <translation>You applied for the role of {title} in our {department} department, based in {location}.</translation>
    </message>
    <message>
        <source>You applied for the role of {title} in our {department} department.</source>
        <translation>You applied for the role of {title} in our {department} department.</translation>
    </message>
    <message>
        <source>You applied for the role of {title}, based in {location}.</source>
        <translation>You applied for the role of {title}, based in {location}.</translation>
    </message>
    <message>
        <source>You applied for the role of {title}.</source>
        <translation>You applied for the role of {title}.</translation>
    </message>
    <message>
        <source>First we will tell you a little about the company and what the role involves.</source>
        <translation>First we will tell you a little about the company and what the role involves.</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: about %n minute(s)</source>
        <translation>
            <numerusform>{stage}: about %n minute</numerusform>
            <numerusform>{stage}: about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interview takes about %n minute(s). This is how we will spend the time:</source>
        <translation>
            <numerusform>The interview takes about %n minute. This is how we will spend the time:</numerusform>
            <numerusform>The interview takes about %n minutes. This is how we will spend the time:</numerusform>
        </translation>
    </message>
    <message>
        <source>Please ask whatever you want to know; there is time for your own questions near the end.</source>
        <translation>Please ask whatever you want to know; there is time for your own questions near the end.</translation>
    </message>
</context>
<context>
    <name>OriginalPdfView</name>
    <message>
        <source>The original CV</source>
        <translation>The original CV</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>{name} (not submitted)</source>
        <translation>{name} (not submitted)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Save package</source>
        <translation>&amp;Save package</translation>
    </message>
    <message>
        <source>Panel package for a member</source>
        <translation>Panel package for a member</translation>
    </message>
    <message>
        <source>A package to score on another laptop</source>
        <translation>A package to score on another laptop</translation>
    </message>
    <message>
        <source>The panel member imports this file on their own laptop, holds the interview there and fills in their own assessment form. It holds the vacancy, its competencies with their anchors and weights, the question kit, and the interview&apos;s date, place and panel. It never holds anyone&apos;s assessment or the notes taken on this laptop.</source>
        <translation>The panel member imports this file on their own laptop, holds the interview there and fills in their own assessment form. It holds the vacancy, its competencies with their anchors and weights, the question kit, and the interview&apos;s date, place and panel. It never holds anyone&apos;s assessment or the notes taken on this laptop.</translation>
    </message>
    <message>
        <source>Include the candidate&apos;s &amp;CV and letter</source>
        <translation>Include the candidate&apos;s &amp;CV and letter</translation>
    </message>
    <message>
        <source>Privacy: the CV and letter are personal data. Include them only if the panel member needs them, send the file by a safe route, and ask them to delete it after the interview. Without them, the package holds only the candidate&apos;s name.</source>
        <translation>Privacy: the CV and letter are personal data. Include them only if the panel member needs them, send the file by a safe route, and ask them to delete it after the interview. Without them, the package holds only the candidate&apos;s name.</translation>
    </message>
    <message>
        <source>Return an assessment to the chair</source>
        <translation>Return an assessment to the chair</translation>
    </message>
    <message>
        <source>Your submitted assessment, for the chair</source>
        <translation>Your submitted assessment, for the chair</translation>
    </message>
    <message>
        <source>The chair imports this file on their laptop; your form is then in as submitted. Only a submitted form can be returned. If you reopen and change it later, return it again: the chair sees it as a change, with your reason.</source>
        <translation>The chair imports this file on their laptop; your form is then in as submitted. Only a submitted form can be returned. If you reopen and change it later, return it again: the chair sees it as a change, with your reason.</translation>
    </message>
    <message>
        <source>Include my interview &amp;notes</source>
        <translation>Include my interview &amp;notes</translation>
    </message>
    <message>
        <source>Your notes are added below the chair&apos;s, under your name.</source>
        <translation>Your notes are added below the chair&apos;s, under your name.</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>&amp;Panel member:</source>
        <translation>&amp;Panel member:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
</context>
<context>
    <name>PanelDiscussion</name>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Who opened, submitted and reopened forms, and when (no scores)</source>
        <translation>Who opened, submitted and reopened forms, and when (no scores)</translation>
    </message>
    <message>
        <source>The band shows how far apart the scores lie on the scale from 1 to 5; the dot is the mean. Hover over a score to read the evidence, or expand a competency with its arrow.</source>
        <translation>The band shows how far apart the scores lie on the scale from 1 to 5; the dot is the mean. Hover over a score to read the evidence, or expand a competency with its arrow.</translation>
    </message>
    <message>
        <source>Panel discussion · {candidate}</source>
        <translation>Panel discussion · {candidate}</translation>
    </message>
    <message>
        <source>{vacancy} · {count} of {total} assessments in</source>
        <translation>{vacancy} · {count} of {total} assessments in</translation>
    </message>
    <message>
        <source>{details} · interview {moment}</source>
        <translation>{details} · interview {moment}</translation>
    </message>
    <message>
        <source>Open to everyone: every form is in</source>
        <translation>Open to everyone: every form is in</translation>
    </message>
    <message>
        <source>Open to everyone: the round was closed</source>
        <translation>Open to everyone: the round was closed</translation>
    </message>
    <message>
        <source>Viewed by: {viewer}</source>
        <translation>Viewed by: {viewer}</translation>
    </message>
    <message>
        <source>Viewed by: someone not on the panel</source>
        <translation>Viewed by: someone not on the panel</translation>
    </message>
    <message numerus="yes">
        <source>Round closed early on {moment} by {chair}: “{reason}”. %n panel member(s) not submitted yet: {names}. Their scores are not in this view; a form submitted now is marked as submitted after the round was closed.</source>
        <translation>
            <numerusform>Round closed early on {moment} by {chair}: “{reason}”. %n panel member not submitted yet: {names}. Their scores are not in this view; a form submitted now is marked as submitted after the round was closed.</numerusform>
            <numerusform>Round closed early on {moment} by {chair}: “{reason}”. %n panel members not submitted yet: {names}. Their scores are not in this view; a form submitted now is marked as submitted after the round was closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No competencies yet — add the 3 to 6 that matter most for this role to the vacancy; the panel&apos;s scores are compared on them.</source>
        <translation>No competencies yet — add the 3 to 6 that matter most for this role to the vacancy; the panel&apos;s scores are compared on them.</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel, so there are no scores to discuss. Add the interviewers in the interview&apos;s details.</source>
        <translation>Nobody is on this interview&apos;s panel, so there are no scores to discuss. Add the interviewers in the interview&apos;s details.</translation>
    </message>
</context>
<context>
    <name>PanelForms</name>
    <message>
        <source>PIN asked</source>
        <translation>PIN asked</translation>
    </message>
    <message>
        <source>View submitted form</source>
        <translation>View submitted form</translation>
    </message>
    <message>
        <source>Fill in assessment form</source>
        <translation>Fill in assessment form</translation>
    </message>
    <message>
        <source>Opens {name}&apos;s own form, for {name} only</source>
        <translation>Opens {name}&apos;s own form, for {name} only</translation>
    </message>
</context>
<context>
    <name>PanelMatrix</name>
    <message>
        <source>To discuss</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <source>The panel differs on these, or nobody assessed them. Agree on a score and say why.</source>
        <translation>The panel differs on these, or nobody assessed them. Agree on a score and say why.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>No large difference</source>
        <translation>No large difference</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Panel score</source>
        <translation>Panel score</translation>
    </message>
    <message>
        <source>Show or hide each rater&apos;s evidence</source>
        <translation>Show or hide each rater&apos;s evidence</translation>
    </message>
    <message>
        <source>Evidence for {competency}</source>
        <translation>Evidence for {competency}</translation>
    </message>
    <message>
        <source>{kind} · weight {weight}</source>
        <translation>{kind} · weight {weight}</translation>
    </message>
    <message>
        <source>⚑ Nobody assessed this</source>
        <translation>⚑ Nobody assessed this</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Raters differ by %n point(s)</source>
        <translation>
            <numerusform>⚑ Raters differ by %n point</numerusform>
            <numerusform>⚑ Raters differ by %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>{flag} — resolved</source>
        <translation>{flag} — resolved</translation>
    </message>
    <message>
        <source>The panel&apos;s consensus</source>
        <translation>The panel&apos;s consensus</translation>
    </message>
    <message>
        <source>The mean of the scores given</source>
        <translation>The mean of the scores given</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>The panel agrees this was not assessed</source>
        <translation>The panel agrees this was not assessed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No panel score until the panel records a consensus</source>
        <translation>No panel score until the panel records a consensus</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Each rater&apos;s total over the competencies they assessed, by weight. A competency not assessed neither counts as a low score nor lowers the total.</source>
        <translation>Each rater&apos;s total over the competencies they assessed, by weight. A competency not assessed neither counts as a low score nor lowers the total.</translation>
    </message>
    <message>
        <source>The candidate&apos;s weighted score from the panel scores</source>
        <translation>The candidate&apos;s weighted score from the panel scores</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: not assessed</translation>
    </message>
    <message>
        <source>{name}: {score} · {label}</source>
        <translation>{name}: {score} · {label}</translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation>No evidence written.</translation>
    </message>
    <message>
        <source>{score} · {label}</source>
        <translation>{score} · {label}</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Strengths:</translation>
    </message>
    <message>
        <source>Weaknesses:</source>
        <translation>Weaknesses:</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Print the interview &amp;report…</source>
        <translation>Print the interview &amp;report…</translation>
    </message>
    <message>
        <source>Print the &amp;dossier (report and forms)…</source>
        <translation>Print the &amp;dossier (report and forms)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Panel discussion</source>
        <translation>&amp;Panel discussion</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <source>Panel discussion</source>
        <extracomment>A change by someone else waits this long while a consensus is being written.</extracomment>
        <translation>Panel discussion</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>That person is not on this interview&apos;s panel. Choose who is looking.</source>
        <translation>That person is not on this interview&apos;s panel. Choose who is looking.</translation>
    </message>
    <message>
        <source>Type your PIN to look at the panel discussion as yourself.</source>
        <translation>Type your PIN to look at the panel discussion as yourself.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>The panel&apos;s assessments could not be read.</source>
        <translation>The panel&apos;s assessments could not be read.</translation>
    </message>
    <message>
        <source>The panel&apos;s scores could not be read.</source>
        <translation>The panel&apos;s scores could not be read.</translation>
    </message>
    <message>
        <source>Panel discussion · {candidate}</source>
        <translation>Panel discussion · {candidate}</translation>
    </message>
    <message>
        <source>someone not on the panel</source>
        <translation>someone not on the panel</translation>
    </message>
    <message>
        <source>Round not closed</source>
        <translation>Round not closed</translation>
    </message>
    <message>
        <source>The round could not be closed.</source>
        <translation>The round could not be closed.</translation>
    </message>
    <message>
        <source>Round closed</source>
        <translation>Round closed</translation>
    </message>
    <message>
        <source>Consensus not recorded</source>
        <translation>Consensus not recorded</translation>
    </message>
    <message>
        <source>The consensus could not be recorded.</source>
        <translation>The consensus could not be recorded.</translation>
    </message>
    <message>
        <source>Consensus recorded</source>
        <translation>Consensus recorded</translation>
    </message>
    <message>
        <source>Take back the consensus?</source>
        <translation>Take back the consensus?</translation>
    </message>
    <message>
        <source>Take back the panel&apos;s consensus on {name}? The competency is open again until the panel records a new one.</source>
        <translation>Take back the panel&apos;s consensus on {name}? The competency is open again until the panel records a new one.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>The consensus could not be taken back.</source>
        <translation>The consensus could not be taken back.</translation>
    </message>
    <message>
        <source>Consensus taken back</source>
        <translation>Consensus taken back</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>The decision could not be recorded.</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Interview not found</source>
        <translation>Interview not found</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>This interview no longer exists. It may have been deleted.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>This data folder is protected with a passphrase. Type it to open your data.</source>
        <translation>This data folder is protected with a passphrase. Type it to open your data.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Try again.</source>
        <translation>That passphrase is not correct. Try again.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN of {name}</translation>
    </message>
    <message>
        <source>Is this {name}?</source>
        <translation>Is this {name}?</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN or passphrase</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN or passphrase:</translation>
    </message>
    <message>
        <source>Forgot it? A chair can reset it under File → Interviewers.</source>
        <translation>Forgot it? A chair can reset it under File → Interviewers.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>That is not the PIN of {name}. Try again.</source>
        <translation>That is not the PIN of {name}. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second before the next one.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>You can try again.</translation>
    </message>
</context>
<context>
    <name>PinSettingsDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN of {name}</translation>
    </message>
    <message>
        <source>With a PIN, the app asks for it before it opens {name}&apos;s assessment form or shows the panel discussion as {name}. Use at least {count} characters; a short sentence works well. The PIN is stored only as a salted hash.</source>
        <translation>With a PIN, the app asks for it before it opens {name}&apos;s assessment form or shows the panel discussion as {name}. Use at least {count} characters; a short sentence works well. The PIN is stored only as a salted hash.</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Current PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat new PIN:</source>
        <translation>&amp;Repeat new PIN:</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <source>Forgot the current PIN? A chair can reset it with Reset PIN…</source>
        <translation>Forgot the current PIN? A chair can reset it with Reset PIN…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second before the next one.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the current PIN of {name}.</source>
        <translation>That is not the current PIN of {name}.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>The two new PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>A PIN needs at least {count} characters.</source>
        <translation>A PIN needs at least {count} characters.</translation>
    </message>
    <message>
        <source>A passphrase can be at most {count} characters.</source>
        <translation>A passphrase can be at most {count} characters.</translation>
    </message>
    <message>
        <source>Type a PIN or passphrase.</source>
        <translation>Type a PIN or passphrase.</translation>
    </message>
</context>
<context>
    <name>PlanningMerge</name>
    <message>
        <source>the candidate</source>
        <extracomment>The interviewer&apos;s fields.</extracomment>
        <translation>the candidate</translation>
    </message>
    <message>
        <source>the vacancy</source>
        <translation>the vacancy</translation>
    </message>
    <message>
        <source>the date and time</source>
        <translation>the date and time</translation>
    </message>
    <message>
        <source>the length</source>
        <translation>the length</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>the location</translation>
    </message>
    <message>
        <source>the round</source>
        <translation>the round</translation>
    </message>
    <message>
        <source>the seat of {name} on the panel</source>
        <translation>the seat of {name} on the panel</translation>
    </message>
    <message>
        <source>Both versions named a chair: {chair} stays chair and {name} is a panel member now.</source>
        <translation>Both versions named a chair: {chair} stays chair and {name} is a panel member now.</translation>
    </message>
    <message>
        <source>the interviewer&apos;s name</source>
        <translation>the interviewer&apos;s name</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <source>the job title</source>
        <translation>the job title</translation>
    </message>
</context>
<context>
    <name>PreparationSection</name>
    <message>
        <source>Nobody is on the panel yet. Add the interviewers and their roles in the interview&apos;s details, so that each of them can assess the candidate.</source>
        <translation>Nobody is on the panel yet. Add the interviewers and their roles in the interview&apos;s details, so that each of them can assess the candidate.</translation>
    </message>
    <message>
        <source>Show the CV</source>
        <translation>Show the CV</translation>
    </message>
    <message>
        <source>Show the letter</source>
        <translation>Show the letter</translation>
    </message>
    <message>
        <source>Show the vacancy</source>
        <translation>Show the vacancy</translation>
    </message>
    <message>
        <source>No CV was added for this candidate.</source>
        <translation>No CV was added for this candidate.</translation>
    </message>
    <message>
        <source>No letter was added for this candidate.</source>
        <translation>No letter was added for this candidate.</translation>
    </message>
    <message>
        <source>Read before the interview</source>
        <translation>Read before the interview</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>The panel</translation>
    </message>
    <message>
        <source>Don&apos;t forget</source>
        <translation>Don&apos;t forget</translation>
    </message>
    <message>
        <source>InterviewDesk covers these itself:</source>
        <translation>InterviewDesk covers these itself:</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Asked ({key}, or Shift+Tab from the notes)</source>
        <translation>Asked ({key}, or Shift+Tab from the notes)</translation>
    </message>
    <message>
        <source>Competency: {name} · anchors ▾</source>
        <translation>Competency: {name} · anchors ▾</translation>
    </message>
    <message>
        <source>Show the five anchors of the rating scale</source>
        <translation>Show the five anchors of the rating scale</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this question added during the interview</source>
        <translation>Remove this question added during the interview</translation>
    </message>
    <message>
        <source>Notes on the answer</source>
        <translation>Notes on the answer</translation>
    </message>
    <message>
        <source>Notes on question {number}</source>
        <translation>Notes on question {number}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>What was the situation?</source>
        <translation>What was the situation?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>What was their task or goal?</source>
        <translation>What was their task or goal?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What did they do themselves?</source>
        <translation>What did they do themselves?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>What came of it?</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>No questions are planned for this stage. Add them to the vacancy&apos;s question kit before the next interview, or add one below as you ask it.</source>
        <translation>No questions are planned for this stage. Add them to the vacancy&apos;s question kit before the next interview, or add one below as you ask it.</translation>
    </message>
    <message>
        <source>A question you ask on the spot — Enter adds it</source>
        <translation>A question you ask on the spot — Enter adds it</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Questions (%n)</numerusform>
            <numerusform>Questions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Question not added</translation>
    </message>
    <message>
        <source>The question could not be saved. It is still in the field, so you can try again.</source>
        <translation>The question could not be saved. It is still in the field, so you can try again.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Remove “{question}” and the notes taken for it?</source>
        <translation>Remove “{question}” and the notes taken for it?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Question not removed</source>
        <translation>Question not removed</translation>
    </message>
    <message>
        <source>The question could not be removed.</source>
        <translation>The question could not be removed.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>Questions in this stage</source>
        <translation>Questions in this stage</translation>
    </message>
    <message>
        <source>Add from li&amp;brary…</source>
        <translation>Add from li&amp;brary…</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <source>The question as you will ask it</source>
        <translation>The question as you will ask it</translation>
    </message>
    <message>
        <source>Follow-up questions to dig deeper, e.g. “What did you do yourself?”</source>
        <translation>Follow-up questions to dig deeper, e.g. “What did you do yourself?”</translation>
    </message>
    <message>
        <source>Add competencies on the Competencies tab to link questions to them.</source>
        <translation>Add competencies on the Competencies tab to link questions to them.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation>&amp;Probes:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Competency probed:</source>
        <translation>&amp;Competency probed:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Sa&amp;ve to library</source>
        <translation>Sa&amp;ve to library</translation>
    </message>
    <message>
        <source>Keep this question and its probes in the firm&apos;s library, to reuse in other vacancies</source>
        <translation>Keep this question and its probes in the firm&apos;s library, to reuse in other vacancies</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>(new competency)</translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(new question)</translation>
    </message>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
    <message>
        <source>No questions for “{stage}” yet — add the questions every candidate for this role should be asked in this stage.</source>
        <translation>No questions for “{stage}” yet — add the questions every candidate for this role should be asked in this stage.</translation>
    </message>
</context>
<context>
    <name>RaterChooser</name>
    <message>
        <source>Who fills in the assessment form?</source>
        <translation>Who fills in the assessment form?</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Each panel member fills in their own form, on their own, before the panel compares scores. Choose your name; the form shows only your own assessment.</source>
        <translation>Each panel member fills in their own form, on their own, before the panel compares scores. Choose your name; the form shows only your own assessment.</translation>
    </message>
    <message>
        <source>{role} · {state}</source>
        <translation>{role} · {state}</translation>
    </message>
    <message>
        <source>PIN asked</source>
        <translation>PIN asked</translation>
    </message>
    <message>
        <source>Nobody is on this interview&apos;s panel yet. Add the interviewers in the interview&apos;s details; then each of them can fill in a form.</source>
        <translation>Nobody is on this interview&apos;s panel yet. Add the interviewers in the interview&apos;s details; then each of them can fill in a form.</translation>
    </message>
</context>
<context>
    <name>ReadingDock</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in the text (Ctrl+F)</source>
        <translation>Find in the text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
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
        <translation>Copy of {title}</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Not copied</translation>
    </message>
    <message>
        <source>The vacancy could not be copied. Nothing was changed.</source>
        <translation>The vacancy could not be copied. Nothing was changed.</translation>
    </message>
    <message>
        <source>Copied “{title}”: the copy has its competencies and questions, no candidates.</source>
        <translation>Copied “{title}”: the copy has its competencies and questions, no candidates.</translation>
    </message>
    <message>
        <source>Delete vacancy</source>
        <translation>Delete vacancy</translation>
    </message>
    <message>
        <source>Delete the vacancy “{title}” with its competencies, questions, applications and interviews? The candidates themselves stay. This cannot be undone.</source>
        <translation>Delete the vacancy “{title}” with its competencies, questions, applications and interviews? The candidates themselves stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Delete candidate</translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded about them — applications, interviews, notes, assessments and documents — for every vacancy, also from the backups? This cannot be undone: afterwards no backup holds them either.</source>
        <translation>Delete {name} and everything recorded about them — applications, interviews, notes, assessments and documents — for every vacancy, also from the backups? This cannot be undone: afterwards no backup holds them either.</translation>
    </message>
    <message>
        <source>Not everything cleaned up</source>
        <translation>Not everything cleaned up</translation>
    </message>
    <message>
        <source>The candidate was deleted, but not everything could be cleaned up yet; the details say what is left.</source>
        <translation>The candidate was deleted, but not everything could be cleaned up yet; the details say what is left.</translation>
    </message>
    <message>
        <source>{name} was deleted, also from the backups.</source>
        <translation>{name} was deleted, also from the backups.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <source>Delete the interview {interview} with its notes and assessments? The candidate and the vacancy stay. This cannot be undone.</source>
        <translation>Delete the interview {interview} with its notes and assessments? The candidate and the vacancy stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Import the CV of {name}</source>
        <translation>Import the CV of {name}</translation>
    </message>
    <message>
        <source>Import the motivation letter of {name}</source>
        <translation>Import the motivation letter of {name}</translation>
    </message>
    <message>
        <source>PDF, Word or text files (*.pdf *.docx *.txt)</source>
        <translation>PDF, Word or text files (*.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>CV not imported</source>
        <translation>CV not imported</translation>
    </message>
    <message>
        <source>Letter not imported</source>
        <translation>Letter not imported</translation>
    </message>
    <message>
        <source>CV of {name} imported from {file}.</source>
        <translation>CV of {name} imported from {file}.</translation>
    </message>
    <message>
        <source>Motivation letter of {name} imported from {file}.</source>
        <translation>Motivation letter of {name} imported from {file}.</translation>
    </message>
    <message>
        <source>Tick what to save with the candidate; what is not ticked stays as it is.</source>
        <translation>Tick what to save with the candidate; what is not ticked stays as it is.</translation>
    </message>
    <message>
        <source>Save ticked</source>
        <translation>Save ticked</translation>
    </message>
    <message>
        <source>Contact details not saved</source>
        <translation>Contact details not saved</translation>
    </message>
    <message>
        <source>Replace the CV?</source>
        <translation>Replace the CV?</translation>
    </message>
    <message>
        <source>{name} already has a CV. Replace it with “{file}”? The CV text and the original file kept now are replaced.</source>
        <translation>{name} already has a CV. Replace it with “{file}”? The CV text and the original file kept now are replaced.</translation>
    </message>
    <message>
        <source>Replace CV</source>
        <translation>Replace CV</translation>
    </message>
    <message>
        <source>Replace the motivation letter?</source>
        <translation>Replace the motivation letter?</translation>
    </message>
    <message>
        <source>{name} already has a motivation letter. Replace it with “{file}”? The letter&apos;s text and the original file kept now are replaced.</source>
        <translation>{name} already has a motivation letter. Replace it with “{file}”? The letter&apos;s text and the original file kept now are replaced.</translation>
    </message>
    <message>
        <source>Replace letter</source>
        <translation>Replace letter</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>This candidate no longer exists.</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <source>There is no decision on this interview (any more): decide in the panel discussion first.</source>
        <translation>There is no decision on this interview (any more): decide in the panel discussion first.</translation>
    </message>
    <message>
        <source>Have you told {name} the panel&apos;s decision, “{outcome}”? Their status then becomes “{status}”.</source>
        <translation>Have you told {name} the panel&apos;s decision, “{outcome}”? Their status then becomes “{status}”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The feedback could not be recorded.</source>
        <translation>The feedback could not be recorded.</translation>
    </message>
    <message>
        <source>Feedback to {name} recorded; their status is now “{status}”.</source>
        <translation>Feedback to {name} recorded; their status is now “{status}”.</translation>
    </message>
</context>
<context>
    <name>ReferenceChecksDialog</name>
    <message>
        <source>Reference checks — {name}</source>
        <extracomment>How much of what the referee said the list shows; the editor shows it all.</extracomment>
        <translation>Reference checks — {name}</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>&amp;Add reference check…</source>
        <translation>&amp;Add reference check…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Reference checks</source>
        <translation>Reference checks</translation>
    </message>
    <message>
        <source>No consent for references is recorded for {name}. A referee may only be called with the candidate&apos;s consent.</source>
        <translation>No consent for references is recorded for {name}. A referee may only be called with the candidate&apos;s consent.</translation>
    </message>
    <message>
        <source>{date} ({how})</source>
        <translation>{date} ({how})</translation>
    </message>
    <message>
        <source>{name} consented to references on {date}, recorded by {by}.</source>
        <translation>{name} consented to references on {date}, recorded by {by}.</translation>
    </message>
    <message>
        <source>Whom to ask: {note}.</source>
        <translation>Whom to ask: {note}.</translation>
    </message>
    <message>
        <source>Change consent…</source>
        <translation>Change consent…</translation>
    </message>
    <message>
        <source>No reference checks yet.</source>
        <translation>No reference checks yet.</translation>
    </message>
    <message>
        <source>No reference checks yet. Record the candidate&apos;s consent before you call a referee.</source>
        <translation>No reference checks yet. Record the candidate&apos;s consent before you call a referee.</translation>
    </message>
    <message>
        <source>{referee} ({about})</source>
        <translation>{referee} ({about})</translation>
    </message>
    <message>
        <source>Called on {date} by {by}</source>
        <translation>Called on {date} by {by}</translation>
    </message>
    <message>
        <source>No consent for references</source>
        <translation>No consent for references</translation>
    </message>
    <message>
        <source>{name} has no recorded consent for references, so you may not call a referee yet. Record the consent first: when it was given, how, and who at the firm recorded it.</source>
        <translation>{name} has no recorded consent for references, so you may not call a referee yet. Record the consent first: when it was given, how, and who at the firm recorded it.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete reference check</source>
        <translation>Delete reference check</translation>
    </message>
    <message>
        <source>Delete the reference check with {referee}? What was asked and said is then gone.</source>
        <translation>Delete the reference check with {referee}? What was asked and said is then gone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ReferenceConsentDialog</name>
    <message>
        <source>Consent for references — {name}</source>
        <translation>Consent for references — {name}</translation>
    </message>
    <message>
        <source>A referee may only be called with the candidate&apos;s consent. Record when {name} gave it, how, who at the firm recorded it, and whom you may ask.</source>
        <translation>A referee may only be called with the candidate&apos;s consent. Record when {name} gave it, how, who at the firm recorded it, and whom you may ask.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Fill in whom you may ask for a reference.</source>
        <translation>Fill in whom you may ask for a reference.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>Choose how the consent was given.</translation>
    </message>
    <message>
        <source>Fill in who recorded the consent.</source>
        <translation>Fill in who recorded the consent.</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation>A consent cannot be given in the future.</translation>
    </message>
    <message>
        <source>This application no longer exists; no consent was recorded.</source>
        <translation>This application no longer exists; no consent was recorded.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <source>New reference check — {name}</source>
        <translation>New reference check — {name}</translation>
    </message>
    <message>
        <source>Reference check — {name}</source>
        <translation>Reference check — {name}</translation>
    </message>
    <message>
        <source>Full name of the referee</source>
        <translation>Full name of the referee</translation>
    </message>
    <message>
        <source>e.g. her manager at the time</source>
        <translation>e.g. her manager at the time</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Company or organisation</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Choose who called</source>
        <translation>Choose who called</translation>
    </message>
    <message>
        <source>The questions you asked, one per line</source>
        <translation>The questions you asked, one per line</translation>
    </message>
    <message>
        <source>What the referee said, per question if you like</source>
        <translation>What the referee said, per question if you like</translation>
    </message>
    <message>
        <source>&amp;Referee:</source>
        <translation>&amp;Referee:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Re&amp;lation:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Called on:</source>
        <translation>&amp;Called on:</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Called &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Asked:</source>
        <translation>&amp;Asked:</translation>
    </message>
    <message>
        <source>&amp;Said:</source>
        <translation>&amp;Said:</translation>
    </message>
    <message>
        <source>Fill in the referee&apos;s name.</source>
        <translation>Fill in the referee&apos;s name.</translation>
    </message>
    <message>
        <source>The relation is too long.</source>
        <translation>The relation is too long.</translation>
    </message>
    <message>
        <source>The organisation is too long.</source>
        <translation>The organisation is too long.</translation>
    </message>
    <message>
        <source>Fill in how the referee was reached: a phone number or an e-mail address.</source>
        <translation>Fill in how the referee was reached: a phone number or an e-mail address.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <source>A reference check cannot be dated in the future.</source>
        <translation>A reference check cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Choose who called the referee. Add them as an interviewer first if they are not in the list.</source>
        <translation>Choose who called the referee. Add them as an interviewer first if they are not in the list.</translation>
    </message>
    <message>
        <source>What was asked can be at most {n} characters long.</source>
        <translation>What was asked can be at most {n} characters long.</translation>
    </message>
    <message>
        <source>Write down what the referee said (at most {n} characters).</source>
        <translation>Write down what the referee said (at most {n} characters).</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent for references is no longer recorded, so this reference check cannot be saved. Record the consent first.</source>
        <translation>The candidate&apos;s consent for references is no longer recorded, so this reference check cannot be saved. Record the consent first.</translation>
    </message>
    <message>
        <source>This reference check or its application no longer exists; nothing was saved.</source>
        <translation>This reference check or its application no longer exists; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the submitted form</source>
        <translation>Reopen the submitted form</translation>
    </message>
    <message>
        <source>For example: I scored the wrong competency, or I remembered more evidence.</source>
        <translation>For example: I scored the wrong competency, or I remembered more evidence.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Why is the form opened again?</source>
        <translation>Why is the form opened again?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>The reason is kept with the form, with the date, so it stays clear why the form changed after it was submitted. Until you submit again, your form counts as not submitted.</source>
        <translation>The reason is kept with the form, with the date, so it stays clear why the form changed after it was submitted. Until you submit again, your form counts as not submitted.</translation>
    </message>
</context>
<context>
    <name>ReorderableList</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset the PIN of {name}</source>
        <translation>Reset the PIN of {name}</translation>
    </message>
    <message>
        <source>For example: forgotten after the holidays</source>
        <translation>For example: forgotten after the holidays</translation>
    </message>
    <message>
        <source>&amp;Chair who resets:</source>
        <translation>&amp;Chair who resets:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;PIN:</source>
        <translation>Chair&apos;s &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A chair can remove a forgotten PIN so that {name} can set a new one. The reset is recorded, with the chair&apos;s name, in the audit trail of {name}&apos;s interviews.</source>
        <translation>A chair can remove a forgotten PIN so that {name} can set a new one. The reset is recorded, with the chair&apos;s name, in the audit trail of {name}&apos;s interviews.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Nobody else chairs a panel yet, so nobody can reset this PIN. Make someone the chair of an interview&apos;s panel first.</source>
        <translation>Nobody else chairs a panel yet, so nobody can reset this PIN. Make someone the chair of an interview&apos;s panel first.</translation>
    </message>
    <message>
        <source>The chair types their own PIN.</source>
        <translation>The chair types their own PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second before the next one.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the PIN of {name}.</source>
        <translation>That is not the PIN of {name}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Your results</source>
        <translation>Your results</translation>
    </message>
    <message>
        <source>Per 5 exercises</source>
        <translation>Per 5 exercises</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Group results</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Mean difference</translation>
    </message>
    <message>
        <source>Exactly right</source>
        <translation>Exactly right</translation>
    </message>
    <message>
        <source>Within 1</source>
        <translation>Within 1</translation>
    </message>
    <message>
        <source>Choose your name to see your results.</source>
        <translation>Choose your name to see your results.</translation>
    </message>
    <message>
        <source>Your results appear here after your first rating: how close you came to the reference, over time.</source>
        <translation>Your results appear here after your first rating: how close you came to the reference, over time.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) rated. On average {difference} points from the reference; {exact} exactly right, {within} within one point. {tendency}</source>
        <translation>
            <numerusform>%n exercise rated. On average {difference} points from the reference; {exact} exactly right, {within} within one point. {tendency}</numerusform>
            <numerusform>%n exercises rated. On average {difference} points from the reference; {exact} exactly right, {within} within one point. {tendency}</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Exercises {first}–{last}</source>
        <translation>Exercises {first}–{last}</translation>
    </message>
    <message>
        <source>You tend to score milder than the reference.</source>
        <translation>You tend to score milder than the reference.</translation>
    </message>
    <message>
        <source>You tend to score stricter than the reference.</source>
        <translation>You tend to score stricter than the reference.</translation>
    </message>
    <message>
        <source>No lean towards milder or stricter.</source>
        <translation>No lean towards milder or stricter.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message numerus="yes">
        <source>The retention period of %n candidate(s) has passed. Their data should now be erased, unless they consented to a longer period.</source>
        <translation>
            <numerusform>The retention period of %n candidate has passed. Their data should now be erased, unless they consented to a longer period.</numerusform>
            <numerusform>The retention period of %n candidates has passed. Their data should now be erased, unless they consented to a longer period.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show who</source>
        <translation>&amp;Show who</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
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
        <translation>Overdue since {date} · {reason}</translation>
    </message>
    <message>
        <source>Due {date} · {reason}</source>
        <translation>Due {date} · {reason}</translation>
    </message>
    <message numerus="yes">
        <source>consent, %n month(s)</source>
        <translation>
            <numerusform>consent, %n month</numerusform>
            <numerusform>consent, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entered + %n week(s)</source>
        <translation>
            <numerusform>entered + %n week</numerusform>
            <numerusform>entered + %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>end + %n week(s)</source>
        <translation>
            <numerusform>end + %n week</numerusform>
            <numerusform>end + %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>The procedure for {vacancies} ended on {ended}. {name} consented to keeping their data longer; that period ends on {date}.</source>
        <translation>The procedure for {vacancies} ended on {ended}. {name} consented to keeping their data longer; that period ends on {date}.</translation>
    </message>
    <message>
        <source>{name} has not applied to any vacancy; their data is kept for the short period from the day it was entered, until {date}.</source>
        <translation>{name} has not applied to any vacancy; their data is kept for the short period from the day it was entered, until {date}.</translation>
    </message>
    <message>
        <source>The procedure for {vacancies} ended on {ended}. Without consent the data may be kept until {date}.</source>
        <translation>The procedure for {vacancies} ended on {ended}. Without consent the data may be kept until {date}.</translation>
    </message>
    <message>
        <source>Erase the candidate, or record their consent.</source>
        <translation>Erase the candidate, or record their consent.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message numerus="yes">
        <source>! %n overdue</source>
        <translation>
            <numerusform>! %n overdue</numerusform>
            <numerusform>! %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a candidate above.</source>
        <translation>Choose a candidate above.</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <source>Delete candidate…</source>
        <translation>Delete candidate…</translation>
    </message>
</context>
<context>
    <name>ReturnedChangesDialog</name>
    <message>
        <source>Returned changes</source>
        <translation>Returned changes</translation>
    </message>
    <message>
        <source>The scores stay hidden until you may see this member&apos;s scores: once every panel member has submitted. You can still accept or decline the change.</source>
        <translation>The scores stay hidden until you may see this member&apos;s scores: once every panel member has submitted. You can still accept or decline the change.</translation>
    </message>
    <message>
        <source>Scores before and after the change</source>
        <translation>Scores before and after the change</translation>
    </message>
    <message>
        <source>No returned changes wait for you. When a panel member changes a form they returned and returns it again, the change appears here.</source>
        <translation>No returned changes wait for you. When a panel member changes a form they returned and returns it again, the change appears here.</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>&amp;Accept change</translation>
    </message>
    <message>
        <source>&amp;Decline change</source>
        <translation>&amp;Decline change</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>{name} changed their submitted form</source>
        <translation>{name} changed their submitted form</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Their reason:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>The change was not applied</source>
        <translation>The change was not applied</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All notes saved</source>
        <translation>All notes saved</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved {time}, except one text that waits for your choice</source>
        <translation>Saved {time}, except one text that waits for your choice</translation>
    </message>
    <message>
        <source>Saved {time}, except {count} texts that wait for your choice</source>
        <translation>Saved {time}, except {count} texts that wait for your choice</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Your latest notes could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</source>
        <translation>Your latest notes could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</translation>
    </message>
    <message>
        <source>Your latest changes to the form could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</source>
        <translation>Your latest changes to the form could not be saved yet (the database is busy or cannot be written). They stay here, and saving is tried again every few seconds.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>CV</source>
        <extracomment>The agenda whose stage names a notes hit shows.</extracomment>
        <translation>CV</translation>
    </message>
    <message>
        <source>Motivation letter</source>
        <translation>Motivation letter</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Name or e-mail</translation>
    </message>
    <message>
        <source>Interview notes {date}</source>
        <translation>Interview notes {date}</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Interview notes</translation>
    </message>
    <message>
        <source>{place} · {stage}</source>
        <translation>{place} · {stage}</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Candidate · no vacancy</source>
        <translation>Candidate · no vacancy</translation>
    </message>
    <message>
        <source>Candidate · {vacancy}</source>
        <translation>Candidate · {vacancy}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Team server password</source>
        <extracomment>Where a long server address may wrap: after these, or after this many characters.</extracomment>
        <translation>Team server password</translation>
    </message>
    <message>
        <source>The password was not accepted. Type it again for {server}:</source>
        <translation>The password was not accepted. Type it again for {server}:</translation>
    </message>
    <message>
        <source>The password saved on this computer was not accepted by {server}, so it was removed from the keyring. Type the current password:</source>
        <translation>The password saved on this computer was not accepted by {server}, so it was removed from the keyring. Type the current password:</translation>
    </message>
    <message>
        <source>Password for the team server {server}:</source>
        <translation>Password for the team server {server}:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <source>Ticked, it is kept in this computer&apos;s system keyring (never in InterviewDesk&apos;s settings) and not asked again; Settings → Team server forgets it. Unticked, InterviewDesk keeps it only while it runs.</source>
        <translation>Ticked, it is kept in this computer&apos;s system keyring (never in InterviewDesk&apos;s settings) and not asked again; Settings → Team server forgets it. Unticked, InterviewDesk keeps it only while it runs.</translation>
    </message>
    <message>
        <source>InterviewDesk keeps it only while it runs. To be asked no more, put it in the .pgpass file of your user folder (see the README, Team mode).</source>
        <translation>InterviewDesk keeps it only while it runs. To be asked no more, put it in the .pgpass file of your user folder (see the README, Team mode).</translation>
    </message>
    <message>
        <source>This computer&apos;s system keyring could not be used ({problem}), so the password is asked instead.</source>
        <translation>This computer&apos;s system keyring could not be used ({problem}), so the password is asked instead.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Set when the passphrase button closed the dialog: the caller then protects the folder or removes its passphrase (the dialog itself changes no files).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
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
        <translation>A backup of the database is made each time InterviewDesk starts and closes; older ones are removed.</translation>
    </message>
    <message>
        <source> weeks after the procedure</source>
        <translation> weeks after the procedure</translation>
    </message>
    <message>
        <source> months with consent</source>
        <translation> months with consent</translation>
    </message>
    <message>
        <source>Weeks to keep data without consent</source>
        <translation>Weeks to keep data without consent</translation>
    </message>
    <message>
        <source>Months to keep data with consent</source>
        <translation>Months to keep data with consent</translation>
    </message>
    <message>
        <source>The NVP Sollicitatiecode: 4 weeks after the procedure ends, or 1 year with the candidate&apos;s consent. Candidates past this date are listed under “Due for deletion”.</source>
        <translation>The NVP Sollicitatiecode: 4 weeks after the procedure ends, or 1 year with the candidate&apos;s consent. Candidates past this date are listed under “Due for deletion”.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Street and number
Postcode and town</translation>
    </message>
    <message>
        <source>Who signs the letters</source>
        <translation>Who signs the letters</translation>
    </message>
    <message>
        <source>Used in letters and e-mails to candidates: the letterhead, the signature, and who is noted in the contact log.</source>
        <translation>Used in letters and e-mails to candidates: the letterhead, the signature, and who is noted in the contact log.</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s data folder. Used from the next start; the password is not kept here (.pgpass, the system keyring, or asked at start-up).</source>
        <translation>Empty: this computer&apos;s data folder. Used from the next start; the password is not kept here (.pgpass, the system keyring, or asked at start-up).</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Backups to keep:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Keep candidates&apos; data:</source>
        <translation>&amp;Keep candidates&apos; data:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation>&amp;Firm name:</translation>
    </message>
    <message>
        <source>Firm a&amp;ddress:</source>
        <translation>Firm a&amp;ddress:</translation>
    </message>
    <message>
        <source>Letters &amp;signed by:</source>
        <translation>Letters &amp;signed by:</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>&amp;Team server:</source>
        <translation>&amp;Team server:</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>Remove the passphrase…</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Protect with a passphrase…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>&amp;Forget the saved password</translation>
    </message>
    <message>
        <source>Remove the team server&apos;s password from this computer&apos;s system keyring: it is asked again at the next start.</source>
        <translation>Remove the team server&apos;s password from this computer&apos;s system keyring: it is asked again at the next start.</translation>
    </message>
    <message>
        <source>Password not forgotten</source>
        <translation>Password not forgotten</translation>
    </message>
    <message>
        <source>This computer&apos;s system keyring could not be used ({problem}). Nothing was removed.</source>
        <translation>This computer&apos;s system keyring could not be used ({problem}). Nothing was removed.</translation>
    </message>
    <message>
        <source>Forget the saved password</source>
        <translation>Forget the saved password</translation>
    </message>
    <message>
        <source>The password for {server} was removed from this computer&apos;s keyring; it is asked again at the next start.</source>
        <translation>The password for {server} was removed from this computer&apos;s keyring; it is asked again at the next start.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring keeps no password for {server}.</source>
        <translation>This computer&apos;s keyring keeps no password for {server}.</translation>
    </message>
    <message>
        <source>Not a team server</source>
        <translation>Not a team server</translation>
    </message>
    <message>
        <source>A team server is given as postgresql://user@server/database.</source>
        <translation>A team server is given as postgresql://user@server/database.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Vacancies</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <source>No vacancies yet — create one with + Vacancy.</source>
        <translation>No vacancies yet — create one with + Vacancy.</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Upcoming interviews</translation>
    </message>
    <message>
        <source>No interviews planned for today or the next two weeks.</source>
        <translation>No interviews planned for today or the next two weeks.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing found. Try part of a name or a word from a CV, letter or interview notes, or press Esc to go back.</source>
        <translation>Nothing found. Try part of a name or a word from a CV, letter or interview notes, or press Esc to go back.</translation>
    </message>
    <message>
        <source>Edit vacancy…</source>
        <translation>Edit vacancy…</translation>
    </message>
    <message>
        <source>Delete vacancy…</source>
        <translation>Delete vacancy…</translation>
    </message>
    <message>
        <source>Copy vacancy…</source>
        <translation>Copy vacancy…</translation>
    </message>
</context>
<context>
    <name>SpreadCell</name>
    <message>
        <source>one score</source>
        <translation>one score</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) apart</source>
        <translation>
            <numerusform>%n point apart</numerusform>
            <numerusform>%n points apart</numerusform>
        </translation>
    </message>
    <message>
        <source>all the same</source>
        <translation>all the same</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>no scores</translation>
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
        <translation>Notes on this stage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) logged below</source>
        <translation>
            <numerusform>%n question logged below</numerusform>
            <numerusform>%n questions logged below</numerusform>
        </translation>
    </message>
    <message>
        <source>{submitted} of {total} forms submitted</source>
        <translation>{submitted} of {total} forms submitted</translation>
    </message>
    <message>
        <source>the panel recorded its decision</source>
        <translation>the panel recorded its decision</translation>
    </message>
    <message>
        <source>no decision recorded yet</source>
        <translation>no decision recorded yet</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Stages of the interview</source>
        <translation>Stages of the interview</translation>
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
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The candidate needs a name.</source>
        <translation>The candidate needs a name.</translation>
    </message>
    <message>
        <source>The candidate applied to the same vacancy twice.</source>
        <translation>The candidate applied to the same vacancy twice.</translation>
    </message>
    <message>
        <source>This candidate was deleted in the meantime.</source>
        <translation>This candidate was deleted in the meantime.</translation>
    </message>
    <message>
        <source>The candidate was deleted in the meantime.</source>
        <translation>The candidate was deleted in the meantime.</translation>
    </message>
    <message>
        <source>The vacancy was deleted in the meantime.</source>
        <translation>The vacancy was deleted in the meantime.</translation>
    </message>
    <message>
        <source>This vacancy was deleted in the meantime.</source>
        <translation>This vacancy was deleted in the meantime.</translation>
    </message>
    <message>
        <source>The interviewer needs a name.</source>
        <translation>The interviewer needs a name.</translation>
    </message>
    <message>
        <source>This interviewer was deleted in the meantime.</source>
        <translation>This interviewer was deleted in the meantime.</translation>
    </message>
    <message>
        <source>An interviewer on the panel was deleted in the meantime.</source>
        <translation>An interviewer on the panel was deleted in the meantime.</translation>
    </message>
    <message>
        <source>This interview was deleted in the meantime.</source>
        <translation>This interview was deleted in the meantime.</translation>
    </message>
    <message>
        <source>Choose the candidate.</source>
        <translation>Choose the candidate.</translation>
    </message>
    <message>
        <source>Choose the vacancy.</source>
        <translation>Choose the vacancy.</translation>
    </message>
    <message>
        <source>The panel needs at least one interviewer.</source>
        <translation>The panel needs at least one interviewer.</translation>
    </message>
    <message>
        <source>An interviewer sits on the panel twice.</source>
        <translation>An interviewer sits on the panel twice.</translation>
    </message>
    <message>
        <source>The panel can have only one chair.</source>
        <translation>The panel can have only one chair.</translation>
    </message>
    <message>
        <source>The panel is fixed once an assessment form of this interview is submitted: ask the team server&apos;s administrator to change it.</source>
        <translation>The panel is fixed once an assessment form of this interview is submitted: ask the team server&apos;s administrator to change it.</translation>
    </message>
    <message>
        <source>You cannot make yourself the chair once the panel has started its assessment forms: ask the team server&apos;s administrator.</source>
        <translation>You cannot make yourself the chair once the panel has started its assessment forms: ask the team server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The vacancy needs a title.</source>
        <translation>The vacancy needs a title.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>A competency&apos;s name</source>
        <translation>A competency&apos;s name</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The place of residence</source>
        <translation>The place of residence</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>The department</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>The location</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>The job title</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters long.</source>
        <translation>{what} can be at most {limit} characters long.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <source>The interviews you tick are copied, with their vacancy and candidate, into this computer&apos;s own data folder, so you can hold them without network. The team server shows them as taken offline by you, and nobody can start them there until you bring them back. Other panel members&apos; assessments go along only where you may see them.</source>
        <translation>The interviews you tick are copied, with their vacancy and candidate, into this computer&apos;s own data folder, so you can hold them without network. The team server shows them as taken offline by you, and nobody can start them there until you bring them back. Other panel members&apos; assessments go along only where you may see them.</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Not planned</translation>
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
        <translation>{vacancy} · done</translation>
    </message>
    <message>
        <source>{vacancy} · under way</source>
        <translation>{vacancy} · under way</translation>
    </message>
</context>
<context>
    <name>VacanciesModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <extracomment>A full-text hit&apos;s snippet, the hit between « and » (a third, quieter line).</extracomment>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>ends {date} · {candidates}</source>
        <translation>ends {date} · {candidates}</translation>
    </message>
</context>
<context>
    <name>VacancyDetail</name>
    <message>
        <source>Edit vacancy…</source>
        <translation>Edit vacancy…</translation>
    </message>
    <message>
        <source>Delete vacancy…</source>
        <translation>Delete vacancy…</translation>
    </message>
    <message>
        <source>Choose a vacancy on the left, or create one with + Vacancy.</source>
        <translation>Choose a vacancy on the left, or create one with + Vacancy.</translation>
    </message>
    <message>
        <source>No candidates yet — add one with + Candidate, with their CV and motivation letter.</source>
        <translation>No candidates yet — add one with + Candidate, with their CV and motivation letter.</translation>
    </message>
    <message>
        <source>+ Candidate</source>
        <translation>+ Candidate</translation>
    </message>
    <message>
        <source>Edit candidate…</source>
        <translation>Edit candidate…</translation>
    </message>
    <message>
        <source>Delete candidate…</source>
        <translation>Delete candidate…</translation>
    </message>
    <message>
        <source>+ Interview</source>
        <translation>+ Interview</translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation>Continue interview</translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation>Open interview</translation>
    </message>
    <message>
        <source>Drop a CV file on a candidate to import it.</source>
        <translation>Drop a CV file on a candidate to import it.</translation>
    </message>
    <message>
        <source>Drag a PDF, DOCX or TXT file from your file manager onto a candidate to import it as their CV.</source>
        <translation>Drag a PDF, DOCX or TXT file from your file manager onto a candidate to import it as their CV.</translation>
    </message>
    <message>
        <source>Import CV…</source>
        <translation>Import CV…</translation>
    </message>
    <message>
        <source>Import motivation letter…</source>
        <translation>Import motivation letter…</translation>
    </message>
    <message>
        <source>Contact log…</source>
        <translation>Contact log…</translation>
    </message>
    <message>
        <source>Write to the candidate…</source>
        <translation>Write to the candidate…</translation>
    </message>
    <message>
        <source>Reference checks…</source>
        <translation>Reference checks…</translation>
    </message>
    <message>
        <source>No interviews planned yet — plan one with + Interview: choose the candidate, the date and the panel. When the candidate arrives, open it here to hold the interview.</source>
        <translation>No interviews planned yet — plan one with + Interview: choose the candidate, the date and the panel. When the candidate arrives, open it here to hold the interview.</translation>
    </message>
    <message>
        <source>Delete interview…</source>
        <translation>Delete interview…</translation>
    </message>
    <message>
        <source>Edit planning…</source>
        <translation>Edit planning…</translation>
    </message>
    <message>
        <source>Assessment form…</source>
        <translation>Assessment form…</translation>
    </message>
    <message>
        <source>Panel discussion…</source>
        <translation>Panel discussion…</translation>
    </message>
    <message>
        <source>No competencies yet. Add the 3 to 6 that matter most for this role; the interview questions and the assessment form are built on them.</source>
        <translation>No competencies yet. Add the 3 to 6 that matter most for this role; the interview questions and the assessment form are built on them.</translation>
    </message>
    <message>
        <source>Edit competencies…</source>
        <translation>Edit competencies…</translation>
    </message>
    <message>
        <source>Candidates ({n})</source>
        <translation>Candidates ({n})</translation>
    </message>
    <message>
        <source>Interviews ({n})</source>
        <translation>Interviews ({n})</translation>
    </message>
    <message>
        <source>Competencies ({n})</source>
        <translation>Competencies ({n})</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Procedure ends {date}</source>
        <translation>Procedure ends {date}</translation>
    </message>
    <message>
        <source>No end date set for the procedure</source>
        <translation>No end date set for the procedure</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Edit vacancy</translation>
    </message>
    <message>
        <source>Save &amp;whole kit to library</source>
        <translation>Save &amp;whole kit to library</translation>
    </message>
    <message>
        <source>Keep every competency and question of this vacancy in the firm&apos;s library</source>
        <translation>Keep every competency and question of this vacancy in the firm&apos;s library</translation>
    </message>
    <message>
        <source>e.g. Service engineer Utrecht</source>
        <translation>e.g. Service engineer Utrecht</translation>
    </message>
    <message>
        <source>Paste the full vacancy text here. It is shown beside the interview, so the panel can check what was promised.</source>
        <translation>Paste the full vacancy text here. It is shown beside the interview, so the panel can check what was promised.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Dep&amp;artment:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Candidates&apos; data may be kept until 4 weeks after the procedure ends, or 1 year with their consent. Then the home view lists them under “Due for deletion”.</source>
        <translation>Candidates&apos; data may be kept until 4 weeks after the procedure ends, or 1 year with their consent. Then the home view lists them under “Due for deletion”.</translation>
    </message>
    <message>
        <source>&amp;Procedure ends:</source>
        <translation>&amp;Procedure ends:</translation>
    </message>
    <message>
        <source>&amp;Vacancy text:</source>
        <translation>&amp;Vacancy text:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Co&amp;mpetencies ({count})</source>
        <translation>Co&amp;mpetencies ({count})</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>Q&amp;uestions</translation>
    </message>
    <message>
        <source>Give the vacancy a title.</source>
        <translation>Give the vacancy a title.</translation>
    </message>
    <message>
        <source>Competency {n} has no name yet.</source>
        <translation>Competency {n} has no name yet.</translation>
    </message>
    <message>
        <source>Two competencies are called “{name}”. Give each its own name.</source>
        <translation>Two competencies are called “{name}”. Give each its own name.</translation>
    </message>
    <message>
        <source>A question has no text yet. Type the question, or remove it.</source>
        <translation>A question has no text yet. Type the question, or remove it.</translation>
    </message>
</context>
<context>
    <name>VacancyDock</name>
    <message>
        <source>Vacancy</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>No vacancy text yet — paste it in when editing the vacancy.</source>
        <translation>No vacancy text yet — paste it in when editing the vacancy.</translation>
    </message>
    <message>
        <source>Vacancy text</source>
        <translation>Vacancy text</translation>
    </message>
    <message>
        <source>The vacancy&apos;s competencies are highlighted.</source>
        <translation>The vacancy&apos;s competencies are highlighted.</translation>
    </message>
</context>
<context>
    <name>VacancyLibrary</name>
    <message>
        <source>Not saved to the library</source>
        <extracomment>How many duplicate names a question lists before &quot;and n more&quot;.</extracomment>
        <translation>Not saved to the library</translation>
    </message>
    <message>
        <source>Give the competency a name first.</source>
        <translation>Give the competency a name first.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Type the question first.</translation>
    </message>
    <message>
        <source>Save the kit to the library</source>
        <translation>Save the kit to the library</translation>
    </message>
    <message>
        <source>This vacancy has no competencies or questions yet.</source>
        <translation>This vacancy has no competencies or questions yet.</translation>
    </message>
    <message>
        <source>A competency has no name or a question has no text yet. Fill it in or remove it, then save the kit again.</source>
        <translation>A competency has no name or a question has no text yet. Fill it in or remove it, then save the kit again.</translation>
    </message>
    <message>
        <source>Question kit</source>
        <translation>Question kit</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <source>The library already has {names}. Update the library&apos;s entries with these, or keep both?</source>
        <translation>The library already has {names}. Update the library&apos;s entries with these, or keep both?</translation>
    </message>
    <message>
        <source>&amp;Update the library</source>
        <translation>&amp;Update the library</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>The library could not be written. Nothing was changed.</source>
        <translation>The library could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>Saved to the library</source>
        <translation>Saved to the library</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n entry(ies) added to the library, {updated} updated.</source>
        <translation>
            <numerusform>{what}: %n entry added to the library, {updated} updated.</numerusform>
            <numerusform>{what}: %n entries added to the library, {updated} updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyMerge</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the vacancy&apos;s title</source>
        <translation>the vacancy&apos;s title</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>the department</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>the location</translation>
    </message>
    <message>
        <source>the vacancy text</source>
        <translation>the vacancy text</translation>
    </message>
    <message>
        <source>the date the procedure ends</source>
        <translation>the date the procedure ends</translation>
    </message>
    <message>
        <source>the name of the competency “{name}”</source>
        <translation>the name of the competency “{name}”</translation>
    </message>
    <message>
        <source>the kind of the competency “{name}”</source>
        <translation>the kind of the competency “{name}”</translation>
    </message>
    <message>
        <source>the weight of the competency “{name}”</source>
        <translation>the weight of the competency “{name}”</translation>
    </message>
    <message>
        <source>the description of the competency “{name}”</source>
        <translation>the description of the competency “{name}”</translation>
    </message>
    <message>
        <source>the keywords of the competency “{name}”</source>
        <translation>the keywords of the competency “{name}”</translation>
    </message>
    <message>
        <source>the anchor for score {n} of the competency “{name}”</source>
        <translation>the anchor for score {n} of the competency “{name}”</translation>
    </message>
    <message>
        <source>the question “{text}”</source>
        <translation>the question “{text}”</translation>
    </message>
    <message>
        <source>the probes of the question “{text}”</source>
        <translation>the probes of the question “{text}”</translation>
    </message>
    <message>
        <source>the kind of the question “{text}”</source>
        <translation>the kind of the question “{text}”</translation>
    </message>
    <message>
        <source>the stage of the question “{text}”</source>
        <translation>the stage of the question “{text}”</translation>
    </message>
    <message>
        <source>the competency the question “{text}” tests</source>
        <translation>the competency the question “{text}” tests</translation>
    </message>
    <message>
        <source>The competency “{name}” was removed here but changed by someone else: it is kept.</source>
        <translation>The competency “{name}” was removed here but changed by someone else: it is kept.</translation>
    </message>
    <message>
        <source>The competency “{name}” was removed by someone else but changed here: it is kept, as a new competency.</source>
        <translation>The competency “{name}” was removed by someone else but changed here: it is kept, as a new competency.</translation>
    </message>
    <message>
        <source>The question “{text}” was removed here but changed by someone else: it is kept.</source>
        <translation>The question “{text}” was removed here but changed by someone else: it is kept.</translation>
    </message>
    <message>
        <source>The question “{text}” was removed by someone else but changed here: it is kept, as a new question.</source>
        <translation>The question “{text}” was removed by someone else but changed here: it is kept, as a new question.</translation>
    </message>
</context>
<context>
    <name>ViewerChooser</name>
    <message>
        <source>Who is looking?</source>
        <translation>Who is looking?</translation>
    </message>
    <message>
        <source>Each panel member sees the others&apos; scores only after submitting their own assessment, so that everyone scores what they saw themselves.</source>
        <translation>Each panel member sees the others&apos; scores only after submitting their own assessment, so that everyone scores what they saw themselves.</translation>
    </message>
    <message>
        <source>PIN asked</source>
        <translation>PIN asked</translation>
    </message>
    <message>
        <source>{role} · {state}</source>
        <translation>{role} · {state}</translation>
    </message>
    <message>
        <source>Someone not on this panel</source>
        <translation>Someone not on this panel</translation>
    </message>
    <message>
        <source>Sees the scores once every form is in, or once the chair closes the round early.</source>
        <translation>Sees the scores once every form is in, or once the chair closes the round early.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to InterviewDesk</source>
        <translation>Welcome to InterviewDesk</translation>
    </message>
    <message>
        <source>InterviewDesk walks you through a structured job interview. Prepare the vacancy with the core competencies that matter and a question for every part of the agenda; follow the agenda during the conversation while your notes are saved as you type; then let each panel member score on their own before you compare and decide together.</source>
        <translation>InterviewDesk walks you through a structured job interview. Prepare the vacancy with the core competencies that matter and a question for every part of the agenda; follow the agenda during the conversation while your notes are saved as you type; then let each panel member score on their own before you compare and decide together.</translation>
    </message>
    <message>
        <source>Create a vacancy</source>
        <translation>Create a vacancy</translation>
    </message>
    <message>
        <source>Start with the job you are hiring for: its text, core competencies and interview questions.</source>
        <translation>Start with the job you are hiring for: its text, core competencies and interview questions.</translation>
    </message>
    <message>
        <source>Load the example</source>
        <translation>Load the example</translation>
    </message>
    <message>
        <source>Look around in a filled-in vacancy with candidates, a panel and interviews. You can delete it when you are done.</source>
        <translation>Look around in a filled-in vacancy with candidates, a panel and interviews. You can delete it when you are done.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, no network. Candidates&apos; data is kept until 4 weeks after the procedure ends, or 1 year with their consent; the app tells you when it is due for deletion.</source>
        <translation>Everything stays on this computer: no account, no network. Candidates&apos; data is kept until 4 weeks after the procedure ends, or 1 year with their consent; the app tells you when it is due for deletion.</translation>
    </message>
</context>
<context>
    <name>access_request</name>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation>Export a candidate&apos;s data</translation>
    </message>
    <message>
        <source>There are no candidates yet.</source>
        <translation>There are no candidates yet.</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Whose data?</translation>
    </message>
    <message>
        <source>Where to put the export</source>
        <translation>Where to put the export</translation>
    </message>
    <message>
        <source>Personal data {name} {date}</source>
        <translation>Personal data {name} {date}</translation>
    </message>
    <message>
        <source>Export not made</source>
        <translation>Export not made</translation>
    </message>
    <message>
        <source>Everything held on {name} is in {folder}: a PDF to read, a JSON file with the same data, and the original documents. Only your user account can open them.</source>
        <translation>Everything held on {name} is in {folder}: a PDF to read, a JSON file with the same data, and the original documents. Only your user account can open them.</translation>
    </message>
    <message>
        <source>Data of {name} exported to {folder}</source>
        <translation>Data of {name} exported to {folder}</translation>
    </message>
    <message>
        <source>Move to the personnel file</source>
        <translation>Move to the personnel file</translation>
    </message>
    <message>
        <source>Nobody has been hired yet: only a hired candidate&apos;s data moves to the personnel file.</source>
        <translation>Nobody has been hired yet: only a hired candidate&apos;s data moves to the personnel file.</translation>
    </message>
    <message>
        <source>Personnel file {name} {date}</source>
        <translation>Personnel file {name} {date}</translation>
    </message>
    <message>
        <source>Export everything held on {name} to {folder}, then delete {name} here, also from the backups? Put the exported folder in the personnel file. The deletion cannot be undone.</source>
        <translation>Export everything held on {name} to {folder}, then delete {name} here, also from the backups? Put the exported folder in the personnel file. The deletion cannot be undone.</translation>
    </message>
    <message>
        <source>Export and delete</source>
        <translation>Export and delete</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Nothing was changed. Try another data folder, or quit.</source>
        <translation>Nothing was changed. Try another data folder, or quit.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>This database cannot be brought up to date by this version of InterviewDesk. It has not been changed.</source>
        <translation>This database cannot be brought up to date by this version of InterviewDesk. It has not been changed.</translation>
    </message>
    <message>
        <source>Work offline?</source>
        <translation>Work offline?</translation>
    </message>
    <message>
        <source>This computer holds interviews taken offline from the team server ({count} copy or copies). Open this computer&apos;s own data folder to hold them without the server? Bring them back once the server can be reached again.</source>
        <translation>This computer holds interviews taken offline from the team server ({count} copy or copies). Open this computer&apos;s own data folder to hold them without the server? Bring them back once the server can be reached again.</translation>
    </message>
    <message>
        <source>Open the offline copies</source>
        <translation>Open the offline copies</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The team server cannot be used</source>
        <translation>The team server cannot be used</translation>
    </message>
    <message>
        <source>InterviewDesk could not open the team server. Check the address in Settings → Team server, the network and your login, or ask the server&apos;s administrator.</source>
        <translation>InterviewDesk could not open the team server. Check the address in Settings → Team server, the network and your login, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The team server&apos;s database does not fit this version of InterviewDesk. Nothing was changed.</source>
        <translation>The team server&apos;s database does not fit this version of InterviewDesk. Nothing was changed.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup at closing could not be made. Your data itself is saved.</source>
        <translation>The backup at closing could not be made. Your data itself is saved.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The PNG sizes of the app icon (``interviewdesk-&lt;size&gt;.png``, made from the SVG by ``tools/make_icons.py``): the desktop picks the size it shows, no SVG plugin needed.</extracomment>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>InterviewDesk ran into a problem it did not expect. What you had saved is safe; please check the last thing you did. The details are in the log file {path}.</source>
        <translation>InterviewDesk ran into a problem it did not expect. What you had saved is safe; please check the last thing you did. The details are in the log file {path}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only (a read-only disk or share, or a write-protected USB stick). InterviewDesk must write there: its database, backups and log. Make it writable, or start with --data-dir and another folder.</source>
        <translation>The data folder {folder} is read-only (a read-only disk or share, or a write-protected USB stick). InterviewDesk must write there: its database, backups and log. Make it writable, or start with --data-dir and another folder.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not there (any more). Was a USB stick or network drive removed? Connect it again and start InterviewDesk again, or start with --data-dir and another folder.</source>
        <translation>The data folder {folder} is not there (any more). Was a USB stick or network drive removed? Connect it again and start InterviewDesk again, or start with --data-dir and another folder.</translation>
    </message>
    <message>
        <source>The disk with the data folder {folder} is full. Free some space (empty the recycle bin, remove large files you no longer need) and start InterviewDesk again. Nothing was changed.</source>
        <translation>The disk with the data folder {folder} is full. Free some space (empty the recycle bin, remove large files you no longer need) and start InterviewDesk again. Nothing was changed.</translation>
    </message>
    <message>
        <source>This user account may not write in the data folder {folder}. Give it permission (or ask who manages this computer), or start with --data-dir and another folder.</source>
        <translation>This user account may not write in the data folder {folder}. Give it permission (or ask who manages this computer), or start with --data-dir and another folder.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>The data folder cannot be used</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Opened their assessment form (no PIN set)</source>
        <translation>Opened their assessment form (no PIN set)</translation>
    </message>
    <message>
        <source>Opened their assessment form with their PIN</source>
        <translation>Opened their assessment form with their PIN</translation>
    </message>
    <message>
        <source>Submitted their assessment form</source>
        <translation>Submitted their assessment form</translation>
    </message>
    <message>
        <source>Reopened their submitted form</source>
        <translation>Reopened their submitted form</translation>
    </message>
    <message>
        <source>Closed the round early; not submitted: {names}</source>
        <translation>Closed the round early; not submitted: {names}</translation>
    </message>
    <message>
        <source>Closed the round early</source>
        <translation>Closed the round early</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Set a PIN</translation>
    </message>
    <message>
        <source>Changed their PIN</source>
        <translation>Changed their PIN</translation>
    </message>
    <message>
        <source>Removed their PIN</source>
        <translation>Removed their PIN</translation>
    </message>
    <message>
        <source>Reset the PIN of {name}</source>
        <translation>Reset the PIN of {name}</translation>
    </message>
    <message>
        <source>Imported the assessment {name} returned from their own laptop</source>
        <translation>Imported the assessment {name} returned from their own laptop</translation>
    </message>
    <message>
        <source>Imported a panel package</source>
        <translation>Imported a panel package</translation>
    </message>
    <message>
        <source>{what} — reason: {reason}</source>
        <translation>{what} — reason: {reason}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>This interview no longer exists. It may have been deleted.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>calendar_export</name>
    <message>
        <source>Save calendar file</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Interview {name}</source>
        <translation>Interview {name}</translation>
    </message>
    <message>
        <source>This interview has no date and time yet. Plan it first with “Edit planning…”.</source>
        <translation>This interview has no date and time yet. Plan it first with “Edit planning…”.</translation>
    </message>
    <message>
        <source>This interview no longer exists.</source>
        <translation>This interview no longer exists.</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {path}. Check that the folder exists and that you may write in it.</source>
        <translation>The calendar file could not be written to {path}. Check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>Calendar file not made</source>
        <translation>Calendar file not made</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>InterviewDesk packages (*{suffix})</source>
        <translation>InterviewDesk packages (*{suffix})</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Import a package</translation>
    </message>
</context>
<context>
    <name>form_text</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Submitted on {moment}, after the round was closed</source>
        <translation>Submitted on {moment}, after the round was closed</translation>
    </message>
    <message>
        <source>Submitted on {moment}</source>
        <translation>Submitted on {moment}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Today {time}</source>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Tomorrow {time}</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>No PIN: anyone at this laptop can choose this name.</source>
        <translation>No PIN: anyone at this laptop can choose this name.</translation>
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
        <translation>Form not opened</translation>
    </message>
    <message>
        <source>Type your PIN to open your assessment form.</source>
        <translation>Type your PIN to open your assessment form.</translation>
    </message>
    <message>
        <source>This interview, or this panel member, no longer exists. It may have been deleted.</source>
        <translation>This interview, or this panel member, no longer exists. It may have been deleted.</translation>
    </message>
</context>
<context>
    <name>print_documents</name>
    <message>
        <source>Document not made</source>
        <translation>Document not made</translation>
    </message>
    <message>
        <source>This interview no longer exists. It may have been deleted.</source>
        <translation>This interview no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>Interview report - {candidate} - {date}</source>
        <translation>Interview report - {candidate} - {date}</translation>
    </message>
    <message>
        <source>Interview report</source>
        <translation>Interview report</translation>
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
        <translation>Interview kit - {vacancy} - {date}</translation>
    </message>
    <message>
        <source>Blank interview kit</source>
        <translation>Blank interview kit</translation>
    </message>
    <message>
        <source>This vacancy no longer exists. It may have been deleted.</source>
        <translation>This vacancy no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>Candidate comparison - {vacancy} - {date}</source>
        <translation>Candidate comparison - {vacancy} - {date}</translation>
    </message>
    <message>
        <source>Candidate comparison</source>
        <translation>Candidate comparison</translation>
    </message>
    <message>
        <source>Assessment form - {rater} - {candidate} - {date}</source>
        <translation>Assessment form - {rater} - {candidate} - {date}</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Assessment form</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Making the document…</source>
        <extracomment>Writes a document to the given path and returns it. Printing renders each page as an image at the printer&apos;s resolution, up to this.</extracomment>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Document not made</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}. Check that the folder exists, that you may write in it, and that the file is not open in another program.</source>
        <translation>The PDF could not be written to {path}. Check that the folder exists, that you may write in it, and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <source>{document} saved as:
{path}</source>
        <translation>{document} saved as:
{path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>{document} saved as {path}</source>
        <translation>{document} saved as {path}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The document could not be opened for printing.</source>
        <translation>The document could not be opened for printing.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Protected with a passphrase: the database and its backups are encrypted.</source>
        <translation>Protected with a passphrase: the database and its backups are encrypted.</translation>
    </message>
    <message>
        <source>Not protected: anyone who can open the data folder can read the database.</source>
        <translation>Not protected: anyone who can open the data folder can read the database.</translation>
    </message>
    <message>
        <source>Protection covers the database and its backups. Exported PDFs and packages are separate files: keep them in a safe place.</source>
        <translation>Protection covers the database and its backups. Exported PDFs and packages are separate files: keep them in a safe place.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>This data folder is already protected.</source>
        <translation>This data folder is already protected.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Encrypting the database and its backups…</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <source>Your data is now encrypted ({count} database files). InterviewDesk will ask for the passphrase each time it starts.</source>
        <translation>Your data is now encrypted ({count} database files). InterviewDesk will ask for the passphrase each time it starts.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Remove the passphrase</translation>
    </message>
    <message>
        <source>This data folder is not protected.</source>
        <translation>This data folder is not protected.</translation>
    </message>
    <message>
        <source>Decrypting the database and its backups…</source>
        <translation>Decrypting the database and its backups…</translation>
    </message>
    <message>
        <source>Passphrase removed</source>
        <translation>Passphrase removed</translation>
    </message>
    <message>
        <source>The database and its backups are no longer encrypted ({count} files).</source>
        <translation>The database and its backups are no longer encrypted ({count} files).</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Not converted</translation>
    </message>
    <message>
        <source>The data folder could not be converted completely. Every file is either as it was or converted whole, and your data is safe; you can try again.</source>
        <translation>The data folder could not be converted completely. Every file is either as it was or converted whole, and your data is safe; you can try again.</translation>
    </message>
</context>
<context>
    <name>startup_dialogs</name>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>Start with an empty database?</translation>
    </message>
    <message>
        <source>InterviewDesk will create a new, empty database at {path}. The backups stay where they are.</source>
        <translation>InterviewDesk will create a new, empty database at {path}. The backups stay where they are.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Choose a data folder</translation>
    </message>
    <message>
        <source>InterviewDesk is already open</source>
        <translation>InterviewDesk is already open</translation>
    </message>
    <message>
        <source>InterviewDesk is already open on this data folder ({folder}). Switch to the window that is open, or close it and start InterviewDesk again.</source>
        <translation>InterviewDesk is already open on this data folder ({folder}). Switch to the window that is open, or close it and start InterviewDesk again.</translation>
    </message>
    <message>
        <source>Open anyway?</source>
        <translation>Open anyway?</translation>
    </message>
    <message>
        <source>InterviewDesk may be open on another computer ({host}, since {since}). Open anyway? Do so only if it is closed there (or that computer was switched off without closing it): two copies writing to the same data can lose each other&apos;s changes.</source>
        <translation>InterviewDesk may be open on another computer ({host}, since {since}). Open anyway? Do so only if it is closed there (or that computer was switched off without closing it): two copies writing to the same data can lose each other&apos;s changes.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>The backup from {date} has been restored.</source>
        <translation>The backup from {date} has been restored.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} in the data folder.</source>
        <translation>The damaged file was kept as {name} in the data folder.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Password not remembered</translation>
    </message>
    <message>
        <source>The team server accepted the password, but this computer&apos;s system keyring could not keep it ({problem}). It will be asked again at the next start.</source>
        <translation>The team server accepted the password, but this computer&apos;s system keyring could not keep it ({problem}). It will be asked again at the next start.</translation>
    </message>
</context>
</TS>
