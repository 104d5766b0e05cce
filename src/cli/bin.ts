#!/usr/bin/env node
/** Entry point of the `clearway` command: runs it and sets the exit code. */
import { main } from "./main";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
