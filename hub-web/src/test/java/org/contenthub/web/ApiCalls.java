package org.contenthub.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls to the hub's API as the demo accounts, shared by the in-container tests. */
final class ApiCalls {

  static final String DEMO_PASSWORD = "welkom-demo";

  /** HUB_ADMIN_PASSWORD in the failsafe configuration of hub-web's pom. */
  static final String ADMIN_PASSWORD = "it-admin-secret";

  private ApiCalls() {}

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** The password of a demo account, or of the administrator. */
  static String passwordOf(String user) {
    return "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Makes an employee through the accounts API as the administrator (201 asserted); {@code
   * department} and {@code email} may be null.
   */
  static void createEmployee(
      HttpClient http, URL base, String username, String password, String department, String email)
      throws Exception {
    var account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "Collega " + username)
            .add("password", password)
            .add("roles", Json.createArrayBuilder().add("EMPLOYEE"));
    if (department != null) {
      account.add("department", department);
    }
    if (email != null) {
      account.add("email", email);
    }
    HttpResponse<String> created =
        send(
            http,
            base,
            "POST",
            "api/v1/accounts",
            "admin",
            ADMIN_PASSWORD,
            account.build().toString());
    if (created.statusCode() != 201) {
      throw new AssertionError("account " + username + " not made: " + created.body());
    }
  }

  /** A call with a JSON body (or none), as {@code user} with {@code password}, or anonymous. */
  static HttpResponse<String> send(
      HttpClient http,
      URL base,
      String method,
      String path,
      String user,
      String password,
      String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
