/**
 * A file input with a visible label inside a drop zone. Dropping a file and
 * choosing one with the input (keyboard: Tab to it, Enter or Space) do the
 * same thing, so the drop zone is a convenience, never the only way.
 */
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint: string;
  disabled?: boolean;
  onFile(file: File): void;
}

export function FileDrop({ id, label, hint, disabled = false, onFile }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-over' : ''}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        // Without this the browser would open the dropped file instead.
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        // Moving over the label or the input inside is not leaving.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) checks it again.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
    </div>
  );
}
