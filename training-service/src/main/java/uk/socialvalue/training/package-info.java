/** training-service: SVUK's course catalogue, sessions, bookings with member pricing, and attendance. */
package uk.socialvalue.training;
