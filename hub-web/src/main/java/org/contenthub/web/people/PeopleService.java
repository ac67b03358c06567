package org.contenthub.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.web.newsletter.NewsletterService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.Problem;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Viewer;
import org.contenthub.web.sharing.SharingService;

/**
 * A person's own data: the network sizes they give (the base of estimated reach, kept only with
 * consent), the export of everything the hub holds about them, and deleting their measurement data.
 */
@ApplicationScoped
public class PeopleService {

  /** Networks with contacts; "copy" has no audience of its own. */
  public static final List<String> NETWORKS =
      List.of("linkedin", "x", "facebook", "whatsapp", "email");

  public static final int MAX_CONTACTS = 10_000_000;

  @Inject PeopleRepository repository;
  @Inject AccountService accounts;
  @Inject SharingService sharing;
  @Inject NewsletterService newsletters;
  @Inject jakarta.enterprise.event.Event<MeasurementErased> erased;

  /** What "delete my measurement data" did. */
  public record Erased(
      int sharesAnonymised, int networkSizesDeleted, int newsletterClicksForgotten) {}

  @Transactional
  public Map<String, Integer> networkSizes(Viewer viewer) {
    return repository.networkSizes(viewer.accountId());
  }

  /**
   * Replaces the person's network sizes (a missing or null network: not given). Only with consent:
   * without it nothing about the person is kept.
   */
  @Transactional
  public Map<String, Integer> setNetworkSizes(Viewer viewer, Map<String, ? extends Number> input) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    input.forEach(
        (network, contacts) -> {
          if (!NETWORKS.contains(network)) {
            errors.add(
                new Problem.FieldError(network, "must be one of " + String.join(", ", NETWORKS)));
          } else if (contacts != null) {
            double value = contacts.doubleValue();
            if (value < 0 || value > MAX_CONTACTS || value != Math.rint(value)) {
              errors.add(
                  new Problem.FieldError(
                      network, "must be a whole number from 0 to " + MAX_CONTACTS));
            } else {
              sizes.put(network, (int) value);
            }
          }
        });
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    if (!accounts.measures(viewer.accountId())) {
      throw new ClientErrorException(
          "Turn measurement on first: network sizes are kept only for people who take part.",
          Response.Status.CONFLICT);
    }
    repository.replaceNetworkSizes(viewer.accountId(), sizes);
    return repository.networkSizes(viewer.accountId());
  }

  /** The contacts a consenting person gave for a network; 0 when unknown. */
  @Transactional
  public int contactsOf(long accountId, String network) {
    return repository.networkSizes(accountId).getOrDefault(network, 0);
  }

  /**
   * The ambassadors: colleagues who told the hub their network sizes on their own page (and so
   * consent to measurement).
   */
  @Transactional
  public java.util.Set<Long> ambassadors() {
    return repository.withNetworkSizes();
  }

  /** Everything the hub holds about the person, as one JSON document. */
  @Transactional
  public Map<String, Object> export(Viewer viewer) {
    long id = viewer.accountId();
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("exportedAt", Instant.now().toString());
    export.put("account", repository.account(id));
    export.put("networkSizes", repository.networkSizes(id));
    export.put("shares", sharing.exportOf(id));
    export.put("favourites", repository.favourites(id));
    export.put("authoredItems", repository.authoredItems(id));
    export.put("commentaries", repository.commentaries(id));
    export.put("newsletterClicks", newsletters.readerClicksOf(viewer));
    export.put("challenges", repository.challenges(id));
    export.put("challengeReports", repository.challengeReports(id));
    export.put(
        "notes",
        "Shares made while measurement was off are not linked to you and cannot be exported."
            + " Clicks are counted per share and day; no visitor data is kept beyond 30 minutes."
            + " Your clicks in newsletters are yours only while you consent; otherwise they are"
            + " counted per link without knowing who clicked.");
    return export;
  }

  /**
   * Deletes the person's measurement data: network sizes go, their shares are unlinked from them
   * (the shares, clicks and conversions stay in the anonymous totals), which newsletter links they
   * clicked is forgotten (the links' counts stay), and features that keep figures of their own
   * about the person drop them in this transaction ({@link MeasurementErased}: the social media
   * challenges they take part in, with their reports).
   */
  @Transactional
  public Erased eraseMeasurement(Viewer viewer) {
    int sizes = repository.deleteNetworkSizes(viewer.accountId());
    int shares = sharing.forget(viewer.accountId());
    erased.fire(new MeasurementErased(viewer.accountId()));
    return new Erased(shares, sizes, newsletters.forgetReader(viewer));
  }
}
