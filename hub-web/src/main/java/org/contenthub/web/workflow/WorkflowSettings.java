package org.contenthub.web.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.contenthub.web.platform.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workflow's settings: which channel and kind need a supervisor's review ({@code
 * hub.workflow.review-required}) and the organisation's social media policy as the checklist a
 * supervisor sees while reviewing ({@code hub.workflow.policy.nl} / {@code .en}, points separated
 * by {@code |}; without them, sensible defaults from the message bundles).
 */
@ApplicationScoped
public class WorkflowSettings {

  @Inject
  @ConfigProperty(name = "hub.workflow.review-required", defaultValue = ReviewPolicy.DEFAULT)
  String reviewRequired;

  @Inject
  @ConfigProperty(name = "hub.workflow.policy.nl")
  Optional<String> policyNl;

  @Inject
  @ConfigProperty(name = "hub.workflow.policy.en")
  Optional<String> policyEn;

  private ReviewPolicy policy;

  public ReviewPolicy reviewPolicy() {
    if (policy == null) {
      policy = new ReviewPolicy(reviewRequired);
    }
    return policy;
  }

  /** The policy's points in the reader's language. */
  public List<String> checklist(Messages messages) {
    Optional<String> configured = "en".equals(messages.language()) ? policyEn : policyNl;
    String points =
        configured.filter(p -> !p.isBlank()).orElseGet(() -> messages.t("workflow.policy.default"));
    return Arrays.stream(points.split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
