/** The public course catalogue: courses with their upcoming sessions, dates, places and prices. */
package uk.socialvalue.portal.catalogue;
