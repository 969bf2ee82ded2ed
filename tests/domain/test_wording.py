"""A typed reason inside the app's sentences never ends in two full stops."""

from interviewdesk.domain.wording import in_sentence


def test_a_final_full_stop_is_left_to_the_sentence() -> None:
    assert in_sentence("René is ziek, kandidaat wacht.") == "René is ziek, kandidaat wacht"
    assert in_sentence("  Ziek .  ") == "Ziek"
    assert in_sentence("Waarom niet?") == "Waarom niet?"
    assert in_sentence("Wordt vervolgd...") == "Wordt vervolgd..."
    assert in_sentence("Geen punt") == "Geen punt"
    assert in_sentence("") == ""
