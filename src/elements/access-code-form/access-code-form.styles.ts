import { css } from 'lit'

export const styles = css`
  :host {
    max-width: 40rem;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.2em;
  }
  /* The density of the table and the list (issue 19): compact forms for dense pages, air for others. */
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5 * var(--_density));
  }
  [part~='field'] {
    display: grid;
    gap: 4px;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  input:not([type='checkbox'], [type='radio']) {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.5) var(--_space);
    min-width: 0;
    width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input.pin {
    font-family: var(--_mono);
    letter-spacing: 0.1em;
  }
  .with-button {
    display: flex;
    gap: var(--_space);
  }
  .with-button input {
    flex: 1;
  }
  .with-button button {
    flex: none;
  }
  .hint,
  .zone,
  .meaning {
    margin: 0;
    font-size: 0.92em;
    color: var(--_muted);
  }
  .problem {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .rules {
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 2px;
    font-size: 0.92em;
  }
  .rules li {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .mark {
    flex: none;
    width: 1em;
    text-align: center;
  }
  .rules .met .mark {
    color: var(--_success);
  }
  .rules .unmet {
    color: var(--_danger);
  }
  .rules .unknown .mark,
  .rules .pending .mark {
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: 4px;
  }
  .choice {
    display: flex;
    gap: 6px;
    align-items: baseline;
    font-weight: normal;
  }
  .times {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space);
  }
  .times {
    align-items: start;
  }
  .times > div {
    display: grid;
    gap: 4px;
    align-content: start;
  }
  .notice {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_warning);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .preview {
    margin: 0;
    padding: var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg-alt);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0 var(--_space);
  }
  summary {
    cursor: pointer;
    padding: calc(var(--_space) * 0.75) 0;
    font-weight: 600;
  }
  details[open] {
    padding-bottom: var(--_space);
  }
  .option {
    display: grid;
    gap: 2px;
    margin-bottom: var(--_space);
  }
  .option .meaning {
    margin-inline-start: 1.7em;
  }
  .refusal {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
    color: var(--_danger);
  }
  .saved {
    margin: 0;
    color: var(--_success);
    font-weight: 600;
  }
  .buttons {
    display: flex;
    gap: var(--_space);
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  [part~='loading'] .skeleton {
    height: 2.2em;
    margin: 6px 0;
    border-radius: 4px;
    background: var(--_bg-alt);
  }
`
