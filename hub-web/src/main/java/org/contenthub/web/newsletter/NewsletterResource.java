package org.contenthub.web.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/newsletters}: composing, sending and following newsletters. */
@Path("api/v1/newsletters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
@RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
public class NewsletterResource {

  @Inject NewsletterService service;
  @Inject CurrentViewer viewer;
  @Inject WeeklyDigest digest;

  @GET
  @Operation(summary = "Newsletters, newest first, paged")
  public Paged<NewsletterService.NewsletterView> list(@Valid @BeanParam PageQuery page) {
    return service.newsletters(page.page, page.size);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft: {subject, preheader?, language?, listIds, blocks}")
  public Response create(@Valid NewsletterInput input) {
    requireBody(input);
    NewsletterService.NewsletterView created = service.create(input, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/newsletters/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("digest")
  @Operation(
      summary =
          "Compose this week's 'new on the hub' digest now from the week's most liked items;"
              + " 409 when it exists already or there is nothing new")
  public Response digest() {
    return digest
        .compose(java.time.Instant.now())
        .map(
            id ->
                Response.created(UriBuilder.fromPath("/api/v1/newsletters/{id}").build(id))
                    .entity(service.get(id))
                    .build())
        .orElseThrow(
            () ->
                new jakarta.ws.rs.ClientErrorException(
                    "There is no digest to make: this week's exists already, nothing was"
                        + " published in the last seven days, or there is no list for everyone.",
                    Response.Status.CONFLICT));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One newsletter")
  public NewsletterService.NewsletterView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a draft or scheduled newsletter; send the version you read")
  public NewsletterService.NewsletterView update(
      @PathParam("id") long id, @Valid NewsletterInput input) {
    requireBody(input);
    return service.update(id, input, viewer.get());
  }

  @POST
  @Path("{id}/send")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send now, or at {at} (ISO-8601 with offset)")
  public NewsletterService.NewsletterView send(@PathParam("id") long id, SendInput input) {
    return service.send(id, input == null || input.at == null ? null : input.at.toInstant());
  }

  @POST
  @Path("{id}/pause")
  @Operation(summary = "Pause a newsletter being sent")
  public NewsletterService.NewsletterView pause(@PathParam("id") long id) {
    return service.pause(id);
  }

  @POST
  @Path("{id}/resume")
  @Operation(summary = "Resume a paused newsletter")
  public NewsletterService.NewsletterView resume(@PathParam("id") long id) {
    return service.resume(id);
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Cancel what has not been sent yet")
  public NewsletterService.NewsletterView cancel(@PathParam("id") long id) {
    return service.cancel(id);
  }

  @POST
  @Path("{id}/test")
  @Operation(summary = "Send the newsletter to yourself now, outside the queue")
  public DeliveryResult test(@PathParam("id") long id) {
    return service.sendTest(id, viewer.get());
  }

  @GET
  @Path("{id}/progress")
  @Operation(
      summary = "Queued, sent, failed and skipped recipients, the rate per minute and the ETA")
  public NewsletterService.Progress progress(@PathParam("id") long id) {
    return service.progress(id);
  }

  @GET
  @Path("{id}/clicks")
  @Operation(summary = "Each link of the newsletter with its clicks (anonymous; bots apart)")
  public java.util.List<NewsletterService.LinkClicks> clicks(@PathParam("id") long id) {
    return service.clicks(id);
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "The deliveries, paged, optionally of one status (e.g. ?status=failed)")
  public Paged<NewsletterService.DeliveryView> deliveries(
      @PathParam("id") long id, @Valid @BeanParam PageQuery page) {
    return service.deliveries(id, page.status, page.page, page.size);
  }

  private static void requireBody(NewsletterInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
  }
}
