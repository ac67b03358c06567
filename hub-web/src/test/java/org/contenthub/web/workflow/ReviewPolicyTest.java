package org.contenthub.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.contenthub.web.items.Channel;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

  @Test
  void theDefaultReviewsWhatGoesOutsideButNotInternalStories() {
    ReviewPolicy policy = new ReviewPolicy(ReviewPolicy.DEFAULT);
    assertThat(policy.requiresReview(Channel.LINKEDIN, SubmissionKind.STORY)).isTrue();
    assertThat(policy.requiresReview(Channel.PRESS_RELEASE, SubmissionKind.LINK)).isTrue();
    assertThat(policy.requiresReview(Channel.INTERNAL, SubmissionKind.STORY)).isFalse();
    assertThat(policy.requiresReview(Channel.INTERNAL, SubmissionKind.PHOTO)).isFalse();
  }

  @Test
  void rulesByChannelKindAndWildcard() {
    ReviewPolicy policy = new ReviewPolicy(" X , internal/photo,*/video ");
    assertThat(policy.requiresReview(Channel.X, SubmissionKind.IDEA)).isTrue();
    assertThat(policy.requiresReview(Channel.INTERNAL, SubmissionKind.PHOTO)).isTrue();
    assertThat(policy.requiresReview(Channel.INTERNAL, SubmissionKind.STORY)).isFalse();
    assertThat(policy.requiresReview(Channel.BLOG, SubmissionKind.VIDEO)).isTrue();
    assertThat(policy.requiresReview(Channel.BLOG, SubmissionKind.STORY)).isFalse();
    assertThat(new ReviewPolicy("*").requiresReview(Channel.INTERNAL, SubmissionKind.IDEA))
        .isTrue();
    assertThat(new ReviewPolicy("").requiresReview(Channel.LINKEDIN, SubmissionKind.IDEA))
        .isFalse();
  }
}
