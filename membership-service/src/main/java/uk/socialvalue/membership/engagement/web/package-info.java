/** HTTP adapter for the engagement reports. */
package uk.socialvalue.membership.engagement.web;
