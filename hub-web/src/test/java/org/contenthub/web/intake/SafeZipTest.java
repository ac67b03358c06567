package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zips unpacked in memory within limits a zip bomb cannot pass. */
class SafeZipTest {

  static byte[] zip(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void unpacksFilesWithoutPathsAndWithoutDirectoriesOrMacForks() throws Exception {
    byte[] zip =
        zip(
            new java.util.LinkedHashMap<>(
                Map.of(
                    "Chat/_chat.txt",
                        "[12-03-2024, 14:05:33] A: hoi".getBytes(StandardCharsets.UTF_8),
                    "../../evil.jpg", new byte[] {1, 2, 3},
                    "__MACOSX/._chat.txt", new byte[] {9},
                    "Chat/", new byte[0])));
    assertThat(new SafeZip(10, 1_000_000, 100).read(zip))
        .extracting(SafeZip.Entry::name)
        .containsExactlyInAnyOrder("_chat.txt", "evil.jpg");
  }

  @Test
  void refusesTooManyEntries() throws Exception {
    Map<String, byte[]> many = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put("f" + i + ".txt", new byte[] {(byte) i});
    }
    assertThatThrownBy(() -> new SafeZip(10, 1_000_000, 100).read(zip(many)))
        .isInstanceOf(SafeZip.Refused.class)
        .hasMessageContaining("more than 10 files");
  }

  @Test
  void refusesWhatInflatesBeyondTheByteLimitOrTheRatio() throws Exception {
    byte[] bomb = zip(Map.of("zeros.txt", new byte[5_000_000])); // compresses to a few kB
    assertThat(bomb.length).isLessThan(10_000);
    assertThatThrownBy(() -> new SafeZip(10, 1_000_000, 10_000).read(bomb))
        .isInstanceOf(SafeZip.Refused.class)
        .hasMessageContaining("more than 1000000 bytes");
    assertThatThrownBy(() -> new SafeZip(10, 100_000_000, 100).read(bomb))
        .isInstanceOf(SafeZip.Refused.class)
        .hasMessageContaining("100 times");
    assertThat(new SafeZip(10, 100_000_000, 10_000).read(bomb).get(0).content()).hasSize(5_000_000);
  }

  @Test
  void refusesWhatIsNoZip() {
    assertThatThrownBy(() -> new SafeZip(10, 1_000, 100).read("geen zip".getBytes()))
        .isInstanceOf(SafeZip.Refused.class);
  }
}
