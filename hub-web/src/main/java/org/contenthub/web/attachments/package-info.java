/**
 * Attachments on items (brochures, PDFs, slides, photos): stored in the database so every instance
 * serves them, typed by their bytes with Apache Tika, their text extracted into the search index,
 * downloaded with headers that keep them from running in the hub's pages.
 */
package org.contenthub.web.attachments;
