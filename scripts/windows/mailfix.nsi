; The MailFix installer for Windows (NSIS 3). scripts/windows/make-installer.sh builds it from the portable
; folder (package.sh):  makensis -DSRC=<folder> -DOUTFILE=<setup.exe> -DVERSION=<x.y.z> mailfix.nsi
;
; For people: one page, "Install", no questions (the folder is Program Files\MailFix, for every user).
; For MSPs: /S installs silently; /CONF=<path> puts that deployment file beside the programs as mailfix.conf
; (a mailfix.conf in the same folder as the setup program is taken too); "Uninstall.exe /S" removes it all.
Target amd64-unicode ; a 64-bit installer: MailFix is 64-bit only, and Wine without 32-bit support runs it
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!ifndef SRC | OUTFILE | VERSION
!error "pass -DSRC=<portable folder> -DOUTFILE=<setup.exe> -DVERSION=<version>"
!endif

Name "MailFix"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\MailFix"
BrandingText "MailFix ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "MailFix"
VIAddVersionKey "FileDescription" "MailFix installer"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MailFix contributors"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MailFix"

!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\mailfix.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Dutch"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "MailFix needs a 64-bit version of Windows." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    SetShellVarContext all
FunctionEnd

Section "MailFix"
    SetOutPath "$INSTDIR"
    File /r "${SRC}\*.*"
    ; The MSP's deployment settings: /CONF=<path>, else a mailfix.conf beside the setup program.
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/CONF=" $R1
    ${If} ${Errors}
        StrCpy $R1 "$EXEDIR\mailfix.conf"
    ${EndIf}
    ${If} ${FileExists} "$R1"
        CopyFiles /SILENT "$R1" "$INSTDIR\mailfix.conf"
    ${EndIf}
    CreateShortcut "$SMPROGRAMS\MailFix.lnk" "$INSTDIR\mailfix.exe"
    WriteUninstaller "$INSTDIR\Uninstall.exe"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "MailFix"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "MailFix"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\mailfix.exe"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
    SetRegView 64
    SetShellVarContext all
FunctionEnd

Section "Uninstall"
    Delete "$SMPROGRAMS\MailFix.lnk"
    RMDir /r "$INSTDIR"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
