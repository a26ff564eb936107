; A stand-in for BackCoach.exe, so the installer can be built and tested without a
; Windows build of the app (packaging/build.py nsis --stand-in). When run, it writes its
; command line to %TEMP%\backcoach-stand-in-ran.txt and exits.
Unicode true
Target amd64-unicode
SilentInstall silent
RequestExecutionLevel user
!ifndef OUTFILE
  !define OUTFILE "BackCoach.exe"
!endif
!ifdef ICON
  Icon "${ICON}"
!endif
Name "BackCoach stand-in"
OutFile "${OUTFILE}"

Section
  FileOpen $0 "$TEMP\backcoach-stand-in-ran.txt" w
  FileWrite $0 "$CMDLINE"
  FileClose $0
SectionEnd
