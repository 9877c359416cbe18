/**
 * The audit log: every state-changing request a signed-in person made, who (person id and email), when, what
 * and for which organisation, recorded by one interceptor in every service and read at {@code GET /api/audit}.
 */
package uk.socialvalue.support.audit;
