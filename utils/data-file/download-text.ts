/**
 * Saves `text` as a file through the browser's own download of a local Blob:
 * no network, no permission. Used by the options page (pack export) and the
 * popup (exporting saved data a newer version wrote).
 */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  // The shopper's own press, handed to a download link on our own page; nothing on a site.
  link.dispatchEvent(new MouseEvent('click'));
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
