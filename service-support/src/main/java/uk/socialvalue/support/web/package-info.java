/** Errors as RFC 9457 problem details, and the exceptions web adapters throw to produce them. */
package uk.socialvalue.support.web;
