import { css } from 'lit'

/**
 * The kit's modal dialogs (the table's and the details' code dialog, the
 * list's replacement, the convert dialog) look alike: one sheet. A dialog
 * that needs another width sets `--_dialog-width` on itself.
 */
export const dialogParts = css`
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    width: min(var(--_dialog-width, 36rem), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    font: var(--_font);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    margin-top: 0;
  }
  dialog .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    margin-top: calc(var(--_space) * 2);
  }
  dialog .backup-pin {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-size: 1.2em;
  }
`
