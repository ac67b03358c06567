package org.contenthub.search;

import java.util.List;

/**
 * A person found by expertise.
 *
 * @param personId the user id
 * @param score combined profile and items score, 0..1
 * @param matchingItems how many of their visible items match the query
 */
public record Expert(
    String personId,
    String name,
    String headline,
    String url,
    List<String> expertise,
    double score,
    int matchingItems) {}
