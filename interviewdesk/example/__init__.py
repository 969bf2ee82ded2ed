"""The example data: a realistic Dutch vacancy, candidates, interviewers and interviews
in every state, loaded by "Load example" and ``interviewdesk example`` so a first-time
user has something to explore, and used by the tests and benchmarks as a known world.

``database`` writes it; ``texts`` and ``panel_texts`` hold its words.
"""
