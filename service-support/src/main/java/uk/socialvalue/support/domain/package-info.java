/**
 * What every feature's plain-Java core may use of service-support: the exceptions that the web layer turns
 * into problem details (a concurrent update, a field that cannot be accepted, something not found), and the
 * one way to try a change again after losing a race. Nothing here knows Spring, MongoDB or Kafka.
 */
package uk.socialvalue.support.domain;
