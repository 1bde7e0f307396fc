package beacon.imports.web;

import beacon.account.Account;
import beacon.imports.ImportReport;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.web.ShownForms;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import page: an officer chooses a file, Beacon checks it by a dry run and shows what it would
 * add and change, or every problem; on confirmation the very file checked, kept meanwhile, is
 * imported.
 */
@Controller
@RequestMapping("/organisations/{org}/imports")
class ImportPageController {

  private final Indicators indicators;
  private final ImportKinds kinds;
  private final UploadedFiles uploads;
  private final KeptUploads imports;
  private final MessageSource messages;
  private final DataSize sizeLimit;

  ImportPageController(
      Indicators indicators,
      ImportKinds kinds,
      UploadedFiles uploads,
      KeptUploads imports,
      MessageSource messages,
      @Value("${beacon.imports.size-limit:50MB}") DataSize sizeLimit) {
    this.indicators = indicators;
    this.kinds = kinds;
    this.uploads = uploads;
    this.imports = imports;
    this.messages = messages;
    this.sizeLimit = sizeLimit;
  }

  /**
   * Text sent where the form has its file is no file, so that the form is made and says to choose
   * one, rather than failing to be made at all.
   */
  @InitBinder("importForm")
  void readTextSentAsTheFileAsNoFile(WebDataBinder binder) {
    binder.registerCustomEditor(
        MultipartFile.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            setValue(null);
          }
        });
  }

  @GetMapping
  String initForm(Organisation organisation, Account signedIn, Model model) {
    return showForm(
        model, organisation, signedIn, ImportForm.of(firstKind(organisation, signedIn)), false);
  }

  /**
   * Checks the file by a dry run, keeping it for the import when it can be imported. The file is
   * asked for before the form so that the upload is read as a whole first: an upload the servlet
   * container refused as it arrived (over the limit, a NUL in its name) is then answered by {@link
   * #uploadRefused}.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String check(
      Organisation organisation,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @ModelAttribute("importForm") ImportForm sent,
      BindingResult errors,
      Model model,
      Account signedIn) {
    ImportForm form = sent.withFile(file);
    form.validate(errors, kinds.names(), sizeLimit.toBytes(), sizeLimitText());
    refuseKindNotAllowed(organisation, signedIn, form.kind(), errors);
    if (errors.hasErrors()) {
      return showForm(model, organisation, signedIn, form, true);
    }
    UploadedFiles.Upload upload;
    try (InputStream content = form.file().getInputStream()) {
      upload = uploads.keep(form.details(organisation.code(), signedIn), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportReport report;
    try {
      report = imports.run(upload, true);
    } catch (RuntimeException e) {
      uploads.forget(upload.token());
      throw e;
    }
    boolean importable = report.accepted() && report.added() + report.changed() > 0;
    if (!importable) {
      uploads.forget(upload.token());
    }
    model.addAttribute("token", importable ? upload.token() : null);
    model.addAttribute("details", upload.details());
    return showReport(model, organisation, report);
  }

  /** Imports the file checked, for real; what the import itself finds is what is shown. */
  @PostMapping("/confirm")
  String confirm(
      Organisation organisation,
      @RequestParam(name = "token", required = false) String token,
      Model model,
      Account signedIn) {
    Optional<UploadedFiles.Upload> upload =
        uploads.find(token).filter(u -> u.details().organisation().equals(organisation.code()));
    ImportForm form = ImportForm.of(firstKind(organisation, signedIn));
    BindingResult errors = new BeanPropertyBindingResult(form, "importForm");
    if (upload.isPresent()) {
      refuseKindNotAllowed(organisation, signedIn, upload.get().details().kind(), errors);
    } else {
      errors.reject("imports.error.gone", "Choose the file again: it is no longer kept");
    }
    if (errors.hasErrors()) {
      upload.ifPresent(kept -> uploads.forget(kept.token()));
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", errors);
      return showForm(model, organisation, signedIn, form, true);
    }
    ImportReport report;
    try {
      report = imports.run(upload.get(), false);
    } finally {
      uploads.forget(upload.get().token());
    }
    if (!report.accepted()) {
      model.addAttribute("token", null);
      return showReport(model, organisation, report);
    }
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "imports");
    model.addAttribute("report", report);
    return "imports/imported";
  }

  /**
   * An upload refused as it arrived, before it is read (over the limit, a NUL in its name): the
   * form again, saying so. With multipart resolved lazily this is raised as the form is bound, so
   * the handler, the organisation of its path and the signed-in account are known here.
   */
  @ExceptionHandler(MultipartException.class)
  ModelAndView uploadRefused(MultipartException e, Organisation organisation, Account signedIn) {
    ImportForm form = ImportForm.of(firstKind(organisation, signedIn));
    BindingResult errors = new BeanPropertyBindingResult(form, "importForm");
    UploadRefusal refusal = UploadRefusal.of(e);
    switch (refusal) {
      case TOO_LARGE ->
          errors.rejectValue(
              "file",
              "imports.error.size",
              new Object[] {sizeLimitText()},
              "The file is larger than " + sizeLimitText());
      case FILE_NAME ->
          errors.rejectValue(
              "file", "imports.error.fileName", "The file's name has a control character in it");
      case UNREADABLE ->
          errors.rejectValue(
              "file", "imports.error.upload", "The file could not be uploaded: try again");
    }
    ModelAndView page =
        new ModelAndView(
            "imports/form",
            refusal == UploadRefusal.TOO_LARGE
                ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST);
    page.addObject(BindingResult.MODEL_KEY_PREFIX + "importForm", errors);
    showForm(page.getModelMap(), organisation, signedIn, form, true);
    return page;
  }

  private String showForm(
      Map<String, Object> model,
      Organisation organisation,
      Account signedIn,
      ImportForm form,
      boolean withErrors) {
    model.put("organisation", organisation);
    model.put("section", "imports");
    ShownForms.show(model, "importForm", form);
    model.put("kinds", kinds.allowedTo(Optional.of(signedIn), organisation));
    model.put("indicators", indicators.allOf(organisation.id()));
    model.put("sizeLimit", sizeLimitText());
    String title = text("imports.title");
    model.put("pageTitle", withErrors ? text("imports.title.withErrors", title) : title);
    return "imports/form";
  }

  private String showForm(
      Model model,
      Organisation organisation,
      Account signedIn,
      ImportForm form,
      boolean withErrors) {
    return showForm(model.asMap(), organisation, signedIn, form, withErrors);
  }

  private String showReport(Model model, Organisation organisation, ImportReport report) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "imports");
    model.addAttribute("report", report);
    String heading =
        report.accepted() ? text("imports.check.title") : text("imports.refused.title");
    model.addAttribute("heading", heading);
    model.addAttribute(
        "pageTitle", report.accepted() ? heading : text("imports.title.withErrors", heading));
    return "imports/check";
  }

  /** The kind the form starts with: the first the signed-in account may import. */
  private String firstKind(Organisation organisation, Account signedIn) {
    return kinds.allowedTo(Optional.of(signedIn), organisation).stream()
        .findFirst()
        .orElse(kinds.names().get(0));
  }

  /**
   * Refuses a kind of file the signed-in account may not import, by the same rule as the import
   * API's address: the page offers only the others.
   */
  private void refuseKindNotAllowed(
      Organisation organisation, Account signedIn, String kind, BindingResult errors) {
    if (kinds.names().contains(kind)
        && !kinds.allows(Optional.of(signedIn), organisation, kind)
        && !errors.hasFieldErrors("kind")) {
      errors.rejectValue(
          "kind",
          "imports.error.kind.notAllowed",
          new Object[] {text("imports.kind." + kind + ".inSentence")},
          "Your account may not import this kind of file");
    }
  }

  /** The size limit as people write it: "50 MB". */
  private String sizeLimitText() {
    long bytes = sizeLimit.toBytes();
    if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
      return text("imports.size.megabytes", bytes / DataSize.ofMegabytes(1).toBytes());
    }
    return text("imports.size.kilobytes", Math.max(1, bytes / 1024));
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, Locale.UK);
  }
}
