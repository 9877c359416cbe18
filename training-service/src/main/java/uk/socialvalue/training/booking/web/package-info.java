/** HTTP API for scheduling sessions, listing them, booking places and recording attendance. */
package uk.socialvalue.training.booking.web;
