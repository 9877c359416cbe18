/** Events about training sessions, bookings and attendance. */
package uk.socialvalue.contracts.training;
