"""Benchmarks, run on demand with ``python -m benchmarks`` (or ``python3 dev.py bench``).

One module per measurement; each prints nothing but its own JSON result when run
alone, so the runner (``__main__``) can start it in a fresh process. Timings are
never asserted in the test suite: a busy CI machine would make them flaky.
"""
