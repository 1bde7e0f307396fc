import { initAll } from '/govuk/govuk-frontend.min.js';
initAll();

// A page answered at one of its parts (a preview: #preview) moves the focus there, so that a screen
// reader reads the answer; the browser has scrolled to it already.
const landing = window.location.hash && document.getElementById(window.location.hash.substring(1));
if (landing && landing.hasAttribute('data-beacon-landing')) {
  landing.focus();
}
