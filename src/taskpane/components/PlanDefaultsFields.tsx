import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  DEFAULTABLE_FIELDS,
  readPlanDefaults,
  type DefaultableField,
  type PlanDefaults,
} from "../../plan/planDefaults";
import { FIELD_HEADERS } from "../../plan/planFields";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
});

const PLACEHOLDERS: Partial<Record<DefaultableField, string>> = {
  origin: "e.g. US",
  destination: "e.g. DE",
  material: "e.g. IMP",
  currency: "e.g. EUR",
  temperature: "e.g. 2-8 C",
};

export interface PlanDefaultsFieldsProps {
  defaults: PlanDefaults;
  onChange: (defaults: PlanDefaults) => void;
}

/**
 * Values for plan fields the plan lacks (no column, or an empty cell), as the command line's
 * Defaults sheet gives them: checked as they are typed, kept only when Clearway can read them.
 */
export function PlanDefaultsFields({ defaults, onChange }: PlanDefaultsFieldsProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState<Partial<Record<DefaultableField, string>>>(defaults);
  const [problems, setProblems] = useState<Partial<Record<DefaultableField, string>>>({});
  // Settings loaded from the workbook after the pane opened replace what is shown.
  useEffect(() => setTyped(defaults), [defaults]);

  const change = (field: DefaultableField, value: string) => {
    setTyped((current) => ({ ...current, [field]: value }));
    const { [field]: _dropped, ...others } = defaults;
    if (!value.trim()) {
      setProblems((current) => ({ ...current, [field]: undefined }));
      onChange(others);
      return;
    }
    const read = readPlanDefaults([`${field}=${value}`]);
    if (read.ok) {
      setProblems((current) => ({ ...current, [field]: undefined }));
      onChange({ ...others, ...read.defaults });
    } else setProblems((current) => ({ ...current, [field]: read.problems[0]?.replace(/^"[^"]*": /, "") }));
  };

  return (
    <fieldset className={styles.root} aria-label="Plan defaults">
      <legend>
        <Caption1>Plan defaults: used where the plan has no column for a field, or leaves its cell empty.</Caption1>
      </legend>
      {DEFAULTABLE_FIELDS.map((field) => (
        <Field
          key={field}
          label={FIELD_HEADERS[field].label}
          size="small"
          {...(problems[field] ? { validationMessage: problems[field], validationState: "error" as const } : {})}
        >
          <Input
            size="small"
            value={typed[field] ?? ""}
            placeholder={PLACEHOLDERS[field]}
            onChange={(_, data) => change(field, data.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}
