/** An organisation's membership invoices over HTTP, as JSON or, one at a time, as PDF. */
package uk.socialvalue.membership.invoice.web;
