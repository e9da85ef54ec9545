@echo off
rem Runs the Improvement Framework command line from its runnable jar, found next to this
rem script (an unpacked release) or in the build folder of a clone (framework-examples\target).
rem JAVA_HOME picks the Java to run (17 or later); JAVA_OPTS passes options to it, after the
rem launcher's own, so that they win.
rem
rem Start-up aids, as in the POSIX launcher: C1 only (not for indicators), and an application class-data archive
rem (AppCDS) written by the first run of each build of the jar (its name holds the jar's size
rem and time) into %LOCALAPPDATA%\improvement-framework, and mapped by the later runs. A
rem missing or unusable archive only costs time (-Xshare:auto, -Xlog:cds=off keeps the JVM
rem quiet about it). IMPROVEMENT_FRAMEWORK_CDS=off turns the archive off.
setlocal
set "DIR=%~dp0"
set "JAR=%DIR%improvement-framework.jar"
if not exist "%JAR%" set "JAR=%DIR%framework-examples\target\improvement-framework.jar"
if not exist "%JAR%" goto missing
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "C1=-XX:TieredStopAtLevel=1"
if /i "%~1"=="indicators" set "C1="
set "QUIET=-Xshare:auto -Xlog:cds=off,cds+dynamic=off %C1%"
if /i "%IMPROVEMENT_FRAMEWORK_CDS%"=="off" goto plain
set "CACHE=%LOCALAPPDATA%"
if not defined CACHE set "CACHE=%TEMP%"
set "CACHE=%CACHE%\improvement-framework"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP:\=-%"
set "STAMP=%STAMP: =_%"
set "ARCHIVE=%CACHE%\improvement-framework-%STAMP%.jsa"
if exist "%ARCHIVE%" (
  "%JAVA%" %QUIET% "-XX:SharedArchiveFile=%ARCHIVE%" %JAVA_OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
rem First run of this build of the jar: write the archive at exit, then move it into place.
"%JAVA%" %QUIET% "-XX:ArchiveClassesAtExit=%ARCHIVE%.part" %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%ARCHIVE%.part" move /y "%ARCHIVE%.part" "%ARCHIVE%" >nul 2>nul
exit /b %STATUS%
:plain
"%JAVA%" %QUIET% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:missing
echo improvement-framework: no improvement-framework.jar next to this script or in %DIR%framework-examples\target; build it with: mvnw.cmd -B -q package -DskipTests 1>&2
exit /b 2
