; Inno Setup script: Rapport for Windows, from the PyInstaller bundle in dist\rapport (python packaging\build.py).
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\rapport.iss      -> dist\Rapport-0.1.0-setup.exe
;
; Installs for the current user (no administrator rights, %LOCALAPPDATA%\Programs\Rapport) or, if chosen in the first
; dialog or with /ALLUSERS, for all users (Program Files). Start-menu entry, optional desktop icon, optional
; "Open vCard files with Rapport" association, and an uninstaller (Settings > Apps). The user's data
; (%LOCALAPPDATA%\Rapport) is never touched by the uninstaller: it holds their contacts.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z rapport.iss
#endif
#define AppName "Rapport"
#define AppId "io.github.rapport.Rapport"
#define SourceDir "..\..\dist\rapport"

[Setup]
; A fixed GUID-like id keeps upgrades and the uninstaller entry stable across versions.
AppId={{7D1C4A2E-5B8F-4E3A-9C61-2F0B8D4E6A17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Rapport developers
AppPublisherURL=https://github.com/rapport/rapport
AppSupportURL=https://github.com/rapport/rapport/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default; the user may pick "all users" (then UAC asks for administrator rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Rapport-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\rapport.ico
UninstallDisplayIcon={app}\Rapport.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "vcfassoc"; Description: "Open vCard (.vcf) files with Rapport"; GroupDescription: "File associations:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Rapport.exe"; AppUserModelID: "{#AppId}"; Comment: "Your network, your pitch and your follow-ups"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Rapport.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; "Open with" for .vcf, only with the vcfassoc task; HKA is HKCU for a per-user install, HKLM for all users.
; Opening a card imports it with the command line (duplicates are merged, never doubled) and shows the one-line
; summary until a key is pressed; the window opens on the imported contacts once the GUI accepts a file argument.
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "Rapport.vCard"; ValueData: ""; Flags: uninsdeletevalue; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Rapport.vCard"; ValueType: string; ValueName: ""; ValueData: "vCard contact file"; Flags: uninsdeletekey; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Rapport.vCard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Rapport.exe,0"; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Rapport.vCard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: "cmd.exe /c """"{app}\rapport-cli.exe"" import ""%1"" & pause"""; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Applications\Rapport.exe\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey; Tasks: vcfassoc

[Run]
Filename: "{app}\Rapport.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
