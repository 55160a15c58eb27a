import { css } from 'lit'

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    --_dialog-width: 32rem;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.2em;
  }
  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px var(--_space);
    margin: 0 0 var(--_space);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .choice {
    display: flex;
    gap: 6px;
    align-items: center;
    font-weight: 600;
  }
  .hint {
    margin: 2px 0 var(--_space) 1.6em;
    font-size: 0.9em;
  }
  .success {
    color: var(--_success);
    font-weight: 600;
  }
  .failure {
    color: var(--_danger);
    font-weight: 600;
  }
  .reasons {
    padding-inline-start: 1.2em;
  }
  .progress {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`
