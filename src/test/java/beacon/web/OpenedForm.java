package beacon.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A form as a person opened it on a page: where it posts and its fields as the page filled them
 * (hidden fields included), to be sent later, after someone else may have saved. {@code
 * OpenedForm.on(session, "/organisations/T1/rounds/2024-25-Q1",
 * "/organisations/T1/rounds/2024-25-Q1") .send("dataDueDay", "19")}.
 */
public final class OpenedForm {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
  private static final Pattern ERROR =
      Pattern.compile(
          "class=\"[^\"]*govuk-error-summary__list[^\"]*\">(.*?)</ul>",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private final SignedInSession session;
  private final String action;
  private final Map<String, String> fields;

  private OpenedForm(SignedInSession session, String action, Map<String, String> fields) {
    this.session = session;
    this.action = action;
    this.fields = fields;
  }

  /** Opens the page and takes its form posting to {@code action} (without its query). */
  public static OpenedForm on(SignedInSession session, String page, String action) {
    HttpResponse<String> opened = session.get(page);
    if (opened.statusCode() != 200) {
      throw new IllegalStateException("The page " + page + " answered " + opened.statusCode());
    }
    return of(session, opened.body(), action);
  }

  /** The first form posting to {@code action} of a page already opened. */
  public static OpenedForm of(SignedInSession session, String html, String action) {
    return of(session, html, action, null, null);
  }

  /**
   * The form posting to {@code action} of a page already opened whose field {@code name} has the
   * value given, where several forms post to the same address.
   */
  public static OpenedForm of(
      SignedInSession session, String html, String action, String name, String value) {
    Filled form =
        filled(html, action, name, value)
            .orElseThrow(
                () -> new IllegalStateException("The page has no form posting to " + action));
    return new OpenedForm(session, form.posts(), form.fields());
  }

  /** A form of a page as the page filled it: where it posts and what a browser would send. */
  public record Filled(String posts, Map<String, String> fields) {}

  /**
   * The page's first form posting to the action (whatever its query), as the page filled it; with a
   * name, the first whose field of that name has the value given.
   */
  public static Optional<Filled> filled(String html, String action, String name, String value) {
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      String posts = unescape(attributes.getOrDefault("action", ""));
      if (attributes.getOrDefault("method", "get").equalsIgnoreCase("post")
          && posts.split("\\?")[0].equals(action)) {
        Map<String, String> fields = fieldsOf(form.group(2));
        if (name == null || value.equals(fields.get(name))) {
          return Optional.of(new Filled(posts, fields));
        }
      }
    }
    return Optional.empty();
  }

  /** The fields as the page filled them. */
  public Map<String, String> fields() {
    return Map.copyOf(fields);
  }

  /** The same form without one of its fields, as a hand-made request might send it. */
  public OpenedForm without(String name) {
    Map<String, String> kept = new LinkedHashMap<>(fields);
    kept.remove(name);
    return new OpenedForm(session, action, kept);
  }

  /** Sends the form with these fields typed over the page's, {@code name, value, ...}. */
  public HttpResponse<String> send(String... typed) {
    Map<String, String> sent = new LinkedHashMap<>(fields);
    for (int i = 0; i < typed.length; i += 2) {
      sent.put(typed[i], typed[i + 1]);
    }
    sent.remove("_csrf");
    return session.postForm(
        action,
        sent.entrySet().stream()
            .flatMap(f -> Stream.of(f.getKey(), f.getValue()))
            .toArray(String[]::new));
  }

  /** The texts of the error summary of a page, one a problem, as a person reads them. */
  public static List<String> errorsOf(String html) {
    List<String> errors = new ArrayList<>();
    Matcher list = ERROR.matcher(html);
    if (list.find()) {
      for (String item : list.group(1).split("</li>")) {
        String text = unescape(item.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
          errors.add(text);
        }
      }
    }
    return errors;
  }

  private static Map<String, String> fieldsOf(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> field = attributes(input.group(1));
      String type = field.getOrDefault("type", "text");
      boolean choice = type.equals("radio") || type.equals("checkbox");
      if (field.containsKey("name")
          && !type.equals("file")
          && (!choice || field.containsKey("checked"))) {
        fields.put(field.get("name"), unescape(field.getOrDefault("value", choice ? "on" : "")));
      }
    }
    Matcher area = TEXTAREA.matcher(form);
    while (area.find()) {
      String name = attributes(area.group(1)).get("name");
      if (name != null) {
        fields.put(name, unescape(area.group(2)));
      }
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String name = attributes(select.group(1)).get("name");
      List<Map<String, String>> options = new ArrayList<>();
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        options.add(attributes(option.group(1)));
      }
      options.stream()
          .filter(o -> o.containsKey("selected"))
          .findFirst()
          .or(() -> options.stream().findFirst())
          .ifPresent(chosen -> fields.put(name, unescape(chosen.getOrDefault("value", ""))));
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
    }
    return attributes;
  }

  /** The text of HTML with its character references read. */
  public static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
        .replace("&#x3D;", "=")
        .replace("&amp;", "&");
  }
}
