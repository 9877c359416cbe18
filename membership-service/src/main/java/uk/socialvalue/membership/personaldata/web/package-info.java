/** HTTP adapter for the download of one's own personal data and for erasure. */
package uk.socialvalue.membership.personaldata.web;
