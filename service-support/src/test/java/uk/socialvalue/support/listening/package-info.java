/** A small service of service-support's own, to test the shared listener set-up through a real broker and store. */
package uk.socialvalue.support.listening;
