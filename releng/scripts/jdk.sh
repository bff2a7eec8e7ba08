# Sourced by ./mvnw and ./faultline: finds a JDK that is new enough.
# pick_jdk prints JAVA_HOME when that is a JDK >= REQUIRED_JAVA, else a Temurin JDK these machines carry.

REQUIRED_JAVA=21

java_major() {
  local java="$1/bin/java"
  [ -x "$java" ] || return 1
  "$java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
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
