@echo off
rem Runs the Improvement Framework command line from its runnable jar, found next to this
rem script (an unpacked release) or in the build folder of a clone (framework-examples\target).
rem JAVA_HOME picks the Java to run (17 or later); JAVA_OPTS passes options to it.
setlocal
set "DIR=%~dp0"
set "JAR=%DIR%improvement-framework.jar"
if not exist "%JAR%" set "JAR=%DIR%framework-examples\target\improvement-framework.jar"
if not exist "%JAR%" goto missing
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:missing
echo improvement-framework: no improvement-framework.jar next to this script or in %DIR%framework-examples\target; build it with: mvnw.cmd -B -q package -DskipTests 1>&2
exit /b 2
