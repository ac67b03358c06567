package org.contenthub.web.sharing;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the crawlers that fetch a link to draw its preview (LinkedIn, Slack, WhatsApp, X,
 * Facebook, Teams/Skype, Telegram, Discord…) and other self-declared bots, so that their fetches
 * are counted apart from people's clicks. A missing user agent is no browser either.
 */
public final class LinkPreviewBots {

  private static final List<String> MARKERS =
      List.of(
          "linkedinbot",
          "slackbot",
          "slack-imgproxy",
          "whatsapp",
          "twitterbot",
          "facebookexternalhit",
          "facebookcatalog",
          "meta-externalagent",
          "skypeuripreview",
          "microsoftpreview",
          "telegrambot",
          "discordbot",
          "pinterest",
          "embedly",
          "bot",
          "crawler",
          "spider",
          "preview",
          "curl/",
          "wget/",
          "python-requests",
          "headlesschrome");

  private LinkPreviewBots() {}

  public static boolean isBot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String agent = userAgent.toLowerCase(Locale.ROOT);
    return MARKERS.stream().anyMatch(agent::contains);
  }
}
