/**
 * Sessions of courses and the bookings on them: pricing, capacity, the waiting list, cancellations,
 * reminders and attendance. A session and all its bookings are one aggregate, stored as one document, so
 * that every change to its seats is a single atomic write.
 */
package uk.socialvalue.training.booking;
