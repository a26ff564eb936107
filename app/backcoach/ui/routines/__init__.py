"""The Routines screen: starter plans and the user's own routines, viewed and edited."""
