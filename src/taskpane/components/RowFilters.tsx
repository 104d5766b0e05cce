import { Button, Dropdown, Field, makeStyles, Option, SearchBox, tokens } from "@fluentui/react-components";
import type { IssueKind } from "../../domain/assessment";
import type { RowFilter } from "../triage/rowFilter";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  wide: { gridColumn: "1 / -1" },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface FilterChoice {
  value: string;
  label: string;
}

export interface RowFiltersProps {
  filter: RowFilter;
  countries: FilterChoice[];
  lanes: FilterChoice[];
  onChange: (patch: Partial<RowFilter>) => void;
  onClear: () => void;
  filtered: boolean;
}

const ANY = "";
const KINDS: Array<{ value: IssueKind; label: string }> = [
  { value: "setup", label: "Setup (once per country)" },
  { value: "shipment", label: "This shipment" },
  { value: "info", label: "Information" },
];

function choiceDropdown(
  label: string,
  value: string | null,
  choices: FilterChoice[],
  onSelect: (value: string | null) => void,
  className: string,
) {
  const current = choices.find((choice) => choice.value === value);
  return (
    <Field label={label} size="small">
      <Dropdown
        size="small"
        className={className}
        aria-label={label}
        value={current?.label ?? "Any"}
        selectedOptions={[value ?? ANY]}
        onOptionSelect={(_, data) => onSelect(data.optionValue ? data.optionValue : null)}
      >
        <Option value={ANY}>Any</Option>
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Country, lane and issue-kind filters and a search box over the results. */
export function RowFilters({ filter, countries, lanes, onChange, onClear, filtered }: RowFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter the results">
      <Field label="Search" size="small" className={styles.wide}>
        <SearchBox
          size="small"
          aria-label="Search the results"
          placeholder="Row, shipment, country, permit…"
          value={filter.search}
          onChange={(_, data) => onChange({ search: data.value })}
        />
      </Field>
      {choiceDropdown("Country", filter.country, countries, (country) => onChange({ country }), styles.dropdown)}
      {choiceDropdown("Lane", filter.lane, lanes, (lane) => onChange({ lane }), styles.dropdown)}
      {choiceDropdown(
        "Issue kind",
        filter.kind,
        KINDS,
        (kind) => onChange({ kind: kind as IssueKind | null }),
        styles.dropdown,
      )}
      <Button size="small" appearance="subtle" disabled={!filtered} onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
