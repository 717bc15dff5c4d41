@echo off
setlocal enabledelayedexpansion

set BUILD_DIR=%~dp0build
set CONFIG=Release

if not exist "%BUILD_DIR%" mkdir "%BUILD_DIR%"
cd /d "%BUILD_DIR%"

cmake .. -G "Visual Studio 17 2022" -A x64
if errorlevel 1 goto :error

cmake --build . --config %CONFIG% --parallel
if errorlevel 1 goto :error

echo Build succeeded.
exit /b 0

:error
echo Build failed with error %errorlevel%.
exit /b 1
