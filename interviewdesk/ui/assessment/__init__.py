"""After the interview: each panel member's assessment form (``form_*`` modules) and
the panel discussion (``panel_*`` modules).

The form is blind: it shows one panel member's own ratings and never calls the
panel's functions; other members' scores appear only in the panel discussion, once
the store's gate allows. Entry points: :func:`.form_window.open_assessment_form` and
:func:`.panel_window.open_panel_discussion`. Nothing is imported here, so opening
one window does not load the other.
"""
