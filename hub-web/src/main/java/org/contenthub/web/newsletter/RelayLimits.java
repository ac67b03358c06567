package org.contenthub.web.newsletter;

/**
 * What the relay accepts from all instances together: messages per minute and per 24 hours (0: no
 * limit). Relays such as Exchange Online have both, about 30 a minute and 10,000 a day per mailbox.
 */
record RelayLimits(int perMinute, int perDay) {

  static final RelayLimits NONE = new RelayLimits(0, 0);

  /** Above this many messages a minute, the rate budget is not counted: no relay allows it. */
  static final int UNLIMITED_PER_MINUTE = 60_000;

  boolean limitsMinute() {
    return perMinute > 0 && perMinute <= UNLIMITED_PER_MINUTE;
  }

  boolean limitsDay() {
    return perDay > 0;
  }
}
