/**
 * Membership invoices: each approval and renewal is invoiced once, numbered without gaps per UK financial year in
 * the membership series ("MEM-2026-27-000001"), and emailed to the primary contact with its PDF.
 */
package uk.socialvalue.membership.invoice;
