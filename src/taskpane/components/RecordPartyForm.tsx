import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState, type FormEvent } from "react";
import type { PartyRole } from "../../domain/party";
import { countryName } from "../../domain/countryNames";
import { parseCountry } from "../../plan/countryParsing";
import type { LicenceCatalogue } from "../../plan/licenceNames";
import { PARTIES_SHEET } from "../../plan/partiesTable";
import {
  ROLE_TEXT,
  type DraftField,
  type PartyDraft,
  type RecordOutcome,
  type RecordPreset,
} from "../triage/partyRecording";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dates: { display: "flex", gap: tokens.spacingHorizontalS, "> *": { flex: 1, minWidth: 0 } },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  roles: { display: "flex", flexDirection: "column" },
});

export interface RecordPartyFormProps {
  preset: RecordPreset;
  catalogue: LicenceCatalogue;
  /** Records the draft in the Parties sheet; the outcome's problems are shown in the form. */
  onRecord: (draft: PartyDraft) => Promise<RecordOutcome>;
  onRecorded: (draft: PartyDraft, outcome: Extract<RecordOutcome, { ok: true }>) => void;
  onCancel: () => void;
}

const ROLES: readonly PartyRole[] = ["importer-of-record", "exporter-of-record"];

/** The small form behind "Record…": a party, its role and the licence it holds, appended to the Parties sheet. */
export function RecordPartyForm({ preset, catalogue, onRecord, onRecorded, onCancel }: RecordPartyFormProps) {
  const styles = useStyles();
  const headingId = useId();
  const [draft, setDraft] = useState<PartyDraft>(preset.draft);
  const [fields, setFields] = useState<Partial<Record<DraftField, string>>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<PartyDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // A field's problem goes once the field is changed; the next Record says again what is still wrong.
    setFields((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
  };

  const country = parseCountry(draft.country);
  const countryCode = country.ok ? country.code : undefined;
  const countryHint = countryCode ? countryName(countryCode) : "An ISO code or a country name.";
  // The permit the licence field names, as the Parties sheet will read it.
  const licenceHint = useMemo(() => {
    if (!draft.licence.trim()) return "Leave empty for a party without a licence.";
    const match = catalogue.resolve(draft.licence, countryCode);
    return match.ok ? (catalogue.permit(match.ruleId)?.name ?? match.ruleId) : "The permit's rule id or its name.";
  }, [catalogue, draft.licence, countryCode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const outcome = await onRecord(draft);
      if (outcome.ok) onRecorded(draft, outcome);
      else {
        setFields(outcome.fields);
        setProblems(outcome.problems);
      }
    } catch (caught) {
      setProblems([caught instanceof Error ? caught.message : String(caught)]);
    } finally {
      setSaving(false);
    }
  };
  const message = (field: DraftField) =>
    fields[field] ? { validationMessage: fields[field], validationState: "error" as const } : {};

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <Caption1 id={headingId} as="h4" style={{ margin: 0 }}>
        Record {preset.subject} in "{PARTIES_SHEET}"
      </Caption1>
      {problems.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul
              aria-label={`Problems in ${PARTIES_SHEET}`}
              style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL }}
            >
              {problems.slice(0, 8).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label="Party name" required {...message("name")}>
        <Input value={draft.name} onChange={(_, data) => set({ name: data.value })} />
      </Field>
      <Field label="Country" hint={countryHint} required {...message("country")}>
        <Input value={draft.country} onChange={(_, data) => set({ country: data.value })} />
      </Field>
      <Field label="Role" {...message("roles")}>
        <div className={styles.roles}>
          {ROLES.map((role) => (
            <Checkbox
              key={role}
              label={ROLE_TEXT[role]}
              checked={draft.roles.includes(role)}
              onChange={(_, data) =>
                set({
                  roles: ROLES.filter((candidate) =>
                    candidate === role ? data.checked === true : draft.roles.includes(candidate),
                  ),
                })
              }
            />
          ))}
        </div>
      </Field>
      <Field label="Licence" hint={licenceHint} {...message("licence")}>
        <Input value={draft.licence} onChange={(_, data) => set({ licence: data.value })} />
      </Field>
      <Field label="Licence reference" {...message("reference")}>
        <Input value={draft.reference} onChange={(_, data) => set({ reference: data.value })} />
      </Field>
      <div className={styles.dates}>
        <Field label="Valid from" {...message("validFrom")}>
          <Input type="date" value={draft.validFrom} onChange={(_, data) => set({ validFrom: data.value })} />
        </Field>
        <Field label="Valid until" {...message("validUntil")}>
          <Input type="date" value={draft.validUntil} onChange={(_, data) => set({ validUntil: data.value })} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={saving}>
          Record and check again
        </Button>
        <Button size="small" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
