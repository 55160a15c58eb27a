import { css } from 'lit'

/** The replacement dialog (replacement.ts), inside the list's shadow root. */
export const replaceStyles = css`
  dialog.replace {
    --_dialog-width: 38rem;
  }
  .pin-choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space);
  }
  .pin-choice .choice {
    display: flex;
    gap: 6px;
    align-items: center;
    font-weight: 600;
  }
  .pin-choice .hint {
    margin: 2px 0 var(--_space) 1.6em;
    font-size: 0.92em;
    color: var(--_muted);
  }
  .steps {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.4em;
    display: grid;
    gap: 4px;
  }
  .steps [data-state='replaceStepFailed'] {
    color: var(--_danger);
  }
  .steps [aria-current='step'] {
    font-weight: 600;
  }
`
