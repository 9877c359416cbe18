/** Dead letters made visible: each service keeps what it could not process and shows it to staff. */
package uk.socialvalue.support.deadletter;
