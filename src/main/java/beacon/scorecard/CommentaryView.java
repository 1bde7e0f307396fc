package beacon.scorecard;

import beacon.commentary.CommentaryState;
import java.util.List;

/** The commentary for an indicator and reporting period. */
public record CommentaryView(
    List<String> paragraphs,
    List<String> improvementActions,
    String author,
    CommentaryState state) {}
