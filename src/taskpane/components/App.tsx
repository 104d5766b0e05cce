import { Body1, Button, makeStyles, Spinner, Subtitle1, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface PlanDetection {
  found: boolean;
  /** What was found or is missing, in a sentence. */
  message: string;
}

export interface AppProps {
  detectPlan: () => Promise<PlanDetection>;
}

export function App({ detectPlan }: AppProps) {
  const styles = useStyles();
  const [detection, setDetection] = useState<PlanDetection | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    detectPlan()
      .then((result) => !cancelled && setDetection(result))
      .catch((error: unknown) => !cancelled && setDetection({ found: false, message: `Could not read the sheet: ${String(error)}` }));
    return () => {
      cancelled = true;
    };
  }, [detectPlan]);

  return (
    <main className={styles.root}>
      <Title3 as="h1">Clearway</Title3>
      <Subtitle1 as="p">Permits, importer and exporter of record, duties and taxes for every shipment in the plan.</Subtitle1>
      {detection ? <Body1 role="status">{detection.message}</Body1> : <Spinner size="tiny" label="Looking for a shipment plan…" />}
      <Button appearance="primary" disabled={!detection?.found}>
        Check plan
      </Button>
    </main>
  );
}
