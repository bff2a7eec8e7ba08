#!/usr/bin/env bash
# Writes the checked-in "Run As > JUnit Plug-in Test" configuration of one test project.
# usage: releng/scripts/test-launch.sh tests/org.faultline.x.tests [ui]
set -euo pipefail
dir="$1"; name="$(basename "$dir")"
if [ "${2:-}" = ui ]; then
  app='<stringAttribute key="application" value="org.eclipse.ui.ide.workbench"/>
    <booleanAttribute key="run_in_ui_thread" value="true"/>
    <stringAttribute key="product" value="org.faultline.ui.product"/>
    <booleanAttribute key="useProduct" value="true"/>'
else
  app='<stringAttribute key="application" value="org.eclipse.pde.junit.runtime.coretestapplication"/>
    <booleanAttribute key="run_in_ui_thread" value="false"/>
    <booleanAttribute key="useProduct" value="false"/>'
fi
cat > "$dir/$name.launch" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<launchConfiguration type="org.eclipse.pde.ui.JunitLaunchConfig">
    $app
    <booleanAttribute key="automaticAdd" value="true"/>
    <booleanAttribute key="automaticValidate" value="true"/>
    <booleanAttribute key="clearConfig" value="true"/>
    <booleanAttribute key="clearws" value="true"/>
    <stringAttribute key="configLocation" value="\${workspace_loc}/.metadata/.plugins/org.eclipse.pde.core/pde-junit"/>
    <booleanAttribute key="default" value="true"/>
    <booleanAttribute key="includeOptional" value="true"/>
    <stringAttribute key="location" value="\${workspace_loc}/../junit-workspace"/>
    <stringAttribute key="org.eclipse.jdt.junit.CONTAINER" value="=$name"/>
    <booleanAttribute key="org.eclipse.jdt.junit.KEEPRUNNING_ATTR" value="false"/>
    <stringAttribute key="org.eclipse.jdt.junit.TESTNAME" value=""/>
    <stringAttribute key="org.eclipse.jdt.junit.TEST_KIND" value="org.eclipse.jdt.junit.loader.junit5"/>
    <stringAttribute key="org.eclipse.jdt.launching.JRE_CONTAINER" value="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>
    <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value=""/>
    <stringAttribute key="org.eclipse.jdt.launching.PROJECT_ATTR" value="$name"/>
    <stringAttribute key="org.eclipse.jdt.launching.VM_ARGUMENTS" value="-Xmx1g --enable-native-access=ALL-UNNAMED"/>
    <stringAttribute key="pde.version" value="3.3"/>
</launchConfiguration>
XML
