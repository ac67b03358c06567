package org.contenthub.web.platform;

/** Small helpers for JDBC URLs that end up in logs and health reports. */
public final class JdbcUrls {

  private JdbcUrls() {}

  /** The URL with any {@code password=} parameter masked, safe to print. */
  public static String withoutSecrets(String url) {
    if (url == null) {
      return "";
    }
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  public static boolean isPostgres(String url) {
    return url != null && url.startsWith("jdbc:postgresql:");
  }

  public static boolean isEmbeddedH2(String url) {
    return url != null && url.startsWith("jdbc:h2:");
  }
}
