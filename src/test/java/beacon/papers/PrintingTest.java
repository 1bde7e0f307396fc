package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.publishing.PaperExamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintingTest {

  private static final Printing BLOCKS =
      new Printing(
          List.of(),
          Map.of("ASSESS-45", "% assessments completed in 45 working days (local)"),
          Map.of(
              "Education and Children's Services Portfolio RED",
              "4. Education and Childrens Services Portfolio RED"));

  @Test
  void aLineIsPrintedUnderItsOwnTitleAndHeadingsWhereTheLayoutKeepsThem() {
    PaperLine line =
        PaperExamples.aLine("ASSESS-45")
            .build()
            .headed(
                "Education and Children's Services Portfolio",
                "Education and Children's Services Portfolio RED");

    PaperLine printed = BLOCKS.print(line);

    assertThat(printed.measure()).isEqualTo("% assessments completed in 45 working days (local)");
    assertThat(printed.section()).isEqualTo("4. Education and Childrens Services Portfolio RED");
    assertThat(printed.group()).isEqualTo("Education and Children's Services Portfolio");
    assertThat(printed.value()).isEqualTo(line.value());
  }

  @Test
  void theRenamingsAreKeptAsLinesAndReadBackTheSame() {
    String written = Printing.written(BLOCKS.headings());

    assertThat(written)
        .isEqualTo(
            "Education and Children's Services Portfolio RED = 4. Education and Childrens Services"
                + " Portfolio RED");
    assertThat(Printing.read(written)).isEqualTo(BLOCKS.headings());
    assertThat(Printing.read("")).isEmpty();
  }
}
