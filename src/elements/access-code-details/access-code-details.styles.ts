import { css } from 'lit'

export const styles = css`
  :host {
    display: block;
    color: var(--_fg);
    font: var(--_font);
  }
  :host([hidden]) {
    display: none;
  }
  [part~='details']:focus {
    outline: none;
  }
  [part~='details']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-bottom: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    margin: 0;
  }
  .fact {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .id {
    font-family: var(--_mono);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: calc(var(--_space) * 2);
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .small {
    font-size: 0.85em;
  }
  .muted {
    color: var(--_muted);
  }
  .gone {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  .event {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: calc(var(--_space) * 0.5) 0 calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    position: relative;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: -5px;
    top: calc(var(--_space) * 0.5 + 0.45em);
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_border);
  }
  .event.tone-success::before {
    background: var(--_success);
  }
  .event.tone-problem::before {
    background: var(--_warning);
  }
  .event:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .event-time {
    font-size: 0.85em;
  }
  .older {
    margin-top: var(--_space);
  }
  .skeleton {
    height: 1.2em;
    margin: 6px 0;
    border-radius: 4px;
    background: var(--_bg-alt);
  }
`
