package org.contenthub.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.contenthub.mail.OutboxEntry;
import org.contenthub.mail.ReceivedMail;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators read the file outbox here (what the hub would have mailed when no SMTP relay is
 * configured) and send a test mail to check the mail settings.
 */
@Path("admin/mail")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class OutboxPage {

  @Inject MailCheck mail;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String outbox() {
    return render(null, null);
  }

  @GET
  @Path("{name}")
  @Operation(hidden = true)
  public String message(@PathParam("name") String name) {
    ReceivedMail message =
        mail.read(name)
            .orElseThrow(
                () -> new NotFoundException("There is no message " + name + " in the outbox."));
    return pages.render(
        "outboxMessage", "name", name, "mail", message, "html", mail.safeHtml(message));
  }

  @POST
  @Path("test")
  @Operation(hidden = true)
  public String sendTest(@FormParam("to") String to) {
    MailCheck.Outcome outcome = mail.sendTest(to);
    return render(outcome, to);
  }

  private String render(MailCheck.Outcome outcome, String to) {
    List<OutboxEntry> entries = mail.outboxEntries();
    return pages.render(
        "outbox",
        "usesSmtp",
        mail.usesSmtp(),
        "entries",
        entries,
        "outcome",
        outcome,
        "to",
        to == null ? mail.ownAddress() : to);
  }
}
