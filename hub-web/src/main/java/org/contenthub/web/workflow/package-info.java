/**
 * The editorial workflow (the seeds' "redactioneel model"): colleagues submit stories, ideas,
 * photos, links and video links; an editor claims, polishes and publishes them; a supervisor
 * reviews what the policy says needs review. {@link org.contenthub.web.workflow.Workflow} holds the
 * state machine (who may do what in which state), {@link
 * org.contenthub.web.workflow.SubmissionService} the transactions, the audit trail and the text
 * versions; publishing turns a submission into a hub item through {@code ItemService}.
 */
package org.contenthub.web.workflow;
