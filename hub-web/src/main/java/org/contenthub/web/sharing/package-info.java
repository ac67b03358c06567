/**
 * Employee advocacy: editors prepare an item for sharing (audience, suggested texts per network),
 * colleagues and invited ambassadors share it in their own words through the network's official
 * share URL with a personal tracked link ({@code /s/{code}}), and the hub counts the clicks on that
 * link — humans apart from link-preview bots, a visitor's repeats within 30 minutes once — without
 * storing addresses and without slowing the redirect ({@link
 * org.contenthub.web.sharing.ClickCounter} buffers and flushes once a second).
 */
package org.contenthub.web.sharing;
