package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.RagWords;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A paper prints a value not rated in whichever colour its council chose, as Word and Excel do. */
class PaperStyleTest {

  @Test
  void everyColourAValueNotRatedMayTakeHasItsStyleInAPaper() throws Exception {
    String style;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("templates/papers/style.html")) {
      style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (RagWords.Colour colour : RagWords.Colour.values()) {
      assertThat(style)
          .as(colour.word())
          .containsPattern(
              "\\.rag-"
                  + colour.name()
                  + " \\{ background: #"
                  + colour.fill().toLowerCase(Locale.UK)
                  + "; color: #"
                  + colour.text().toLowerCase(Locale.UK)
                  + "; \\}");
    }
  }
}
