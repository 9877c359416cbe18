/**
 * training-service's own view of organisations' memberships, projected from membership events, so that
 * pricing never calls membership-service.
 */
package uk.socialvalue.training.member;
