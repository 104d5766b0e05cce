/** The 40 countries the rules must cover deeply. */
export const REQUIRED_COUNTRIES =
  "US CA MX BR AR CL CO PE GB DE FR ES IT NL BE PL CZ HU AT DK SE IE PT GR RO CH TR IL ZA EG IN CN JP KR TW AU SG TH SA AE".split(
    " ",
  );
