/** Membership invoices: a contact's own organisation's and, for staff, any organisation's, each as a PDF download. */
package uk.socialvalue.portal.invoice;
