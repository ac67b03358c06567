package org.contenthub.web.newsletter;

import java.util.List;

/** What one newsletter says, resolved once and then personalised per recipient. */
public record MailContent(
    long newsletterId, String subject, String preheader, String language, List<MailBlock> blocks) {}
