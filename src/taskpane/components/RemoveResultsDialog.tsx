import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { removalLines, type RemovalPreview } from "../triage/removalPreview";

export interface RemoveResultsDialogProps {
  /** What would be deleted; the dialog is open while this is set. */
  preview: RemovalPreview | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting, and says exactly what would go and what stays. */
export function RemoveResultsDialog({ preview, onConfirm, onCancel }: RemoveResultsDialogProps) {
  const lines = preview ? removalLines(preview) : [];
  return (
    <Dialog open={preview !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="clearway-remove-what">
        <DialogBody>
          <DialogTitle>Remove Clearway's results?</DialogTitle>
          <DialogContent id="clearway-remove-what">
            This deletes:
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            Your plan's own columns and the Parties and Rules sheets stay as they are.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Remove
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
