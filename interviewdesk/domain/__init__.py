"""The domain layer: the rules, pure Python — no Qt, no SQL (docs/architecture.md)."""
