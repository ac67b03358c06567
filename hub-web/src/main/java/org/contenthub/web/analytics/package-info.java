/**
 * Measurement of employee advocacy, done honestly: shares, human clicks (bots apart), estimated
 * reach from each sharer's network size, conversions the company website reports for a tracked
 * link, and an "earned media value" whose formula and rates are shown beside every figure. Per
 * item, person, department, network and over time, as JSON, CSV and the {@code /analytics}
 * dashboard. The privacy rules live in one place ({@link org.contenthub.web.analytics.Aggregation}
 * and {@link org.contenthub.web.analytics.AnalyticsService}): a person's figures only with their
 * consent and only for themselves and granted roles, departments only from {@code
 * hub.analytics.min-group-size} consenting people.
 */
package org.contenthub.web.analytics;
