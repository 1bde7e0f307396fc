package beacon.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A paper as a standalone HTML document, which is also what its PDF is made from. */
@Component
public class PaperHtml {

  /** The layouts that have their document so far. */
  public static final Set<Layout> MADE = Set.of(Layout.EXCEPTIONS);

  /** A day as papers print it: "23 November 2026". */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ITemplateEngine templates;

  PaperHtml(ITemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * @param generated the day the paper is made, printed on it
   */
  public String render(Paper paper, LocalDate generated) {
    if (!MADE.contains(paper.layout())) {
      throw new IllegalArgumentException(
          "The " + paper.layout().urlName() + " paper has no document yet");
    }
    Context context = new Context(Locale.UK);
    context.setVariable("paper", paper);
    context.setVariable("generated", DAY.format(generated));
    return templates.process("papers/" + paper.layout().urlName(), context);
  }
}
