"""BackCoach: a desktop companion for home exercise for low back pain."""

__version__ = "0.1.0"
APP_NAME = "BackCoach"
SCREENSHOT_SIZE = (1280, 800)
"""The window size of --screenshots and --smoke-test unless --screenshot-size says."""
