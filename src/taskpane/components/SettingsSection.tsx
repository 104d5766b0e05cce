import { Field, Input, makeStyles, SpinButton, Switch, tokens } from "@fluentui/react-components";
import type { SettingsInput } from "../../domain/settings";
import { PlanDefaultsFields } from "./PlanDefaultsFields";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface SettingsSectionProps {
  settings: SettingsInput;
  onChange: (patch: Partial<SettingsInput>) => void;
}

/** As-of date, freight/insurance estimate, which extra sheets to write and the plan's defaults; kept in the workbook. */
export function SettingsSection({ settings, onChange }: SettingsSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Settings">
      <Field label="Check as of" hint="Lead times are counted from this date.">
        <Input type="date" value={settings.asOf} onChange={(_, data) => data.value && onChange({ asOf: data.value })} />
      </Field>
      <Field
        label="Freight and insurance estimate (% of value)"
        hint="Used on CIF countries when a row gives no freight or insurance."
      >
        <SpinButton
          min={0}
          max={100}
          step={0.5}
          value={settings.freightInsurancePercent ?? 5}
          onChange={(_, data) => {
            const value = data.value ?? Number(data.displayValue);
            if (Number.isFinite(value)) onChange({ freightInsurancePercent: value as number });
          }}
        />
      </Field>
      <Switch
        label="Write the Clearway Summary sheet"
        checked={settings.writeSummarySheet ?? true}
        onChange={(_, data) => onChange({ writeSummarySheet: data.checked })}
      />
      <Switch
        label="Write the Clearway Sources sheet"
        checked={settings.writeSourcesSheet ?? true}
        onChange={(_, data) => onChange({ writeSourcesSheet: data.checked })}
      />
      <PlanDefaultsFields
        defaults={settings.planDefaults ?? {}}
        onChange={(planDefaults) => onChange({ planDefaults })}
      />
    </section>
  );
}
