/**
 * What every page shares: the layout's model (who is signed in), error summaries for forms, UK dates, times
 * and money, error pages, and GOV.UK Frontend's stylesheet and script served brand-neutral.
 */
package uk.socialvalue.portal.pages;
