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
        <source>How they applied, availability, salary expectations…</source>
        <translation>How they applied, availability, salary expectations…</translation>
    </message>
    <message>
        <source>&amp;Keep data 1 year (candidate consented)</source>
        <translation>&amp;Keep data 1 year (candidate consented)</translation>
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
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
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
        <source>Consent is recorded with today&apos;s date when you save.</source>
        <translation>Consent is recorded with today&apos;s date when you save.</translation>
    </message>
    <message>
        <source>Without consent, the data is deleted 4 weeks after the procedure ends.</source>
        <translation>Without consent, the data is deleted 4 weeks after the procedure ends.</translation>
    </message>
    <message>
        <source>Fill in the candidate&apos;s name.</source>
        <translation>Fill in the candidate&apos;s name.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is not an email address.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Name</source>
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
    <name>DocumentField</name>
    <message>
        <source>&amp;Import from TXT file…</source>
        <extracomment>What can be imported now; PDF and Word files come in a later version.</extracomment>
        <translation>&amp;Import from TXT file…</translation>
    </message>
    <message>
        <source>Original file kept: {name}</source>
        <translation>Original file kept: {name}</translation>
    </message>
    <message>
        <source>Paste the text, or drop a .txt file onto the field.</source>
        <translation>Paste the text, or drop a .txt file onto the field.</translation>
    </message>
    <message>
        <source>Import from a text file</source>
        <translation>Import from a text file</translation>
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
        <source>Only plain text files (.txt) can be imported for now. Save “{name}” as plain text and import that, or copy its text into the field.</source>
        <translation>Only plain text files (.txt) can be imported for now. Save “{name}” as plain text and import that, or copy its text into the field.</translation>
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
    <message>
        <source>“{name}” is larger than {mb} MB, far too large for a CV or a letter in plain text.</source>
        <translation>“{name}” is larger than {mb} MB, far too large for a CV or a letter in plain text.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>“{name}” is not a plain text file. Save the document as plain text (.txt) and import that.</source>
        <translation>“{name}” is not a plain text file. Save the document as plain text (.txt) and import that.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read. Check that the file still exists and that you may open it.</source>
        <translation>“{name}” cannot be read. Check that the file still exists and that you may open it.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
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
    <name>HomeView</name>
    <message>
        <source>with {name} on {date}</source>
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
</context>
<context>
    <name>InterviewerDialog</name>
    <message>
        <source>New interviewer</source>
        <extracomment>How many of an interviewer&apos;s interviews a refusal message lists by name.</extracomment>
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
        <source>People who sit on interview panels</source>
        <translation>People who sit on interview panels</translation>
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
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <source>No panel yet</source>
        <translation>No panel yet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <source>Load &amp;example data</source>
        <translation>Load &amp;example data</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
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
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
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
    <name>RecordCommands</name>
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
        <source>Delete {name} and everything recorded about them — applications, interviews, notes, assessments and documents — for every vacancy? This cannot be undone.</source>
        <translation>Delete {name} and everything recorded about them — applications, interviews, notes, assessments and documents — for every vacancy? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <source>Delete the interview {interview} with its notes and assessments? The candidate and the vacancy stay. This cannot be undone.</source>
        <translation>Delete the interview {interview} with its notes and assessments? The candidate and the vacancy stay. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ReorderableList</name>
    <message>
        <source>Remove</source>
        <extracomment>Empty-state explanations wrap at this width, so they read as a short paragraph.</extracomment>
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
    <name>SearchResultsModel</name>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>A backup of the database is made each time InterviewDesk starts and closes; older ones are removed.</source>
        <translation>A backup of the database is made each time InterviewDesk starts and closes; older ones are removed.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Backups to keep:</translation>
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
        <source>Nothing found. Try part of a name, or press Esc to go back.</source>
        <translation>Nothing found. Try part of a name, or press Esc to go back.</translation>
    </message>
    <message>
        <source>Edit vacancy…</source>
        <translation>Edit vacancy…</translation>
    </message>
    <message>
        <source>Delete vacancy…</source>
        <translation>Delete vacancy…</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>{when} · {candidate}</source>
        <translation>{when} · {candidate}</translation>
    </message>
</context>
<context>
    <name>VacanciesModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
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
        <source>No interviews planned yet — plan one with + Interview: choose the candidate, the date and the panel.</source>
        <translation>No interviews planned yet — plan one with + Interview: choose the candidate, the date and the panel.</translation>
    </message>
    <message>
        <source>+ Interview</source>
        <translation>+ Interview</translation>
    </message>
    <message>
        <source>Edit interview…</source>
        <translation>Edit interview…</translation>
    </message>
    <message>
        <source>Delete interview…</source>
        <translation>Delete interview…</translation>
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
        <extracomment>A new procedure ends this far ahead unless the user picks another date.</extracomment>
        <translation>New vacancy</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Edit vacancy</translation>
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
        <source>Candidates&apos; data is deleted 4 weeks after the procedure ends, or 1 year after it with their consent. You will be reminded first.</source>
        <translation>Candidates&apos; data is deleted 4 weeks after the procedure ends, or 1 year after it with their consent. You will be reminded first.</translation>
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
        <source>Everything stays on this computer: no account, no network. Candidates&apos; data is deleted 4 weeks after the procedure ends, or 1 year after it with their consent.</source>
        <translation>Everything stays on this computer: no account, no network. Candidates&apos; data is deleted 4 weeks after the procedure ends, or 1 year after it with their consent.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The backup could not be restored</source>
        <extracomment>Set to 1 to quit as soon as the main window has been shown (start-up benchmark). Options of the window that take a value; anything else not starting with &quot;-&quot; is a command for :mod:`interviewdesk.cli`.</extracomment>
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
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup at closing could not be made. Your data itself is saved.</source>
        <translation>The backup at closing could not be made. Your data itself is saved.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>InterviewDesk ran into a problem it did not expect. What you had saved is safe; please check the last thing you did. The details are in the log file {path}.</source>
        <translation>InterviewDesk ran into a problem it did not expect. What you had saved is safe; please check the last thing you did. The details are in the log file {path}.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <source>InterviewDesk cannot read or write its data folder {folder}. Check that it exists and that you may write in it, or start with --data-dir and another folder.</source>
        <translation>InterviewDesk cannot read or write its data folder {folder}. Check that it exists and that you may write in it, or start with --data-dir and another folder.</translation>
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
    <name>messages</name>
    <message>
        <source>InterviewDesk</source>
        <translation>InterviewDesk</translation>
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
</context>
</TS>
