package org.contenthub.web.workflow;

import java.util.List;
import java.util.Locale;
import org.contenthub.web.items.Channel;

/**
 * Which submissions need a supervisor's review before they go out, from {@code
 * hub.workflow.review-required}: comma-separated rules {@code channel} (every kind on that
 * channel), {@code channel/kind}, {@code * /kind} or {@code *} (everything). The default asks
 * review for every external channel and none for internal stories.
 */
public final class ReviewPolicy {

  public static final String DEFAULT = "blog,linkedin,x,facebook,instagram,press_release,vacancy";

  private final List<String[]> rules;

  public ReviewPolicy(String configured) {
    this.rules =
        (configured == null ? "" : configured)
            .lines()
            .flatMap(line -> java.util.Arrays.stream(line.split(",")))
            .map(rule -> rule.strip().toLowerCase(Locale.ROOT))
            .filter(rule -> !rule.isEmpty())
            .map(
                rule -> {
                  int slash = rule.indexOf('/');
                  return slash < 0
                      ? new String[] {rule, "*"}
                      : new String[] {
                        rule.substring(0, slash).strip(), rule.substring(slash + 1).strip()
                      };
                })
            .toList();
  }

  public boolean requiresReview(Channel channel, SubmissionKind kind) {
    String c = channel.name().toLowerCase(Locale.ROOT);
    String k = kind.id();
    return rules.stream()
        .anyMatch(
            rule ->
                (rule[0].equals("*") || rule[0].equals(c))
                    && (rule[1].equals("*") || rule[1].equals(k)));
  }
}
