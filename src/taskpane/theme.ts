import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follows the Office theme: a dark body background means the dark Fluent theme. */
export function themeForOffice(bodyBackgroundColor: string | undefined): Theme {
  const lum = bodyBackgroundColor ? luminance(bodyBackgroundColor) : undefined;
  return lum !== undefined && lum < 0.5 ? webDarkTheme : webLightTheme;
}
