package beacon.publishing.web;

/**
 * The papers page works the same with JavaScript off: the front sheet shows under its layout, and
 * the paper is chosen, got and published with plain forms and links.
 */
class PapersPageWithoutJavaScriptIT extends PapersPageIT {

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Override
  protected void checkAccessible() {
    // axe-core is a script; PapersPageIT checks the same pages with JavaScript on
  }
}
