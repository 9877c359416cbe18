#!/bin/sh
# The fault suite: starts the local stack as separate processes on free ports, breaks it while work is in flight
# (kill -9 of each service, Kafka down for 30 s, the SMTP server refusing connections for 2 minutes, the store
# restarted, a poison record on each topic) and writes the table of outcomes into README.md.
# Takes about eight minutes. ./mvnw -B verify runs a short version of it (ShortFaultSuiteTests).
cd "$(dirname "$0")" || exit 1
exec ./mvnw -B verify -pl resilience -am -Pfault-suite -Dtest=FaultSuiteTests \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsvuk.faults.readme=update "$@"
