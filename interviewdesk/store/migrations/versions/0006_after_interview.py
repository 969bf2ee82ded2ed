"""After the interview: the contact log.

Revision ID: 0006
Revises: 0005

``contactentry`` records each time the firm told a candidate something about their
application: the day, who, the channel, what was said and, for a rejection, the
reasons given. It starts empty: a "feedback given" status from before is no contact
anyone wrote down.

``search_index`` is an SQLite FTS5 table over candidates' names and e-mail, CV and
letter text, and the interview notes (per stage, and per question with the STAR
fields), with diacritics folded ("Daniëlle" finds "Danielle"). Triggers keep it in
step with those tables in the same transaction, also when a cascade deletes the rows.
Each source row has a fixed rowid (its id × 8 + a code for its kind), so a trigger
touches its own entries only. Assessment evidence is not indexed: a member's evidence
must stay hidden from anyone who may not see it yet (blind scoring). Filled from the
existing rows.

On PostgreSQL (team mode) there is no FTS5: no index table and no triggers are made,
and ``store/search.py`` searches the same columns directly (accent-folded, per word).
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "contactentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "application_id",
            sa.Integer(),
            sa.ForeignKey("application.id", ondelete="CASCADE",
                          name=op.f("fk_contactentry_application_id_application")),
            nullable=False,
        ),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("rejection", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contactentry")),
    )
    op.create_index(op.f("ix_contactentry_application_id"), "contactentry",
                    ["application_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        create_search_index()


#: (code, kind, table, SQL for the text, SQL for the candidate, SQL for the interview).
#: The triggers name no table but their own and the index: a trigger that names
#: another table breaks Alembic's rebuild (copy, drop, rename) of that table. So notes
#: carry their interview only; the search finds the candidate through it.
_CANDIDATE_OF_INTERVIEW = "NULL"
SOURCES = (
    (0, "name", "candidate", "{row}.name || ' ' || {row}.email", "{row}.id", "NULL"),
    (1, "cv", "candidate", "{row}.cv_text", "{row}.id", "NULL"),
    (2, "letter", "candidate", "{row}.letter_text", "{row}.id", "NULL"),
    (3, "stage_notes", "stagerecord", "{row}.notes", _CANDIDATE_OF_INTERVIEW,
     "{row}.interview_id"),
    (4, "answer_notes", "answer",
     "{row}.notes || ' ' || {row}.situation || ' ' || {row}.task || ' ' || {row}.action "
     "|| ' ' || {row}.result", _CANDIDATE_OF_INTERVIEW, "{row}.interview_id"),
)
WATCHED = {"candidate": "name, email, cv_text, letter_text", "stagerecord": "notes",
           "answer": "notes, situation, task, action, result"}


def _insert(code: int, kind: str, text: str, candidate: str, interview: str,
            row: str) -> str:
    return (f"INSERT INTO search_index (rowid, candidate_id, interview_id, kind, body) "
            f"SELECT {row}.id * 8 + {code}, {candidate.format(row=row)}, "
            f"{interview.format(row=row)}, '{kind}', {text.format(row=row)} "
            f"WHERE trim({text.format(row=row)}) != ''")


def create_search_index() -> None:
    """The FTS5 table, its triggers, and the entries of the rows there are."""
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(candidate_id UNINDEXED, "
               "interview_id UNINDEXED, kind UNINDEXED, body, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    for table in WATCHED:
        mine = [source for source in SOURCES if source[2] == table]
        inserts = "; ".join(_insert(code, kind, text, cand, inter, "NEW")
                            for code, kind, _t, text, cand, inter in mine)
        deletes = "; ".join(f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code}"
                            for code, *_rest in mine)
        op.execute(f"CREATE TRIGGER search_index_{table}_ai AFTER INSERT ON {table} "
                   f"BEGIN {inserts}; END")
        op.execute(f"CREATE TRIGGER search_index_{table}_au AFTER UPDATE OF "
                   f"{WATCHED[table]} ON {table} BEGIN {deletes}; {inserts}; END")
        op.execute(f"CREATE TRIGGER search_index_{table}_ad AFTER DELETE ON {table} "
                   f"BEGIN {deletes}; END")
        for code, kind, _t, text, cand, inter in mine:
            op.execute(_insert(code, kind, text, cand, inter, table).replace(
                "WHERE trim", f"FROM {table} WHERE trim"))


def downgrade() -> None:
    for table in WATCHED if op.get_bind().dialect.name == "sqlite" else ():
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_index(op.f("ix_contactentry_application_id"), table_name="contactentry")
    op.drop_table("contactentry")
