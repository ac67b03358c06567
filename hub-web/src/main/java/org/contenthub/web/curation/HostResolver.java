package org.contenthub.web.curation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher resolves names itself so that it can check every
 * address before connecting; tests give it a resolver that maps test names to 127.0.0.1.
 */
@FunctionalInterface
public interface HostResolver {

  /** All addresses of the host, never empty. */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The operating system's resolver. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
