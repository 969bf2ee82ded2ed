"""The ui layer: every window and dialog; all Qt lives here (docs/architecture.md)."""
