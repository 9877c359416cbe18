/** HTTP adapter: the signed-in person's data held by this service. */
package uk.socialvalue.notification.personaldata.web;
