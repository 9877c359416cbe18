/** MongoDB adapter for people and their credentials. */
package uk.socialvalue.membership.account.persistence;
