/**
 * Telling an outage (the store, the broker or a mail server not answering for a while) from a failure that
 * no retry can mend, once for every service: listeners wait out the first and dead-letter the second, the
 * relay retries the first for as long as it lasts, and the web layer answers it with a 503.
 */
package uk.socialvalue.support.outage;
