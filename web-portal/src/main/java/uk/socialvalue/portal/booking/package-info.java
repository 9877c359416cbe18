/** Booking places on training sessions, and an organisation's bookings: seen, and cancelled with a confirmation step. */
package uk.socialvalue.portal.booking;
