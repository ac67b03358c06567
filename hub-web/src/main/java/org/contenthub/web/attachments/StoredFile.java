package org.contenthub.web.attachments;

/** An accepted upload, ready to store: its sniffed type, its text, and a thumbnail for images. */
record StoredFile(
    String filename,
    String mediaType,
    byte[] content,
    String sha256,
    String text,
    byte[] thumbnail) {}
