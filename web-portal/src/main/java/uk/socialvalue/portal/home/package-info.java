/** The home page, saying what SVUK offers, and the accessibility statement. */
package uk.socialvalue.portal.home;
