package org.contenthub.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a failure into the answer its caller can use: problem+json for the API, a readable page (or
 * the login page) for people in a browser.
 */
@ApplicationScoped
public class ErrorResponses {

  @Inject PageRenderer pages;
  @Inject PageContext pageContext;

  public Response of(
      UriInfo uri, int status, String detail, List<Problem.FieldError> errors, String challenge) {
    String path = "/" + uri.getPath();
    if (isApi(uri)) {
      Problem problem = new Problem("about:blank", title(status), status, detail, path, errors);
      Response.ResponseBuilder response =
          Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
      if (challenge != null) {
        response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
      }
      return response.build();
    }
    if (status == 401) {
      String next = URLEncoder.encode(pathAndQuery(uri), StandardCharsets.UTF_8);
      return Response.seeOther(URI.create("/login?next=" + next)).build();
    }
    Page page = pageContext.page();
    String html =
        pages.render(
            page,
            "error",
            "status",
            status,
            "heading",
            page.t(errorTitleKey(status)),
            "detail",
            status >= 500 ? page.t("error.500.detail") : detail,
            "errors",
            errors == null ? List.of() : errors);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }

  private static final java.util.Set<Integer> TITLED =
      java.util.Set.of(400, 401, 403, 404, 405, 409, 413, 415);

  private static String errorTitleKey(int status) {
    if (status >= 500) {
      return "error.500.title";
    }
    return TITLED.contains(status) ? "error." + status + ".title" : "error.other.title";
  }

  public static boolean isApi(UriInfo uri) {
    return uri.getPath().startsWith("api/");
  }

  private static String pathAndQuery(UriInfo uri) {
    String query = uri.getRequestUri().getRawQuery();
    return "/" + uri.getPath() + (query == null ? "" : "?" + query);
  }

  static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "Error";
  }
}
