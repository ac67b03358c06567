package org.contenthub.web.challenge;

/**
 * Enrolling in a challenge: {@code consent} must be {@code true}, the participant's agreement that
 * their growth is shown to the other participants (and in the results if they end at the top).
 */
public class EnrolmentInput {
  public Boolean consent;
}
