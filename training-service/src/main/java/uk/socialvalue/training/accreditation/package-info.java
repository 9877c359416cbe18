/** Accreditation tracks (courses in order, one per level), the levels people complete, and their renewal. */
package uk.socialvalue.training.accreditation;
