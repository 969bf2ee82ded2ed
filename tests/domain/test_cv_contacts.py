"""Contact details found in a CV's text: what is found, and — as much — what is not
mistaken for a phone number, a town or a name."""

import pytest

from interviewdesk.domain.cv_contacts import FoundContacts, Offer, find_contacts, offers
from interviewdesk.example import texts as example_texts

MEHMET = example_texts.CANDIDATES[1]


def test_the_example_cv_gives_all_four() -> None:
    found = find_contacts(MEHMET.cv)
    assert found == FoundContacts("Mehmet Öztürk", "mehmet.ozturk@example.nl", "06-87654321",
                                  "Utrecht")


@pytest.mark.parametrize(("text", "phone"), [
    ("Telefoon: 06-12345678", "06-12345678"),
    ("Mobiel 06 1234 5678", "06 1234 5678"),
    ("Tel.: 0612345678", "0612345678"),
    ("T 030 123 45 67", "030 123 45 67"),
    ("Telefoon: 020-1234567", "020-1234567"),
    ("Phone: +31 6 12345678", "+31 6 12345678"),
    ("Tel: +31 (0)20 123 4567", "+31 (0)20 123 4567"),
    ("GSM: +32 470 12 34 56", "+32 470 12 34 56"),
    ("Phone +44 20 7946 0958", "+44 20 7946 0958"),
    ("Telefoon 0031 6 1234 5678", "0031 6 1234 5678"),
    ("Bereikbaar op 06.12.34.56.78 na vijf uur", "06.12.34.56.78"),
    # The labelled number wins over one earlier in the text.
    ("Kantoor De Boer 030 234 56 78\nMobiel: 06-98765432", "06-98765432"),
    # Not phone numbers.
    ("Geboren 01-03-1990", ""),
    ("Periode 01-2019 - 03-2022", ""),
    ("Datum: 2024-03-12", ""),
    ("IBAN: NL91 ABNA 0417 1643 00", ""),
    ("NL91ABNA0417164300", ""),
    ("KvK 12345678", ""),
    ("KvK-nummer: 0123456789", ""),
    ("BSN 123456782", ""),
    ("BTW NL123456789B01", ""),
    ("Postcode 3511 AB", ""),
    ("1234567890", ""),  # ten digits not starting with 0
    ("06-1234567", ""),  # nine digits
    ("Versie 0 1 2 3 4 5 6 7 8 9", ""),
    ("2015 - 2019 0612", ""),
])
def test_phone_numbers(text: str, phone: str) -> None:
    assert find_contacts(text).phone == phone


@pytest.mark.parametrize(("text", "city"), [
    ("Woonplaats: Utrecht", "Utrecht"),
    ("Oudegracht 12, 3511 AB Utrecht", "Utrecht"),
    ("Kerkstraat 1\n3511AB  Den Haag", "Den Haag"),
    ("Markt 3, 5211 JA 's-Hertogenbosch", "'s-Hertogenbosch"),
    ("Dorpsweg 4, 2400 AA Alphen aan den Rijn", "Alphen aan den Rijn"),
    ("Raadhuisstraat 9, 4611 AB Bergen op Zoom, Nederland", "Bergen op Zoom"),
    ("Plaats: Zeist (bij Utrecht)", "Zeist"),
    ("City: Amsterdam", "Amsterdam"),
    # No town.
    ("Postcode: 3511 AB", ""),
    ("Oudegracht 12, 3511 AB", ""),
    ("2019 HR Manager bij Rabobank", ""),
    ("2017 – 2019 IT Servicedesk", ""),
    ("2020 - 2022 AB Installaties", ""),
    ("3511 ab utrecht", ""),  # not written as a postcode
    ("Woonplaats: 3511", ""),
])
def test_cities(text: str, city: str) -> None:
    assert find_contacts(text).city == city


@pytest.mark.parametrize(("text", "name"), [
    ("Naam: Daniëlle Kok", "Daniëlle Kok"),
    ("Name: Thijs van Dijk", "Thijs van Dijk"),
    ("CURRICULUM VITAE\n\nJoël Bakker\nZeist", "Joël Bakker"),
    ("Jan-Willem ter Horst\nElektromonteur", "Jan-Willem ter Horst"),
    ("CV\nJ.P. de Vries\n", "J.P. de Vries"),
    ("JAN VAN DER BERG\nSchilder", "Jan van der Berg"),
    ("Personalia\nNaam: Anna de Wit", "Anna de Wit"),
    # Not names.
    ("Curriculum Vitae\nProfiel\nIk ben monteur.", ""),
    ("Senior Developer\nErvaring", ""),
    ("Allround Monteur", ""),
    ("Ik werk graag met mensen", ""),
    ("Naam: 12345", ""),
    ("", ""),
])
def test_names(text: str, name: str) -> None:
    assert find_contacts(text).name == name


@pytest.mark.parametrize(("text", "email"), [
    ("E-mail: jan.de.vries@example.nl", "jan.de.vries@example.nl"),
    ("mail: j+cv@mail.co.uk.", "j+cv@mail.co.uk"),
    ("Twitter @jan", ""),
    ("jan@localhost", ""),
])
def test_email_addresses(text: str, email: str) -> None:
    assert find_contacts(text).email == email


def test_hostile_and_huge_text_is_quick_and_finds_nothing_wrong() -> None:
    import time

    text = ("0" * 5000 + " 1-1-1 " + "A" * 5000 + "\n") * 200 + "@" * 10000
    started = time.monotonic()
    found = find_contacts(text)
    assert found == FoundContacts()
    assert find_contacts("1 " * 1_000_000) == FoundContacts()
    assert find_contacts("1234 AB " + "Aa " * 1_000_000).city == ""
    assert time.monotonic() - started < 2


def test_offers_tick_only_empty_fields_and_skip_what_is_there() -> None:
    found = FoundContacts("Mehmet Öztürk", "mehmet@example.nl", "06-87654321", "Utrecht")
    current = {"name": "Mehmet Ozturk", "email": "", "phone": "+31 6 8765 4321",
               "city": "utrecht "}
    assert offers(found, current) == [
        Offer("name", "Mehmet Öztürk", "Mehmet Ozturk", ticked=False),
        Offer("email", "mehmet@example.nl", "", ticked=True)]
    assert offers(FoundContacts(), current) == []
