"""PINs: stored as a salted scrypt hash with its parameters, checked exactly, never
readable back; the wait after wrong tries grows and stays short."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewdesk.domain import pin


def test_a_pin_is_stored_as_a_salted_scrypt_hash_with_its_parameters() -> None:
    stored = pin.hash_pin("4711")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", pin.N, pin.R, pin.P)
    assert len(bytes.fromhex(salt)) == pin.SALT_BYTES
    assert len(bytes.fromhex(digest)) == pin.HASH_BYTES
    assert "4711" not in stored
    assert pin.hash_pin("4711") != stored  # a fresh salt each time


def test_the_right_pin_matches_and_nothing_else_does() -> None:
    stored = pin.hash_pin("geheime zin 1")
    assert pin.verify_pin("geheime zin 1", stored)
    for wrong in ("geheime zin", "Geheime zin 1", "geheime zin 1 ", "", "x" * 500):
        assert not pin.verify_pin(wrong, stored)


def test_older_parameters_stored_with_the_hash_still_check() -> None:
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"1234", salt=salt, n=2**10, r=4, p=1, dklen=32)
    assert pin.verify_pin("1234", f"scrypt${2**10}$4$1${salt.hex()}${digest.hex()}")


@pytest.mark.parametrize("stored", [
    "", "plain", "scrypt$1$2$3", "md5$16384$8$1$00$00",
    "scrypt$16384$8$1$zz$00",
    "scrypt$1099511627776$8$1$00112233$" + "00" * 32,  # would take a terabyte
    "scrypt$16384$8$1$$" + "00" * 32,  # no salt
    "scrypt$16383$8$1$0011$" + "00" * 32,  # n not a power of two
])
def test_a_damaged_or_crafted_stored_value_matches_nothing(stored: str) -> None:
    assert not pin.verify_pin("1234", stored)


@pytest.mark.parametrize(("typed", "problem"), [
    ("", "Type a PIN"), ("    ", "Type a PIN"), ("123", "at least 4"), ("x" * 201, "at most"),
])
def test_the_rules_refuse_short_empty_or_huge_pins(typed: str, problem: str) -> None:
    with pytest.raises(pin.PinRuleError, match=problem):
        pin.hash_pin(typed)


def test_three_wrong_tries_are_free_then_the_wait_grows_to_a_minute() -> None:
    assert [pin.delay_after(n) for n in range(9)] == [0, 0, 0, 5, 10, 20, 40, 60, 60]
    assert pin.delay_after(10**6) == pin.MAX_DELAY_SECONDS


@settings(max_examples=10, deadline=None)
@given(st.text(min_size=4, max_size=30).filter(lambda t: t.strip()))
def test_any_passphrase_round_trips(passphrase: str) -> None:
    stored = pin.hash_pin(passphrase)
    assert pin.verify_pin(passphrase, stored)
    assert not pin.verify_pin(passphrase + "!", stored)


@given(st.integers(min_value=0, max_value=1000))
def test_the_wait_never_shrinks_and_never_locks_out(tries: int) -> None:
    assert 0 <= pin.delay_after(tries) <= pin.delay_after(tries + 1) <= pin.MAX_DELAY_SECONDS
