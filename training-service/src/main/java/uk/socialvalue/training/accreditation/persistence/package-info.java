/** Tracks and completed levels in MongoDB. */
package uk.socialvalue.training.accreditation.persistence;
