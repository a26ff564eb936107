# dmgbuild settings for BackCoach's macOS disk image (UNTESTED: no Mac here).
#
#   dmgbuild -s packaging/macos/dmg_settings.py -D app=build/packaging/dist/BackCoach.app \
#            "BackCoach" dist/BackCoach-<version>.dmg
#
# The window shows the app beside a link to /Applications: drag one onto the other.
# dmgbuild runs this file with `defines` (the -D values) in its namespace.
import os.path

application = defines.get("app", "build/packaging/dist/BackCoach.app")  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((200, 200), (640, 300))
default_view = "icon-view"
show_icon_preview = False
icon_size = 128
text_size = 14
