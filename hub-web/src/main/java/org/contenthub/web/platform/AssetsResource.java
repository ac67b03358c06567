package org.contenthub.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Style sheets, scripts, fonts and images of the pages: the hub's own from {@code static/}, the
 * browser libraries from their WebJars. Only plain file names are served, so no path can climb out
 * of those folders.
 */
@Path("{folder: assets|webjars}/{path: .+}")
@PermitAll
public class AssetsResource {

  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "html", "text/html; charset=UTF-8",
          "map", "application/json");

  @GET
  @Operation(hidden = true)
  public Response get(@PathParam("folder") String folder, @PathParam("path") String path) {
    return serve(
        "assets".equals(folder) ? "static/" + path : "META-INF/resources/webjars/" + path, path);
  }

  private Response serve(String resource, String path) {
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      throw new NotFoundException();
    }
    String extension = path.substring(path.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] bytes;
    try (InputStream in = AssetsResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException();
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(bytes, type).cacheControl(cache).build();
  }
}
