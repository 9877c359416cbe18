/** MongoDB adapter for the membership projection. */
package uk.socialvalue.training.member.persistence;
