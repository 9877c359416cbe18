/** The integration contract between SVUK services: event records, their wire type names and topics. */
package uk.socialvalue.contracts;
