package beacon.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;

/**
 * A form as Spring makes it from the fields a page sends, by its constructor: {@code
 * SentForm.of(ValueForm.class, "period", "Mar 2018", "value", "83.5")}. A field not named is not
 * sent.
 */
public final class SentForm {

  private SentForm() {}

  /**
   * The fields of a form as filled, {@code name, value, ...}, with these typed over them: a field
   * named in both is sent as typed.
   */
  public static String[] typedOver(String[] filled, String... typed) {
    String[] fields = Arrays.copyOf(filled, filled.length + typed.length);
    System.arraycopy(typed, 0, fields, filled.length, typed.length);
    return fields;
  }

  /**
   * The form of this type made from the fields sent, {@code name, value, ...}; a field named twice
   * is sent with its last value.
   */
  public static <T> T of(Class<T> type, String... sent) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < sent.length; i += 2) {
      fields.put(sent[i], sent[i + 1]);
    }
    DataBinder binder = new DataBinder(null, "form");
    binder.setTargetType(ResolvableType.forClass(type));
    binder.construct(
        new DataBinder.ValueResolver() {
          @Override
          public Object resolveValue(String name, Class<?> paramType) {
            return fields.get(name);
          }

          @Override
          public Set<String> getNames() {
            return fields.keySet();
          }
        });
    if (binder.getBindingResult().hasErrors()) {
      throw new IllegalArgumentException(
          "The fields "
              + fields
              + " make no "
              + type.getSimpleName()
              + ": "
              + binder.getBindingResult().getAllErrors());
    }
    return type.cast(binder.getTarget());
  }
}
