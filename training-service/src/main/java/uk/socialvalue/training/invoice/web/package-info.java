/** A booking's invoice and credit note over HTTP, as JSON or PDF. */
package uk.socialvalue.training.invoice.web;
