package org.contenthub.web.newsletter;

/** One member for a custom list: an address, optionally a name and a language (nl or en). */
public class MemberInput {
  public String email;
  public String name;
  public String language;

  public MemberInput() {}

  MemberInput(String email, String name, String language) {
    this.email = email;
    this.name = name;
    this.language = language;
  }
}
