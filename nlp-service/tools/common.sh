# Shared by the tools in this folder (sourced, not run): a JDK >= 21 and nlp-service's class path.
# The build compiles for Java 21, so the default java 17 of some machines cannot run its classes.

# Prints the java to use: IPWIRE_JAVA_HOME, JAVA_HOME or the first JDK >= 21 in /usr/lib/jvm.
find_java() {
  if [ -n "${IPWIRE_JAVA_HOME:-}" ]; then echo "$IPWIRE_JAVA_HOME/bin/java"; return; fi
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home/bin/java"; return; fi
  done
  echo java
}

# Compiles nlp-service (with tests when $1 is "test") and prints its class path for that scope.
nlp_classpath() {
  local scope="${1:-runtime}" root file
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  file="$(mktemp)"
  if [ "$scope" = test ]; then
    "$root/mvnw" -q -f "$root/nlp-service/pom.xml" test-compile -Dspotless.apply.skip=true >&2 || return 1
  else
    "$root/mvnw" -q -f "$root/nlp-service/pom.xml" compile -Dspotless.apply.skip=true >&2 || return 1
  fi
  "$root/mvnw" -q -f "$root/nlp-service/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$file" -Dmdep.includeScope="$scope" >&2 || return 1
  local classes="$root/nlp-service/target/classes"
  [ "$scope" = test ] && classes="$root/nlp-service/target/test-classes:$classes"
  echo "$classes:$(cat "$file")"
  rm -f "$file"
}
