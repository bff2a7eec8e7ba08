#!/usr/bin/env bash
# Regenerates the Java code of bundles/org.faultline.model from model/*.genmodel, headless.
# Run it after changing an .ecore or .genmodel and commit the result; the build checks that the
# committed code is exactly what this generates.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -pl releng/org.faultline.model.codegen process-classes -Dfaultline.codegen.mode=write
