package org.contenthub.web.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.contenthub.web.items.ItemChanged;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.security.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules for attachments: a size limit, types decided by the bytes, text extracted for search,
 * and the item's visibility for whoever downloads them.
 */
@ApplicationScoped
public class AttachmentService {

  @Inject AttachmentRepository attachments;
  @Inject ItemService items;
  @Inject Event<ItemChanged> changed;

  @Inject
  @ConfigProperty(name = "hub.attachments.max-bytes", defaultValue = "26214400")
  long maxBytes;

  private final FileInspector inspector = new FileInspector();

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * What these bytes are by their content (Apache Tika; no name consulted), for features that take
   * files from elsewhere, e.g. the media of a chat message.
   */
  public String typeOf(byte[] content) {
    return inspector.detect(content);
  }

  /**
   * A file that passed the rules (size, type by its bytes) and is not on an item yet, e.g. one that
   * came with a submission; {@link #add} puts it on an item later.
   */
  public record CheckedFile(String filename, String mediaType, byte[] content, String sha256) {}

  /**
   * The rules for a file, without storing it: 413 when too large, 400 when empty, 415 when of a
   * type the hub refuses (executables, archives and everything else not in the accepted list).
   */
  public CheckedFile check(String filename, byte[] content) {
    if (content.length > maxBytes) {
      throw tooLarge(content.length);
    }
    if (content.length == 0) {
      throw new ClientErrorException("The file is empty.", Response.Status.BAD_REQUEST);
    }
    String type = inspector.detect(content);
    if (!inspector.accepts(type)) {
      throw new ClientErrorException(
          "Files of type "
              + type
              + " are not accepted. Attach PDF, Office or OpenDocument files, images (PNG, JPEG, GIF, WebP) or text.",
          Response.Status.UNSUPPORTED_MEDIA_TYPE);
    }
    return new CheckedFile(safeName(filename, type), type, content, FileInspector.sha256(content));
  }

  /** Stores an upload on an item; 413 when too large, 415 when of a type the hub refuses. */
  @Transactional
  public Attachment add(long itemId, String filename, byte[] content, Viewer uploader) {
    items.get(itemId, uploader);
    CheckedFile checked = check(filename, content);
    StoredFile file =
        new StoredFile(
            checked.filename(),
            checked.mediaType(),
            content,
            checked.sha256(),
            inspector.text(content),
            inspector.thumbnail(content, checked.mediaType()));
    Attachment saved = attachments.save(new Attachment(itemId, file, uploader.accountId()));
    changed.fire(new ItemChanged(itemId));
    return saved;
  }

  /** The attachment, if its item exists and the viewer may see it; otherwise 404. */
  @Transactional
  public Attachment get(long id, Viewer viewer) {
    Attachment attachment =
        attachments
            .findById(id)
            .orElseThrow(() -> new NotFoundException("There is no attachment " + id + "."));
    items.get(attachment.getItemId(), viewer);
    // touch the lazy columns inside the transaction
    attachment.getContent();
    attachment.getThumbnail();
    return attachment;
  }

  @Transactional
  public List<Attachment> ofItem(long itemId, Viewer viewer) {
    items.get(itemId, viewer);
    return attachments.ofItem(itemId);
  }

  @Transactional
  public void delete(long id, Viewer editor) {
    Attachment attachment = get(id, editor);
    attachments.delete(attachment);
    changed.fire(new ItemChanged(attachment.getItemId()));
  }

  /** For the search index: the text in the attachments of these items. */
  @Transactional
  public Map<Long, String> textsOf(Collection<Long> itemIds) {
    return attachments.textsOf(itemIds);
  }

  ClientErrorException tooLarge(long size) {
    return new ClientErrorException(
        "The file is "
            + megabytes(size)
            + " MB; attachments may be at most "
            + megabytes(maxBytes)
            + " MB.",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  /** The name without any path, control characters or quotes, never empty. */
  static String safeName(String name, String type) {
    String base = name == null ? "" : name.replace('\\', '/');
    base =
        base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "bijlage" + base;
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
