/**
 * Runs the whole platform on one machine: a Kafka broker, the three services and the web portal as child
 * processes, the MongoDB store and the mail catcher in process, all data under one folder.
 */
package uk.socialvalue.local;
