#!/usr/bin/env bash
# Writes the Eclipse PDE project files (.project, .classpath, .settings) of one bundle, feature or
# test project, so that it imports into an Eclipse IDE as an existing project. Existing files are kept.
# usage: releng/scripts/pde-files.sh bundles/org.faultline.x [plugin|feature]
set -euo pipefail
dir="$1"; kind="${2:-plugin}"
name="$(basename "$dir")"
mkdir -p "$dir/.settings"
if [ ! -f "$dir/.project" ]; then
  if [ "$kind" = feature ]; then
    natures='<nature>org.eclipse.pde.FeatureNature</nature>'
    builders='<buildCommand><name>org.eclipse.pde.FeatureBuilder</name><arguments></arguments></buildCommand>'
  else
    natures='<nature>org.eclipse.pde.PluginNature</nature>
		<nature>org.eclipse.jdt.core.javanature</nature>'
    builders='<buildCommand><name>org.eclipse.jdt.core.javabuilder</name><arguments></arguments></buildCommand>
		<buildCommand><name>org.eclipse.pde.ManifestBuilder</name><arguments></arguments></buildCommand>
		<buildCommand><name>org.eclipse.pde.SchemaBuilder</name><arguments></arguments></buildCommand>'
  fi
  cat > "$dir/.project" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<projectDescription>
	<name>$name</name>
	<comment></comment>
	<projects>
	</projects>
	<buildSpec>
		$builders
	</buildSpec>
	<natures>
		$natures
	</natures>
</projectDescription>
XML
fi
cat > "$dir/.settings/org.eclipse.core.resources.prefs" <<'PREFS'
eclipse.preferences.version=1
encoding/<project>=UTF-8
PREFS
[ "$kind" = feature ] && exit 0
if [ ! -f "$dir/.classpath" ]; then
  srcs=""
  for s in src src-gen; do [ -d "$dir/$s" ] && srcs="$srcs	<classpathentry kind=\"src\" path=\"$s\"/>
"; done
  cat > "$dir/.classpath" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<classpath>
	<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>
	<classpathentry kind="con" path="org.eclipse.pde.core.requiredPlugins"/>
$srcs	<classpathentry kind="output" path="bin"/>
</classpath>
XML
fi
cat > "$dir/.settings/org.eclipse.jdt.core.prefs" <<'PREFS'
eclipse.preferences.version=1
org.eclipse.jdt.core.compiler.codegen.targetPlatform=21
org.eclipse.jdt.core.compiler.compliance=21
org.eclipse.jdt.core.compiler.source=21
org.eclipse.jdt.core.compiler.release=enabled
org.eclipse.jdt.core.compiler.problem.forbiddenReference=error
PREFS
