/** A one-line progress bar on stderr, drawn only on a terminal and only for large plans. */
export function progressBar(
  stream: NodeJS.WriteStream,
  minimumRows: number,
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    if (total < minimumRows) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    stream.write(
      `\rChecking ${total.toLocaleString("en")} rows [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${percent}%${done === total ? "\n" : ""}`,
    );
  };
}
