; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; Start Repère at login for every user of the machine (the kiosk account logs in automatically):
; a value under HKLM\...\Run, written by the per-machine installer and removed by a real uninstall
; (not by the uninstall step of an upgrade, which would otherwise drop it until the next install).
; Machines that must not start Repère at login (staff desks): delete the value, see README.

!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Repere" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
!macroend

!macro customUnInstall
  ${ifNot} ${isUpdated}
    DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Repere"
  ${endIf}
!macroend
