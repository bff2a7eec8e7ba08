# Sourced by ./mvnw and ./faultline: finds a JDK that is new enough.
# pick_jdk prints JAVA_HOME when that is a JDK >= REQUIRED_JAVA, else a Temurin JDK these machines carry.

REQUIRED_JAVA=21

# The JDK's version, e.g. 25.0.1: from its release file, which costs no JVM start, else from the JVM itself.
java_version() {
  local java="$1/bin/java"
  [ -x "$java" ] || return 1
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release"
  else
    "$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p'
  fi
}

java_major() {
  local version
  version="$(java_version "$1")" || return 1
  version="${version#1.}"
  echo "${version%%[.+-]*}"
}

pick_jdk() {
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [ -n "$home" ] || continue
    major="$(java_major "$home" || true)"
    if [ -n "$major" ] && [ "$major" -ge "$REQUIRED_JAVA" ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}
