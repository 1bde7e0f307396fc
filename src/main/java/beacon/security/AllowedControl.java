package beacon.security;

import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;

/**
 * {@code beacon:allowed} on a link or a form: the element is left out of the page unless its reader
 * may use where it points, its {@code href} (a link) or its {@code method} and {@code action} (a
 * form), as {@code th:href} and {@code th:action} have written them.
 */
final class AllowedControl extends AbstractAttributeTagProcessor {

  AllowedControl(String prefix) {
    super(TemplateMode.HTML, prefix, null, false, "allowed", true, 1000, true);
  }

  @Override
  protected void doProcess(
      ITemplateContext context,
      IProcessableElementTag tag,
      AttributeName attributeName,
      String attributeValue,
      IElementTagStructureHandler structureHandler) {
    MayUse may = (MayUse) context.getExpressionObjects().getObject(PageControlsDialect.MAY);
    String href = tag.getAttributeValue("href");
    String action = tag.getAttributeValue("action");
    boolean allowed;
    if (href != null) {
      allowed = may.get(unescaped(href));
    } else if (action != null) {
      String method = tag.hasAttribute("method") ? tag.getAttributeValue("method") : "get";
      allowed = may.allows(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), unescaped(action));
    } else {
      throw new TemplateProcessingException(
          "beacon:allowed is for a link with an href or a form with an action");
    }
    if (!allowed) {
      structureHandler.removeElement();
    }
  }

  private String unescaped(String attribute) {
    return EscapedAttributeUtils.unescapeAttribute(getTemplateMode(), attribute);
  }
}
