/**
 * Serves the built add-in (dist/) on localhost so the playground can be opened in a browser:
 * `npm run playground`, then open the printed address. Only local files are served.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".css": "text/css",
};

export function servePlayground(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, urlPath === "/" ? "playground.html" : urlPath);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (require.main === module) {
  const root = path.resolve("dist");
  if (!existsSync(path.join(root, "playground.html"))) {
    console.error("dist/playground.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3001);
  servePlayground(root, port).then(() =>
    console.log(`Clearway playground: http://localhost:${port}/playground.html (Ctrl+C to stop)`),
  );
}
