"""Developer tools kept with the project (not shipped in the app)."""
