"""The next-morning check-in dialog."""
