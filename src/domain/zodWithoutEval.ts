/**
 * The add-in's pages forbid eval (their Content-Security-Policy), so zod's compiled fast path can
 * never run there; saying so up front stops zod from trying it, which the browser would report as
 * a policy violation. Imported first by every browser entry point (the command line keeps zod's fast path).
 */
import { z } from "zod";

z.config({ jitless: true });
