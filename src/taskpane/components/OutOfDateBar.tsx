import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** "Results out of date", why, and a button to check again: for results shown now and for results found in the workbook. */
export function OutOfDateBar({
  reason,
  canCheck,
  onCheck,
}: {
  reason: string;
  canCheck: boolean;
  onCheck: () => void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Results out of date</MessageBarTitle>
        {reason}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={!canCheck} onClick={onCheck}>
          Check again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
