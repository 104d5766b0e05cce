/* eslint-disable @typescript-eslint/no-require-imports */
// Task pane and ribbon-command bundles, after Microsoft's React task-pane template.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AddinUrlError, addinBaseUrl, rewriteManifest } = require("./scripts/build/addinUrl");
const { contentSecurityPolicy } = require("./scripts/build/contentSecurityPolicy");

async function httpsOptions() {
  // Dev certificates are only needed for the dev server, never for a build.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // `npm run build` is the deployable build: it needs CLEARWAY_ADDIN_URL. `--env local` (npm run
  // build:local, npm test, the playground) and development builds keep https://localhost:3000/.
  const local = dev || serving || Boolean(env && env.local);
  let baseUrl;
  try {
    baseUrl = addinBaseUrl(local ? "local" : "deploy", process.env.CLEARWAY_ADDIN_URL);
  } catch (error) {
    if (!(error instanceof AddinUrlError)) throw error;
    // The message says what to set; a stack trace would only hide it.
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
  if (!dev)
    console.error(
      `dist/manifest.xml: add-in URLs point at ${baseUrl}${local ? " (local build: not for deployment)" : ""}`,
    );
  const taskpaneCsp = contentSecurityPolicy({ officeJs: true });
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The playground (an in-memory workbook with a test hook on window) is for trying and testing only: never deployed.
      ...(local ? { playground: "./src/playground/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      // Each template puts `contentSecurityPolicy` in a meta tag ahead of any script.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        contentSecurityPolicy: taskpaneCsp,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        contentSecurityPolicy: taskpaneCsp,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        contentSecurityPolicy: taskpaneCsp,
      }),
      ...(local
        ? [
            new HtmlWebpackPlugin({
              filename: "playground.html",
              template: "./src/playground/playground.html",
              chunks: ["playground"],
              contentSecurityPolicy: contentSecurityPolicy({ officeJs: false }),
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return rewriteManifest(content.toString(), baseUrl);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
