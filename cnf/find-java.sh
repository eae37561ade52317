# Sourced by Hookwire's scripts: sets HOOKWIRE_JAVA to a `java` of version 21 or newer, or fails with a message
# that says what to install. Looks at HOOKWIRE_JAVA_HOME, JAVA_HOME, the `java` on the PATH, then the usual
# install folders (/usr/lib/jvm, /opt/java, ~/.jdks, ~/.sdkman), newest first.

hookwire_java_major() { # prints the major version of the java at $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

hookwire_find_java() {
  local min=${HOOKWIRE_JDK_MIN:-21} candidate major
  local candidates=()
  [ -n "${HOOKWIRE_JAVA_HOME:-}" ] && candidates+=("$HOOKWIRE_JAVA_HOME/bin/java")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java /opt/java/*/bin/java "$HOME"/.jdks/*/bin/java \
      "$HOME"/.sdkman/candidates/java/*/bin/java 2>/dev/null | sort -rV); do
    candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(hookwire_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      HOOKWIRE_JAVA=$candidate
      return 0
    fi
  done
  echo "Hookwire needs Java $min or newer, and none was found (looked at HOOKWIRE_JAVA_HOME, JAVA_HOME, the PATH," >&2
  echo "/usr/lib/jvm, /opt/java, ~/.jdks and ~/.sdkman). Install one, for example 'apt-get install openjdk-21-jre'" >&2
  echo "or Temurin 21/25 from https://adoptium.net, or point JAVA_HOME at it." >&2
  return 1
}
