package beacon.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails as an unforeseen fault would, so tests can see what a person is shown. */
@Controller
class FailingPageForTests {

  @GetMapping("/tests/failing-page")
  String fail() {
    throw new IllegalStateException("a fault nobody foresaw, with internals: password=secret");
  }
}
