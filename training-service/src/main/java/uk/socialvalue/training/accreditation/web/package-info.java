/** Tracks and people's accreditations over HTTP. */
package uk.socialvalue.training.accreditation.web;
