/**
 * A person's training record: every course they attended with its CPD hours, the hours per rolling twelve months,
 * and the accreditation levels they hold with when each expires. For SVUK staff, anyone's; for a council's
 * contacts, what their own organisation booked (training-service decides which).
 */
package uk.socialvalue.portal.cpd;
