"""Logging other activities (walking, cycling, ...): they count toward the daily goal."""
