/**
 * What every feature's plain-Java core may use of service-support: the exceptions that the web layer turns
 * into problem details (a concurrent update, a field that cannot be accepted, something not found), and the
 * one way to try a change again after losing a race, and the small pieces of plain Java several cores share
 * (sealing links, HMAC keys). Nothing here knows Spring, MongoDB or Kafka.
 */
package uk.socialvalue.support.domain;
