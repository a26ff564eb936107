"""BackCoach: a desktop companion for home exercise for low back pain."""

__version__ = "0.1.0"
APP_NAME = "BackCoach"
