import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CountryOverview } from "../triage/countryOverview";
import { leadTimeText } from "./SetupChecklist";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  button: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    width: "100%",
    whiteSpace: "normal",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  blocked: { color: tokens.colorPaletteRedForeground1 },
});

/** "EUR 1,234.50, USD 10" or "none estimated". */
export const chargesText = (charges: Record<string, number>): string => {
  const parts = Object.entries(charges).map(
    ([currency, amount]) => `${currency} ${amount.toLocaleString("en", { maximumFractionDigits: 2 })}`,
  );
  return parts.length ? parts.join(", ") : "none estimated";
};

export interface CountriesViewProps {
  countries: readonly CountryOverview[];
  onChoose: (country: string) => void;
}

/** Countries by name; choosing one filters the rows to it. */
export function CountriesView({ countries, onChoose }: CountriesViewProps) {
  const styles = useStyles();
  if (!countries.length) return <Caption1>No readable rows.</Caption1>;
  return (
    <ul className={styles.root} aria-label="Countries">
      {countries.map((country) => (
        <li key={country.country}>
          <Button
            appearance="subtle"
            className={styles.button}
            onClick={() => onChoose(country.country)}
            aria-label={`${country.name}: ${country.rows} rows, ${country.blocked} blocked. Show its rows`}
          >
            <span className={styles.text}>
              <Text weight="semibold">
                {country.name} ({country.country}) · {country.rows} row{country.rows === 1 ? "" : "s"}
                {country.blocked ? <span className={styles.blocked}> · {country.blocked} blocked</span> : null}
              </Text>
              <Caption1>Import charges: {chargesText(country.charges)}</Caption1>
              {country.setup.map((setup) => (
                <Caption1 key={setup.side}>
                  Setup, {setup.side}:{" "}
                  {setup.items
                    .map((item) => `${item.text}${item.ruleId ? ` (${leadTimeText(item.leadTimeDays)})` : ""}`)
                    .join("; ")}
                </Caption1>
              ))}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
