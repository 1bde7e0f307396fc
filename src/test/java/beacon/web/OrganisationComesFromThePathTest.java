package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.account.Access;
import beacon.organisation.Organisation;
import beacon.security.Routes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * The organisation a request acts on is named in its path ({@code {org}}) and nowhere else: the
 * access check reads it there, and no handler can bind one from a parameter, a form field, a JSON
 * body or a header, so a request cannot name one council to the check and another to the handler. A
 * handler is given the organisation the check found, and never looks it up again by its code.
 */
class OrganisationComesFromThePathTest {

  /** Names under which an organisation could be bound from a request. */
  private static final Set<String> ORGANISATION_NAMES =
      Set.of("org", "organisation", "organization", "organisationcode", "orgcode");

  /**
   * Form fields that name an organisation as data rather than as the organisation the request acts
   * on, each with why that is safe.
   */
  private static final Set<String> DATA_NOT_THE_ACTING_ORGANISATION =
      Set.of(
          // the organisation an account is given; an administrator of one organisation can give
          // only their own (AccountScope.organisationIdOf), one of every organisation any
          "beacon.account.web.AccountForm.organisation");

  /** The accesses that act on one organisation's data, so that their routes must name it. */
  private static final Set<Access> OF_AN_ORGANISATION =
      EnumSet.of(
          Access.ORGANISATION_MEMBER,
          Access.INDICATOR_FIGURES,
          Access.APPROVER,
          Access.PERFORMANCE_OFFICER);

  private final List<Class<?>> controllers =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("beacon")
              .stream()
              .filter(c -> c.isMetaAnnotatedWith(Controller.class))
              .map(JavaClass::reflect)
              .<Class<?>>map(c -> c)
              .toList();

  @Test
  void theControllersAreFound() {
    assertThat(controllers).hasSizeGreaterThan(20);
  }

  @Test
  void noHandlerBindsAnOrganisationFromAParameterAFormABodyOrAHeader() {
    List<String> bound = new ArrayList<>();
    for (Class<?> controller : controllers) {
      for (Method handler : handlers(controller)) {
        for (Parameter parameter : handler.getParameters()) {
          String where = controller.getSimpleName() + "." + handler.getName();
          if (parameter.getType() == Organisation.class
              || parameter.isAnnotationPresent(PathVariable.class)) {
            continue;
          }
          String name = boundName(parameter);
          if (name != null && ORGANISATION_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            bound.add(where + " binds '" + name + "' from the request");
          }
          if (isForm(parameter)) {
            formFields(parameter.getType(), new HashSet<>(), bound, where);
          }
        }
      }
    }
    assertThat(bound).isEmpty();
  }

  @Test
  void noHandlerLooksTheOrganisationUpAgainFromTheCodeInItsPath() {
    List<String> reading = new ArrayList<>();
    for (Class<?> controller : controllers) {
      for (Method handler : handlers(controller)) {
        for (Parameter parameter : handler.getParameters()) {
          PathVariable variable = parameter.getAnnotation(PathVariable.class);
          if (variable == null) {
            continue;
          }
          String name = variable.name().isEmpty() ? variable.value() : variable.name();
          boolean all = name.isEmpty() && Map.class.isAssignableFrom(parameter.getType());
          if (all || "org".equals(name.isEmpty() ? parameter.getName() : name)) {
            reading.add(
                controller.getSimpleName()
                    + "."
                    + handler.getName()
                    + " reads {org} as a "
                    + parameter.getType().getSimpleName()
                    + " rather than being given the Organisation");
          }
        }
      }
    }
    assertThat(reading).isEmpty();
  }

  @Test
  void everyHandlerGivenTheOrganisationAnswersARouteThatNamesIt() {
    List<String> unnamed = new ArrayList<>();
    for (Class<?> controller : controllers) {
      for (Method handler : handlers(controller)) {
        boolean takesOrganisation =
            List.of(handler.getParameterTypes()).contains(Organisation.class);
        if (takesOrganisation) {
          for (String path : paths(controller, handler)) {
            if (!path.contains("{org}")) {
              unnamed.add(controller.getSimpleName() + "." + handler.getName() + " at " + path);
            }
          }
        }
      }
    }
    assertThat(unnamed).isEmpty();
  }

  @Test
  void everyRouteOfAnOrganisationsDataNamesItInItsPath() {
    assertThat(Routes.ALL)
        .filteredOn(route -> OF_AN_ORGANISATION.contains(route.access()))
        .allSatisfy(route -> assertThat(route.path()).contains("/{org}"));
    assertThat(Routes.ALL)
        .filteredOn(route -> route.access() == Access.ADMINISTRATOR)
        .filteredOn(route -> !route.path().contains("/{org}"))
        .as("administrators' routes naming no organisation: the accounts, scoped by AccountScope")
        .allSatisfy(route -> assertThat(route.path()).startsWith("/accounts"));
  }

  private static List<Method> handlers(Class<?> controller) {
    return List.of(controller.getDeclaredMethods()).stream()
        .filter(m -> AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class))
        .toList();
  }

  private static List<String> paths(Class<?> controller, Method handler) {
    RequestMapping onClass =
        AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
    RequestMapping onMethod =
        AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
    List<String> prefixes =
        onClass == null || onClass.path().length == 0 ? List.of("") : List.of(onClass.path());
    List<String> suffixes = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
    List<String> paths = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String suffix : suffixes) {
        paths.add(prefix + suffix);
      }
    }
    return paths;
  }

  /** The name a parameter is bound from, as Spring MVC binds it; null for none. */
  private static String boundName(Parameter parameter) {
    RequestParam param = parameter.getAnnotation(RequestParam.class);
    if (param != null) {
      return orJavaName(param.name().isEmpty() ? param.value() : param.name(), parameter);
    }
    RequestPart part = parameter.getAnnotation(RequestPart.class);
    if (part != null) {
      return orJavaName(part.name().isEmpty() ? part.value() : part.name(), parameter);
    }
    RequestHeader header = parameter.getAnnotation(RequestHeader.class);
    if (header != null) {
      return orJavaName(header.name().isEmpty() ? header.value() : header.name(), parameter);
    }
    CookieValue cookie = parameter.getAnnotation(CookieValue.class);
    if (cookie != null) {
      return orJavaName(cookie.name().isEmpty() ? cookie.value() : cookie.name(), parameter);
    }
    if (BeanUtils.isSimpleProperty(parameter.getType())) {
      // bound from the request parameter of its own name, as if it were a @RequestParam
      return parameter.getName();
    }
    return null;
  }

  private static String orJavaName(String name, Parameter parameter) {
    return name.isEmpty() ? parameter.getName() : name;
  }

  /** Whether Spring MVC fills the parameter's fields from the request: a form or a JSON body. */
  private static boolean isForm(Parameter parameter) {
    Class<?> type = parameter.getType();
    return parameter.isAnnotationPresent(ModelAttribute.class)
        || parameter.isAnnotationPresent(RequestBody.class)
        || (type.getName().startsWith("beacon.") && !BeanUtils.isSimpleProperty(type));
  }

  /** Adds each field of a form (and of the forms it holds) that names an organisation. */
  private static void formFields(Class<?> form, Set<Class<?>> seen, List<String> bound, String at) {
    if (!form.getName().startsWith("beacon.") || !seen.add(form)) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    if (form.isRecord()) {
      for (RecordComponent component : form.getRecordComponents()) {
        names.add(component.getName());
        types.add(component.getType());
      }
    } else {
      for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
        if (property.getWriteMethod() != null) {
          names.add(property.getName());
          types.add(property.getPropertyType());
        }
      }
      for (Constructor<?> constructor : form.getDeclaredConstructors()) {
        for (Parameter parameter : constructor.getParameters()) {
          names.add(parameter.getName());
          types.add(parameter.getType());
        }
      }
    }
    for (int i = 0; i < names.size(); i++) {
      String field = form.getName() + "." + names.get(i);
      if (ORGANISATION_NAMES.contains(names.get(i).toLowerCase(Locale.ROOT))
          && !DATA_NOT_THE_ACTING_ORGANISATION.contains(field)) {
        bound.add(at + " binds the form field " + field);
      }
      formFields(types.get(i), seen, bound, at);
    }
  }
}
