@echo off
setlocal enabledelayedexpansion

set PROJECT_ROOT=%~dp0..
set PATH=%PROJECT_ROOT%\bin;%PROJECT_ROOT%\node_modules\.bin;%PATH%
set NODE_ENV=development

if exist "%PROJECT_ROOT%\.env.local" (
    for /f "usebackq tokens=1,* delims==" %%a in ("%PROJECT_ROOT%\.env.local") do (
        set "%%a=%%b"
    )
)

if "%1"=="" goto :eof
call %*
endlocal
