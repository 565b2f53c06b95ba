"""The window, its pages and dialogs."""
