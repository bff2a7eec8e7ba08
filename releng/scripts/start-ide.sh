#!/usr/bin/env bash
# Starts the Faultline IDE product that ./mvnw -B verify materialized, with a JDK >= 21.
# usage: releng/scripts/start-ide.sh [WORKSPACE]   (default workspace: ~/faultline-workspace)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$here/releng/org.faultline.product/target/products/org.faultline.product/linux/gtk/x86_64"
. "$here/releng/scripts/jdk.sh"

if [ ! -d "$product/plugins" ]; then
  echo "start-ide: build first: ./mvnw -B verify" >&2
  exit 2
fi
if ! jdk="$(pick_jdk)"; then
  echo "start-ide: needs JDK $REQUIRED_JAVA or newer; set JAVA_HOME, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 2
fi
launcher=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
cd "$product"
exec "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -jar "${launcher[0]}" -data "${1:-$HOME/faultline-workspace}"
