/**
 * Internal newsletters and their delivery: mailing lists (computed from the accounts or custom),
 * newsletters composed of blocks, and one {@code delivery} row per recipient that the workers of
 * every instance claim, send through {@link org.contenthub.web.platform.Mailer} and mark, so that a
 * crash or a second instance never sends a newsletter twice to the same person.
 */
package org.contenthub.web.newsletter;
