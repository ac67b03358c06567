package org.contenthub.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of {@code content-hub.jar}: turns the hub's own settings for the server ({@code
 * hub.port}, {@code hub.cluster}) into Payara Micro options, then starts Payara Micro with the hub
 * deployed at {@code /}. Everything else is read by the hub itself through MicroProfile Config.
 * Options given on the command line are passed on to Payara Micro.
 */
public final class HubLauncher {

  private HubLauncher() {}

  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>();
    String port = setting("hub.port", "HUB_PORT", "8080");
    try {
      int number = Integer.parseInt(port.trim());
      if (number < 1 || number > 65535) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      System.err.println("HUB_PORT must be a port number between 1 and 65535, not '" + port + "'");
      System.exit(2);
    }
    options.addAll(List.of("--port", port.trim()));
    // The hub reads it too, for the default of hub.base-url.
    System.setProperty("hub.port", port.trim());
    // The hub never calls home: it runs inside intranets, and the data stays there.
    options.add("--disablephonehome");
    String cluster = setting("hub.cluster", "HUB_CLUSTER", "");
    if (cluster.isBlank()) {
      // A single hub: no Hazelcast discovery, so two hubs on one network never merge by accident.
      options.add("--nocluster");
    } else {
      options.addAll(List.of("--clustermode", cluster.trim()));
    }
    options.addAll(Arrays.asList(args));
    Class.forName("fish.payara.micro.PayaraMicro")
        .getMethod("main", String[].class)
        .invoke(null, (Object) options.toArray(new String[0]));
  }

  /** A system property wins over the environment variable, as in MicroProfile Config. */
  static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
