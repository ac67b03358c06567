/**
 * What every feature shares: configuration, the database and its migrations, error answers
 * (problem+json for the API, readable pages for people), languages, page rendering, static assets,
 * health checks and the start-up sequence.
 */
package org.contenthub.web.platform;
