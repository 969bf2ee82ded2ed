"""An interviewer's PIN or passphrase: how it is kept, checked, and how long to wait
after wrong tries.

On a shared laptop anyone can click anyone's name. A PIN makes "I am Sanne" mean
something: opening Sanne's form, or looking at the panel discussion as Sanne, asks
for it. It is not a password to the data (the database is not encrypted, and a chair
can reset a forgotten PIN); it keeps panel members honest with each other.

The PIN is never stored. What is stored is a salted ``hashlib.scrypt`` hash with the
parameters it was made with, ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (salt and hash in
hex), so the cost can be raised later and old hashes still check. Parameters read
back are bounded, so a damaged or crafted value cannot make a check run for minutes
or take gigabytes of memory.
"""

import hashlib
import hmac
import secrets

SCHEME = "scrypt"
#: Cost parameters for new hashes: 16 MiB of memory, about 50 ms on a laptop.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
#: Bounds on parameters read back from the database.
MAX_N, MAX_R, MAX_P = 2**16, 16, 4

MIN_LENGTH = 4
MAX_LENGTH = 200

#: Wrong tries allowed before each further try waits.
FREE_TRIES = 3
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 60


class PinRuleError(ValueError):
    """A new PIN that does not meet the rules; the message says which."""


def check_rules(pin: str) -> None:
    """Raise :class:`PinRuleError` unless ``pin`` may be set: at least
    :data:`MIN_LENGTH` characters that are not all spaces, at most :data:`MAX_LENGTH`.
    Spaces inside a passphrase count; the PIN is compared exactly as typed."""
    if not pin.strip():
        raise PinRuleError("Type a PIN or passphrase.")
    if len(pin) < MIN_LENGTH:
        raise PinRuleError(f"A PIN needs at least {MIN_LENGTH} characters.")
    if len(pin) > MAX_LENGTH:
        raise PinRuleError(f"A passphrase can be at most {MAX_LENGTH} characters.")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + 1024 * 1024, dklen=HASH_BYTES)


def hash_pin(pin: str) -> str:
    """The stored form of ``pin``: scheme, parameters, a fresh salt and the hash.
    Raises :class:`PinRuleError` for a PIN the rules refuse."""
    check_rules(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, N, R, P)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from. A stored value that is
    empty, damaged or out of bounds matches nothing (never raises)."""
    try:
        scheme, n_text, r_text, p_text, salt_hex, digest_hex = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt, digest = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    if scheme != SCHEME or not salt or len(digest) != HASH_BYTES:
        return False
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        return False
    if len(pin) > MAX_LENGTH:
        return False
    return hmac.compare_digest(_derive(pin, salt, n, r, p), digest)


def delay_after(wrong_tries: int) -> int:
    """Seconds to wait before the next try after ``wrong_tries`` wrong ones in a row:
    nothing for the first :data:`FREE_TRIES`, then 5, 10, 20, 40, 60, 60 … seconds.
    Short enough that a member who mistyped is not locked out of their own form;
    long enough that guessing someone else's PIN at the laptop is not practical."""
    if wrong_tries < FREE_TRIES:
        return 0
    steps = min(wrong_tries - FREE_TRIES, 8)
    return min(FIRST_DELAY_SECONDS << steps, MAX_DELAY_SECONDS)  # 5 × 2**steps
