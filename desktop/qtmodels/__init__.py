"""Qt item models over the services (no widgets)."""
