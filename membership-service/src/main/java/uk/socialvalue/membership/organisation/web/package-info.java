/** HTTP adapter for organisations and memberships. */
package uk.socialvalue.membership.organisation.web;
