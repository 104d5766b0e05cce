/**
 * Where the built manifest sends Office: the address dist/ is served from. A deployable build
 * (`npm run build`) must be told it (CLEARWAY_ADDIN_URL); a placeholder host would give a
 * manifest that installs and then shows an empty pane. Local builds (`npm run build:local`,
 * the dev server) keep the dev server's address, https://localhost:3000/.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by webpack.config.js */
const { URL } = require("node:url");

const DEV_URL = "https://localhost:3000/";

class AddinUrlError extends Error {}

/**
 * The base URL the manifest's URLs are rewritten to, ending in "/".
 * `purpose` is "deploy" (requires `variable`), or "local" (keeps the dev server's address).
 */
function addinBaseUrl(purpose, variable) {
  if (purpose === "local") return DEV_URL;
  if (!variable) {
    throw new AddinUrlError(
      "CLEARWAY_ADDIN_URL is not set. `npm run build` writes dist/manifest.xml for deployment, and its URLs must name " +
        "the https address dist/ is served from, e.g. CLEARWAY_ADDIN_URL=https://addins.example.org/clearway/ npm run build. " +
        "For a build whose manifest points at the local dev server (https://localhost:3000/), run `npm run build:local`.",
    );
  }
  let url;
  try {
    url = new URL(variable);
  } catch {
    throw new AddinUrlError(
      `CLEARWAY_ADDIN_URL "${variable}" is not a URL: give the https address dist/ is served from, e.g. https://addins.example.org/clearway/.`,
    );
  }
  if (url.protocol !== "https:")
    throw new AddinUrlError(`CLEARWAY_ADDIN_URL "${variable}" is not https: Office loads add-ins only over https.`);
  if (url.search || url.hash)
    throw new AddinUrlError(
      `CLEARWAY_ADDIN_URL "${variable}" has a query or fragment: give the folder dist/ is served from.`,
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with the dev server's URLs (and its origin, e.g. in AppDomains) replaced by `baseUrl`'s. */
function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_URL) return xml;
  const devOrigin = new URL(DEV_URL).origin;
  return xml.replaceAll(DEV_URL, baseUrl).replaceAll(devOrigin, new URL(baseUrl).origin);
}

module.exports = { DEV_URL, AddinUrlError, addinBaseUrl, rewriteManifest };
