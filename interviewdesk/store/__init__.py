"""The store layer: the database, its migrations, backups and encryption; no Qt
(docs/architecture.md)."""
