#!/usr/bin/env bash
# Regenerates nlp/tagger/word-clusters.tsv.gz from Maven Central's nlp4j-english 1.1.3 (Brown clusters, Apache-2.0).
# Run from anywhere; needs JAVA_HOME (JDK 21+) and the network to Maven Central the first time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
work="$root/enrich-engine/target/clusters"
mkdir -p "$work"
for artifact in edu.emory.mathcs.nlp:nlp4j-english:1.1.3 org.tukaani:xz:1.9; do
  "$root/mvnw" -B -q -f "$root/pom.xml" -N dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work"
done
"${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -Xmx3g -cp "$work/xz-1.9.jar" "$here/GenerateWordClusters.java" \
  "$work/nlp4j-english-1.1.3.jar" "$root/enrich-engine/src/main/resources/dev/newsflow/nlp/tagger/word-clusters.tsv.gz"
