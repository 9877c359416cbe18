/**
 * Personal data: what membership-service holds about a person (for them to download), and erasing a person who
 * holds no live role, feature by feature, ending with {@code membership.PersonErased} for the other services.
 */
package uk.socialvalue.membership.personaldata;
