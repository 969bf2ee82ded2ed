"""The first schema: every table of the data model (docs/architecture.md).

Revision ID: 0001
Revises: (none)

Written out by hand, not imported from ``models.py``: a migration is a record of the
schema at one moment, and must not change when the models do later. A test checks
that 0001 + later revisions build exactly what ``SQLModel.metadata`` describes.

Every constraint is named, as ``models.NAMING_CONVENTION`` names it, so later
migrations (SQLite batch mode, PostgreSQL ``ALTER``) can drop or alter it by name:
``pk_<table>``, ``fk_<table>_<column>_<referred table>``, ``uq_<table>_<columns>``
and ``ix_<table>_<column>``. The helpers below write the names out with ``op.f()``
(a final name), so neither a later change to the convention nor the convention the
migration environment passes to Alembic can rename what this revision creates.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _create_table(name: str, *elements: sa.Column | sa.Constraint) -> None:
    """Create table ``name`` with the ``id`` primary key every table has, then ``elements``."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *elements,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def _text(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _moment(name: str, *, nullable: bool = False) -> sa.Column:
    """An aware UTC timestamp (SQLModel's ``UTCDateTime``)."""
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _day(name: str) -> sa.Column:
    return sa.Column(name, sa.Date(), nullable=True)


def _parent(
    table: str, name: str, parent: str, *, nullable: bool = False, ondelete: str = "CASCADE"
) -> sa.Column:
    """Column ``name`` of ``table``, a foreign key to ``parent.id``."""
    foreign_key = sa.ForeignKey(
        f"{parent}.id", ondelete=ondelete, name=op.f(f"fk_{table}_{name}_{parent}")
    )
    return sa.Column(name, sa.Integer(), foreign_key, nullable=nullable)


def _unique(table: str, *columns: str) -> sa.UniqueConstraint:
    """A unique constraint, named after its table and all its columns (the convention)."""
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def _index(table: str, *columns: str) -> None:
    """The single-column indexes ``Field(index=True)`` and the foreign keys declare."""
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    _create_table(
        "vacancy",
        _text("title"),
        _text("department"),
        _text("location"),
        _text("text"),
        _day("procedure_end"),
        _moment("created_at"),
        _moment("updated_at"),
    )
    _index("vacancy", "title")

    _create_table(
        "candidate",
        _text("name"),
        _text("email"),
        _text("phone"),
        _text("city"),
        _text("notes"),
        _text("cv_text"),
        _text("letter_text"),
        _flag("retention_consent"),
        _moment("consent_recorded_at", nullable=True),
        _moment("created_at"),
        _moment("updated_at"),
    )
    _index("candidate", "name")

    _create_table(
        "interviewer",
        _text("name"),
        _text("email"),
        _text("job_title"),
    )
    _index("interviewer", "name")

    _create_table(
        "competency",
        _parent("competency", "vacancy_id", "vacancy"),
        _int("position"),
        _text("name"),
        _text("kind"),
        sa.Column("weight", sa.Float(), nullable=False),
        _text("description"),
        _text("keywords"),
        _text("anchor_1"),
        _text("anchor_2"),
        _text("anchor_3"),
        _text("anchor_4"),
        _text("anchor_5"),
    )
    _index("competency", "vacancy_id")

    _create_table(
        "candidatedocument",
        _parent("candidatedocument", "candidate_id", "candidate"),
        _text("kind"),
        _text("filename"),
        _text("media_type"),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        _moment("added_at"),
    )
    _index("candidatedocument", "candidate_id")

    _create_table(
        "application",
        _parent("application", "candidate_id", "candidate"),
        _parent("application", "vacancy_id", "vacancy"),
        _text("status"),
        _moment("created_at"),
        _unique("application", "candidate_id", "vacancy_id"),
    )
    _index("application", "candidate_id", "vacancy_id")

    _create_table(
        "interview",
        _parent("interview", "application_id", "application"),
        _moment("scheduled_at", nullable=True),
        _int("planned_minutes"),
        _text("location"),
        _text("current_stage"),
        _moment("started_at", nullable=True),
        _moment("finished_at", nullable=True),
        _text("next_steps"),
        _day("feedback_date"),
        _flag("candidate_thanked"),
    )
    _index("interview", "application_id", "scheduled_at")

    _create_table(
        "question",
        _parent("question", "vacancy_id", "vacancy"),
        _parent("question", "interview_id", "interview", nullable=True),
        _text("stage"),
        _int("position"),
        _text("text"),
        _text("probes"),
        _text("kind"),
        _parent("question", "competency_id", "competency", nullable=True, ondelete="SET NULL"),
    )
    _index("question", "vacancy_id", "interview_id", "stage", "competency_id")

    _create_table(
        "panelmember",
        _parent("panelmember", "interview_id", "interview"),
        _parent("panelmember", "interviewer_id", "interviewer"),
        _text("role"),
        _int("position"),
        _unique("panelmember", "interview_id", "interviewer_id"),
    )
    _index("panelmember", "interview_id", "interviewer_id")

    _create_table(
        "stagerecord",
        _parent("stagerecord", "interview_id", "interview"),
        _text("stage"),
        sa.Column("checklist", sa.JSON(), nullable=False),
        _text("notes"),
        _int("seconds_spent"),
        _flag("done"),
        _unique("stagerecord", "interview_id", "stage"),
    )
    _index("stagerecord", "interview_id")

    _create_table(
        "answer",
        _parent("answer", "interview_id", "interview"),
        _parent("answer", "question_id", "question"),
        _flag("asked"),
        _text("notes"),
        _text("situation"),
        _text("task"),
        _text("action"),
        _text("result"),
        _moment("updated_at"),
        _unique("answer", "interview_id", "question_id"),
    )
    _index("answer", "interview_id", "question_id")

    _create_table(
        "candidatequestion",
        _parent("candidatequestion", "interview_id", "interview"),
        _int("position"),
        _text("question"),
        _text("answer"),
        _flag("answered"),
    )
    _index("candidatequestion", "interview_id")

    _create_table(
        "assessment",
        _parent("assessment", "interview_id", "interview"),
        _parent("assessment", "panel_member_id", "panelmember"),
        _text("strengths"),
        _text("weaknesses"),
        _text("recommendation", nullable=True),
        _moment("submitted_at", nullable=True),
    )
    _index("assessment", "interview_id", "panel_member_id")

    _create_table(
        "assessmentreopening",
        _parent("assessmentreopening", "assessment_id", "assessment"),
        _text("reason"),
        _moment("reopened_at"),
    )
    _index("assessmentreopening", "assessment_id")

    _create_table(
        "rating",
        _parent("rating", "assessment_id", "assessment"),
        _parent("rating", "competency_id", "competency"),
        _int("score", nullable=True),
        _text("evidence"),
        _unique("rating", "assessment_id", "competency_id"),
    )
    _index("rating", "assessment_id", "competency_id")

    _create_table(
        "consensusscore",
        _parent("consensusscore", "interview_id", "interview"),
        _parent("consensusscore", "competency_id", "competency"),
        _int("score", nullable=True),
        _text("reason"),
        _unique("consensusscore", "interview_id", "competency_id"),
    )
    _index("consensusscore", "interview_id", "competency_id")

    _create_table(
        "decision",
        _parent("decision", "interview_id", "interview"),
        _text("outcome"),
        _text("rationale"),
        _text("next_steps"),
        _day("feedback_date"),
        _text("override_reason"),
        _moment("decided_at", nullable=True),
        _unique("decision", "interview_id"),
    )
    _index("decision", "interview_id")


def downgrade() -> None:
    """Drop every table, children first (their indexes go with them)."""
    for table in (
        "decision",
        "consensusscore",
        "rating",
        "assessmentreopening",
        "assessment",
        "candidatequestion",
        "answer",
        "stagerecord",
        "panelmember",
        "question",
        "interview",
        "application",
        "candidatedocument",
        "competency",
        "interviewer",
        "candidate",
        "vacancy",
    ):
        op.drop_table(table)
