/** The settings every SVUK service shares, stated once. */
package uk.socialvalue.support.settings;
