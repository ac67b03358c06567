package org.contenthub.web.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attachments in the database. */
@ApplicationScoped
public class AttachmentRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  public Attachment save(Attachment attachment) {
    em.persist(attachment);
    return attachment;
  }

  public Optional<Attachment> findById(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  public List<Attachment> ofItem(long itemId) {
    return em.createQuery(
            "select a from Attachment a where a.itemId = :item order by a.createdAt",
            Attachment.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public void delete(Attachment attachment) {
    em.remove(attachment);
  }

  /** The extracted text of all attachments of these items, joined per item. */
  public Map<Long, String> textsOf(Collection<Long> itemIds) {
    Map<Long, String> texts = new HashMap<>();
    if (itemIds.isEmpty()) {
      return texts;
    }
    List<Object[]> rows =
        em.createQuery(
                "select a.itemId, a.extractedText from Attachment a where a.itemId in :items and a.extractedText is not null",
                Object[].class)
            .setParameter("items", itemIds)
            .getResultList();
    for (Object[] row : rows) {
      texts.merge((Long) row[0], (String) row[1], (a, b) -> a + "\n\n" + b);
    }
    return texts;
  }
}
