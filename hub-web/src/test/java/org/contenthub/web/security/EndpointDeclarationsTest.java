package org.contenthub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the hub states who may call it. Enumerates all resource methods of the compiled
 * WAR classes, so an endpoint added later without a declaration fails here (and would be refused at
 * run time by {@link RoleCheckFilter}).
 */
class EndpointDeclarationsTest {

  @Test
  void everyResourceMethodDeclaresItsRoles() throws Exception {
    List<String> undeclared = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (Method method : resourceMethods()) {
      RoleCheckFilter.Access access = RoleCheckFilter.Access.of(method);
      String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      (access.declared() ? declared : undeclared).add(name);
    }
    assertThat(declared).as("resource methods found").hasSizeGreaterThan(10);
    assertThat(undeclared).isEmpty();
  }

  @Test
  void writesOnItemsAreForEditorsAndAdministratorsOnly() throws Exception {
    for (Method method : resourceMethods()) {
      if (method.getDeclaringClass().getSimpleName().equals("ItemResource")
          && !method.isAnnotationPresent(GET.class)) {
        assertThat(RoleCheckFilter.Access.of(method).roles())
            .as(method.getName())
            .containsExactlyInAnyOrder(Roles.EDITOR, Roles.ADMIN);
      }
    }
  }

  static List<Method> resourceMethods() throws IOException, ClassNotFoundException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    List<Method> methods = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file :
          files
              .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
              .toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.startsWith("org.contenthub.web.templates")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, EndpointDeclarationsTest.class.getClassLoader());
        if (!type.isAnnotationPresent(Path.class)) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)
              .anyMatch(method::isAnnotationPresent)) {
            methods.add(method);
          }
        }
      }
    }
    return methods;
  }
}
