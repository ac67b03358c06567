/**
 * The social media challenge: communication staff set up a time-boxed campaign (a number of whole
 * weeks, the networks that count); colleagues enrol by an explicit opt-in, report their number of
 * contacts per network once a week, and a leaderboard, shown to the participants only, ranks them
 * by growth. Points and badges ({@link org.contenthub.web.challenge.ChallengeRules}) reward
 * reporting and sharing. Once the last week is over the communicators announce the winner: a notice
 * to every participant and the results as an item on the hub. Each challenge has its own mailing
 * list (participants), and {@link org.contenthub.web.challenge.ChallengeMails} sends them the
 * weekly challenge mail through the newsletter pipeline.
 */
package org.contenthub.web.challenge;
