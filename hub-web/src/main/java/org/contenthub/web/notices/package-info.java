/**
 * Notices in the hub, per account: "your submission was returned", "a submission waits for you".
 * Any feature adds one through {@link org.contenthub.web.notices.NoticeService#notify}; a notice
 * stores a kind and its facts, never a sentence, so each reader sees it in their own language
 * ({@code notice.<kind>} in the message bundles). The layout shows the unread count as a bell;
 * {@code /notices} lists them.
 */
package org.contenthub.web.notices;
