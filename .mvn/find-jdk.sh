# Sourced by mvnw: ClaimDesk builds and runs on JDK 21 or newer, while the default `java` on many
# machines is older. When JAVA_HOME does not already name a JDK 21+, take the newest one found.
claimdesk_java_feature() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
claimdesk_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] &&
    [ "$(claimdesk_java_feature "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  set +f
  best="" best_version=0
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/javac" ] || continue
    version=$(claimdesk_java_feature "$home")
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$home" best_version="$version"
    fi
  done
  set -f
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    version=$(claimdesk_java_feature "$home")
    [ -n "$version" ] && [ "$version" -ge 21 ] && best="$home"
  fi
  if [ -z "$best" ]; then
    echo "ClaimDesk needs a JDK 21 or newer and found none (looked under /usr/lib/jvm and on PATH)." >&2
    echo "Install one, e.g.: apt-get install -y openjdk-21-jdk-headless, then run this command again." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
claimdesk_pick_jdk
