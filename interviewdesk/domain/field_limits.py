"""How long a one-line field may be.

Names, titles and places are shown in lists, window titles, table headings and on
paper; a value of thousands of characters helps nobody there and makes every layout
work to cope with it. Notes, evidence and document texts are not limited.

The store refuses longer values (:func:`interviewdesk.store.validation.check_length`)
and the dialogs stop typing at the limit; both read these numbers.
"""

#: People's names, competency names.
NAME_MAX = 200
#: Vacancy titles, job titles, departments.
TITLE_MAX = 300
#: Places: a vacancy's location, an interview's room, a candidate's city.
LOCATION_MAX = 300
#: Other one-line fields: e-mail addresses, phone numbers.
LINE_MAX = 300
