package org.contenthub.web.intake;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat exported with WhatsApp's "Export chat", read from its {@code .txt}: Android writes {@code
 * 12-03-2024 14:05 - Name: text}, iOS {@code [12-03-2024, 14:05:33] Name: text}; both in the
 * phone's date order (day first in the Netherlands, month first in the US) and 12 or 24 hour clock.
 * Lines without a name are system lines ("Messages are end-to-end encrypted"). A line that is no
 * new message continues the previous one (messages span lines). Media appear as {@code <attached:
 * 00000012-PHOTO-2024-03-12-14-05-33.jpg>} (iOS) or {@code IMG-20240312-WA0003.jpg (file attached)}
 * (Android), in English or Dutch.
 *
 * <p>Lenient by design: it never throws on odd input, it only finds fewer messages.
 */
public final class ChatExport {

  /** One message; {@code sender} is null for a system line, {@code at} null before the first. */
  public record Message(LocalDateTime at, String sender, String text, List<String> media) {

    public boolean system() {
      return sender == null;
    }
  }

  /** Marks WhatsApp puts around names and file names (direction marks, narrow spaces). */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\ufeff]");

  private static final String DATE = "(\\d{1,4})[-./](\\d{1,2})[-./](\\d{1,4}),?\\s+";
  private static final String TIME =
      "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\s*([AaPp])\\.?\\s*[Mm]\\.?)?";

  /** Android: {@code 12-03-2024 14:05 - rest}. */
  private static final Pattern ANDROID = Pattern.compile("^" + DATE + TIME + "\\s+-\\s+(.*)$");

  /** iOS: {@code [12-03-2024, 14:05:33] rest}. */
  private static final Pattern IOS = Pattern.compile("^\\[" + DATE + TIME + "\\]\\s+(.*)$");

  private static final Pattern ATTACHED_IOS =
      Pattern.compile(
          "<(?:attached|bijgevoegd|angeh\\u00e4ngt|pi\\u00e8ce jointe)\\s*:\\s*([^>]+)>",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ATTACHED_ANDROID =
      Pattern.compile(
          "^(.+?\\.[A-Za-z0-9]{2,5})\\s+\\((?:file attached|bestand bijgevoegd|Datei angeh\\u00e4ngt)\\)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NAME_OF_FILE = Pattern.compile("(?i)(whatsapp.*\\.txt|_chat\\.txt)");

  private ChatExport() {}

  /** Whether a file name is what WhatsApp calls an exported chat's text. */
  public static boolean isChatFileName(String filename) {
    if (filename == null) {
      return false;
    }
    String name = filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return NAME_OF_FILE.matcher(name).matches();
  }

  /** The messages of an exported chat, in order; empty when none is recognised. */
  public static List<Message> parse(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> lines = text.lines().map(l -> INVISIBLE.matcher(l).replaceAll("")).toList();
    boolean monthFirst = monthFirst(lines);
    List<Message> messages = new ArrayList<>();
    LocalDateTime at = null;
    String sender = null;
    StringBuilder body = null;
    for (String raw : lines) {
      String line = raw.replace('\u202f', ' ').replace('\u00a0', ' ');
      Matcher header = header(line);
      if (header == null) {
        if (body == null) {
          if (line.isBlank()) {
            continue;
          }
          body = new StringBuilder(); // text before the first message: kept as a system line
        } else {
          body.append('\n');
        }
        body.append(line);
        continue;
      }
      if (body != null) {
        messages.add(message(at, sender, body.toString()));
      }
      at = time(header, monthFirst);
      String rest = header.group(8);
      int colon = rest.indexOf(": ");
      // A name is short and has no line of its own; "Name: text" otherwise a system line.
      if (colon > 0 && colon <= 80) {
        sender = rest.substring(0, colon).strip();
        body = new StringBuilder(rest.substring(colon + 2));
      } else if (rest.endsWith(":") && rest.length() <= 81) {
        sender = rest.substring(0, rest.length() - 1).strip();
        body = new StringBuilder();
      } else {
        sender = null;
        body = new StringBuilder(rest);
      }
    }
    if (body != null) {
      messages.add(message(at, sender, body.toString()));
    }
    return messages;
  }

  /** The files a chat refers to, in order of appearance, each once. */
  public static List<String> mediaOf(List<Message> messages) {
    List<String> files = new ArrayList<>();
    for (Message m : messages) {
      for (String f : m.media()) {
        if (!files.contains(f)) {
          files.add(f);
        }
      }
    }
    return files;
  }

  private static Matcher header(String line) {
    Matcher ios = IOS.matcher(line);
    if (ios.matches()) {
      return ios;
    }
    Matcher android = ANDROID.matcher(line);
    return android.matches() ? android : null;
  }

  /**
   * The date order of the whole file: a first number above 12 can only be a day, a second above 12
   * only a day too (so the first is the month). When the file says neither, day first (the hub's
   * users are Dutch) unless the clock has AM/PM, as US phones write it.
   */
  private static boolean monthFirst(List<String> lines) {
    boolean dayFirstSeen = false;
    boolean monthFirstSeen = false;
    boolean twelveHour = false;
    for (String line : lines) {
      Matcher m = header(line.replace('\u202f', ' ').replace('\u00a0', ' '));
      if (m == null) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (m.group(1).length() == 4) {
        continue; // year first (2024-03-12): unambiguous, handled in time()
      }
      if (a > 12) {
        dayFirstSeen = true;
      }
      if (b > 12) {
        monthFirstSeen = true;
      }
      if (m.group(7) != null) {
        twelveHour = true;
      }
    }
    if (dayFirstSeen != monthFirstSeen) {
      return monthFirstSeen;
    }
    return twelveHour;
  }

  private static LocalDateTime time(Matcher m, boolean monthFirst) {
    try {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      int third = Integer.parseInt(m.group(3));
      int year;
      int month;
      int day;
      if (m.group(1).length() == 4) {
        year = first;
        month = second;
        day = third;
      } else {
        year = third < 100 ? 2000 + third : third;
        month = monthFirst ? first : second;
        day = monthFirst ? second : first;
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int secs = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      String half = m.group(7);
      if (half != null) {
        boolean pm = half.toLowerCase(Locale.ROOT).equals("p");
        hour = hour % 12 + (pm ? 12 : 0);
      }
      return LocalDateTime.of(year, month, day, hour, minute, secs);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // a date that does not exist: keep the message, without its time
    }
  }

  private static Message message(LocalDateTime at, String sender, String text) {
    List<String> media = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher ios = ATTACHED_IOS.matcher(line);
      boolean found = false;
      while (ios.find()) {
        media.add(fileName(ios.group(1)));
        found = true;
      }
      if (found) {
        line = ATTACHED_IOS.matcher(line).replaceAll("").strip();
      } else {
        Matcher android = ATTACHED_ANDROID.matcher(line.strip());
        if (android.matches()) {
          media.add(fileName(android.group(1)));
          line = "";
        }
      }
      if (!line.isEmpty() || rest.length() > 0) {
        if (rest.length() > 0) {
          rest.append('\n');
        }
        rest.append(line);
      }
    }
    return new Message(at, sender, rest.toString().strip(), List.copyOf(media));
  }

  /** The last path segment only: a name from a chat must not lead anywhere. */
  private static String fileName(String name) {
    String n = name.strip().replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }
}
