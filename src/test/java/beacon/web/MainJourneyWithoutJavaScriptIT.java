package beacon.web;

/** The main journey works the same with JavaScript off: plain links and forms. */
class MainJourneyWithoutJavaScriptIT extends MainJourneyIT {

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Override
  protected void checkAccessible() {
    // axe-core is a script; MainJourneyIT checks the same pages with JavaScript on
  }
}
