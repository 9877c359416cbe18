/** The unsubscribe page that non-essential emails link to, and their RFC 8058 one-click target. */
package uk.socialvalue.portal.unsubscribe;
