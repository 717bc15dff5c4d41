@echo off
setlocal enabledelayedexpansion
REM Build the solution and copy artifacts to the drop folder

set CONFIG=Release
set DROP=%~dp0drop

if not exist "%DROP%" mkdir "%DROP%"

dotnet build src\Tool.sln -c %CONFIG%
if errorlevel 1 (
    echo Build failed
    exit /b 1
)

for %%f in (src\Tool\bin\%CONFIG%\net8.0\*.dll) do (
    copy /y "%%f" "%DROP%" >nul
)

echo Artifacts copied to %DROP%
endlocal
