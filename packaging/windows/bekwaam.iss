; Bekwaam — Windows installer (Inno Setup 6), one per machine, for Program Files.
;
; Build (on Windows, after `python packaging\build.py` has made dist\bekwaam\):
;   iscc packaging\windows\bekwaam.iss            -> dist\bekwaam-<version>-setup.exe
; Sign it (optional): iscc /Ssigntool="signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f" ...
;
; Silent install for a school (see docs/deploy.md for every parameter):
;   bekwaam-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="C:\Windows\Temp\bekwaam-setup.log"
;       /SERVER=https://register.example.nl /PROXY=http://proxy.school.example:3128
; or with a whole policy file:   /POLICYFILE=\\server\share\bekwaam\policy.toml
; Silent uninstall:  "C:\Program Files\Bekwaam\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The policy goes to %ProgramData%\Bekwaam\policy.toml (what desktop/policy.py reads). It is
; written only when a policy parameter is given, replacing the whole file; without one an
; existing policy is left as it is. Uninstalling never removes the policy or anyone's portfolio.

#define AppName "Bekwaam"
#define AppVersion "0.1.0"
#define AppPublisher "Bekwaam"
#define BundleDir "..\..\dist\bekwaam"
#define IconFile "..\..\build\icons\bekwaam.ico"

[Setup]
AppId={{4D863508-3EDF-4B40-B0BC-17FB3FC508C1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine: Program Files, all users' Start menu, %ProgramData% for the policy.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=bekwaam-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\bekwaam.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle, so no file of an older version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\bekwaam.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\bekwaamw.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\policy.example.toml"; DestDir: "{app}"; Flags: ignoreversion

[Dirs]
; The policy folder: everyone may read it, only administrators and SYSTEM may change it
; (set with icacls below, because ProgramData lets users create files by inheritance).
Name: "{commonappdata}\Bekwaam"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\bekwaamw.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\bekwaamw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Bekwaam"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\bekwaamw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Install parameters that write the school's policy (desktop/policy.py reads it):
//   /POLICYFILE=path   copy this policy file as it is (the other parameters are then ignored)
//   /SERVER=url        server_url          /PROXY=url           proxy
//   /CABUNDLE=path     ca_bundle           /LANGUAGE=nl|en      language
//   /DATADIR=path      data_dir            /SYNCMINUTES=n       sync_interval_minutes
//   /UPDATECHECKS=0|1  update_checks       /MAXEVIDENCEMB=n     max_evidence_mb
//   /LOCK=keys         which settings go under [locked], comma-separated, or "all" or "none";
//                      by default server_url,proxy,ca_bundle (the network), the rest under [defaults].

function TomlString(const S: String): String;
var
  R: String;
begin
  R := S;
  StringChangeEx(R, '\', '\\', True);
  StringChangeEx(R, '"', '\"', True);
  Result := '"' + R + '"';
end;

function InstallParam(const Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

function IsLocked(const Key: String): Boolean;
var
  Lock: String;
begin
  Lock := Lowercase(InstallParam('LOCK'));
  if Lock = '' then
    Lock := 'server_url,proxy,ca_bundle';
  if Lock = 'all' then
    Result := True
  else if Lock = 'none' then
    Result := False
  else
    Result := Pos(',' + Key + ',', ',' + Lock + ',') > 0;
end;

procedure AddSetting(var Defaults, Locked: TArrayOfString; const Key, Value: String);
var
  N: Integer;
begin
  if Value = '' then
    exit;
  if IsLocked(Key) then begin
    N := GetArrayLength(Locked);
    SetArrayLength(Locked, N + 1);
    Locked[N] := Key + ' = ' + Value;
  end else begin
    N := GetArrayLength(Defaults);
    SetArrayLength(Defaults, N + 1);
    Defaults[N] := Key + ' = ' + Value;
  end;
end;

function QuotedParam(const Name: String): String;
begin
  Result := InstallParam(Name);
  if Result <> '' then
    Result := TomlString(Result);
end;

function BoolParam(const Name: String): String;
begin
  Result := InstallParam(Name);
  if Result = '1' then Result := 'true'
  else if Result = '0' then Result := 'false';
end;

procedure WritePolicy;
var
  Target, Source: String;
  Defaults, Locked, Lines: TArrayOfString;
  I, N, ResultCode: Integer;
begin
  Target := ExpandConstant('{commonappdata}\Bekwaam\policy.toml');
  Source := InstallParam('POLICYFILE');
  if Source <> '' then begin
    if not FileCopy(Source, Target, False) then
      Log('Bekwaam: could not copy the policy file ' + Source + ' to ' + Target)
    else
      Log('Bekwaam: policy copied from ' + Source);
  end else begin
    SetArrayLength(Defaults, 0);
    SetArrayLength(Locked, 0);
    AddSetting(Defaults, Locked, 'server_url', QuotedParam('SERVER'));
    AddSetting(Defaults, Locked, 'proxy', QuotedParam('PROXY'));
    AddSetting(Defaults, Locked, 'ca_bundle', QuotedParam('CABUNDLE'));
    AddSetting(Defaults, Locked, 'language', QuotedParam('LANGUAGE'));
    AddSetting(Defaults, Locked, 'data_dir', QuotedParam('DATADIR'));
    AddSetting(Defaults, Locked, 'sync_interval_minutes', InstallParam('SYNCMINUTES'));
    AddSetting(Defaults, Locked, 'update_checks', BoolParam('UPDATECHECKS'));
    AddSetting(Defaults, Locked, 'max_evidence_mb', InstallParam('MAXEVIDENCEMB'));
    if GetArrayLength(Defaults) + GetArrayLength(Locked) = 0 then begin
      Log('Bekwaam: no policy parameters; an existing policy file is left as it is');
      exit;
    end;
    N := 0;
    SetArrayLength(Lines, 3 + GetArrayLength(Defaults) + GetArrayLength(Locked));
    Lines[N] := '# Written by the Bekwaam installer ({#AppVersion}); see docs/deploy.md.'; N := N + 1;
    Lines[N] := '[defaults]'; N := N + 1;
    for I := 0 to GetArrayLength(Defaults) - 1 do begin Lines[N] := Defaults[I]; N := N + 1; end;
    Lines[N] := '[locked]'; N := N + 1;
    for I := 0 to GetArrayLength(Locked) - 1 do begin Lines[N] := Locked[I]; N := N + 1; end;
    if not SaveStringsToUTF8File(Target, Lines, False) then
      Log('Bekwaam: could not write ' + Target)
    else
      Log('Bekwaam: policy written to ' + Target);
  end;
  // The app itself checks the file; its findings (line and problem) go to the setup log.
  if Exec(ExpandConstant('{app}\bekwaam.exe'), 'policy check "' + Target + '"', '', SW_HIDE,
          ewWaitUntilTerminated, ResultCode) then
    Log('Bekwaam: policy check exit code ' + IntToStr(ResultCode) + ' (0 = no problems; see bekwaam policy show)');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WritePolicy;
end;
