/**
 * The Content-Security-Policy of the add-in's pages (task pane, ribbon commands, help) and of the
 * playground: scripts only from the add-in's own origin (and, for the add-in, Office.js from
 * Microsoft's CDN, as Office requires), connections only to its own origin, no plugins, no
 * <base> or form posts elsewhere. Styles may be inline: Fluent UI v9 (Griffel) injects <style>
 * elements at run time, and the pages' templates carry a few style attributes.
 */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

function contentSecurityPolicy({ officeJs }) {
  return [
    "default-src 'self'",
    officeJs ? `script-src 'self' ${OFFICE_JS_ORIGIN}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = { OFFICE_JS_ORIGIN, contentSecurityPolicy };
