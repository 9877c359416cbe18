/** HTTP adapter for looking up the council register. */
package uk.socialvalue.membership.register.web;
