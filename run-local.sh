#!/usr/bin/env bash
# Runs the whole SVUK platform on this machine: a Kafka broker, the MongoDB store, a mail catcher, the
# three services and the web portal, each in its own JVM. Builds what it needs first (from a fresh clone too).
# Stops everything on Ctrl-C. Options: --no-build, --data-dir DIR (see local-platform/README.md).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

build=true
args=()
for arg in "$@"; do
    case "$arg" in
        --no-build) build=false ;;
        *) args+=("$arg") ;;
    esac
done

# What the launcher runs: the four executable jars and its own classes plus their libraries.
artifacts=(
    membership-service/target/membership-service-exec.jar
    training-service/target/training-service-exec.jar
    notification-service/target/notification-service-exec.jar
    web-portal/target/web-portal-exec.jar
    local-platform/target/classes/uk/socialvalue/local/LocalPlatform.class
    local-platform/target/lib
)

needs_build() {
    local artifact oldest
    for artifact in "${artifacts[@]}"; do
        [[ -e "$artifact" ]] || return 0
    done
    # Rebuild when any pom or main source is newer than the oldest thing built from them.
    oldest="$(ls -td "${artifacts[@]}" | tail -n 1)"
    [[ -n "$(find pom.xml ./*/pom.xml ./*/src/main -type f -newer "$oldest" -print -quit 2>/dev/null)" ]]
}

if ! command -v java >/dev/null 2>&1; then
    echo "run-local.sh: no 'java' on the PATH; install a JDK 17 or newer." >&2
    exit 1
fi

if [[ "$build" == true ]] && needs_build; then
    echo "Building the platform (./mvnw package -DskipTests); this takes a few minutes the first time..."
    ./mvnw -B -q package -DskipTests
fi

# The launcher holds the MongoDB store and the mail catcher: the serial collector and a heap that fits a laptop
# running the whole platform (see the README's Performance section).
exec java -XX:+UseSerialGC -Xms64m -Xmx320m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k \
    -cp "local-platform/target/classes:local-platform/target/lib/*" \
    uk.socialvalue.local.LocalPlatform ${args[@]+"${args[@]}"}
