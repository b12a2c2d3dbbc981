; Reifegrad's per-user installer for Windows (NSIS 3), built by scripts/build-windows:
;   makensis -DVERSION=… -DSTAGE=<folder with the files> -DICON=<.ico> -DOUTFILE=<.exe> installer.nsi
; Installs for the current user only, without admin rights: the files go to
; %LOCALAPPDATA%\Programs\Reifegrad, a Start-menu entry is made, .reifegrad files open
; with Reifegrad (HKCU\Software\Classes) and an uninstaller is registered under
; "Apps & Features". The user's assessments and %APPDATA%\Reifegrad (settings, recovered
; work) are never touched, also not by the uninstaller.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"

!define PRODUCT "Reifegrad"
!define PROG_ID "Reifegrad.Bewertung"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Reifegrad"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "Software\${PRODUCT}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1031 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1031 "FileDescription" "${PRODUCT} ${VERSION} – Installation"
VIAddVersionKey /LANG=1031 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1031 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1031 "CompanyName" "The Reifegrad authors"
VIAddVersionKey /LANG=1031 "LegalCopyright" "© 2026 The Reifegrad authors (MIT OR Apache-2.0)"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\reifegrad.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE-MIT"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

Section "Reifegrad"
    SetOutPath "$INSTDIR"
    File "${STAGE}\reifegrad.exe"
    File "${STAGE}\reifegrad.com"
    File "${STAGE}\README.md"
    File "${STAGE}\LICENSE-MIT"
    File "${STAGE}\LICENSE-APACHE"
    File "${STAGE}\THIRD-PARTY-NOTICES.txt"
    File "${STAGE}\LICENSE-DejaVu.txt"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKCU "Software\${PRODUCT}" "InstallDir" "$INSTDIR"

    CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\reifegrad.exe" "" "$INSTDIR\reifegrad.exe" 0

    ; .reifegrad files open with Reifegrad (for this user).
    WriteRegStr HKCU "Software\Classes\.reifegrad" "" "${PROG_ID}"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Reifegrad-Bewertung"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\reifegrad.exe,0"
    WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\reifegrad.exe" "%1"'

    ; Apps & Features.
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Reifegrad authors"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\reifegrad.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

    ; Tell the Explorer that file associations changed (SHCNE_ASSOCCHANGED).
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
    Delete "$INSTDIR\reifegrad.exe"
    Delete "$INSTDIR\reifegrad.com"
    Delete "$INSTDIR\README.md"
    Delete "$INSTDIR\LICENSE-MIT"
    Delete "$INSTDIR\LICENSE-APACHE"
    Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
    Delete "$INSTDIR\LICENSE-DejaVu.txt"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${PRODUCT}.lnk"

    ; Only our own association: another program may have taken .reifegrad since.
    ReadRegStr $0 HKCU "Software\Classes\.reifegrad" ""
    StrCmp $0 "${PROG_ID}" 0 +2
        DeleteRegKey HKCU "Software\Classes\.reifegrad"
    DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "Software\${PRODUCT}"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
