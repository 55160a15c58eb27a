import { css } from 'lit'

/** Status, PIN, flags, issue chips and the explanation popover. */
export const codeParts = css`
  .status {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    font-weight: 600;
    /* Words longer than a narrow column (German, Spanish and French ones
       often are) wrap inside it instead of running into the next one. */
    max-width: 100%;
  }
  .status > span {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .status-set {
    color: var(--_success);
  }
  .status-setting,
  .status-removing {
    color: var(--_accent);
  }
  .status-unset,
  .status-unknown {
    color: var(--_muted);
  }
  .status-setting .icon {
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .meaning {
    display: block;
    font-size: 0.85em;
    font-weight: normal;
    color: var(--_muted);
  }
  [part~='code'] {
    font-family: var(--_mono);
    letter-spacing: 0.05em;
  }
  .pin {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .pin button {
    padding: 2px 6px;
  }
  .flags,
  .issues {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .flag {
    font-size: 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 8px;
    color: var(--_muted);
  }
  .chip {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    font-size: 0.85em;
    border-radius: 999px;
    padding: 1px 8px;
    background: transparent;
    /* As the status: a title wraps within its column. Its text is no
       element of its own, so only 'anywhere' lets it shrink. */
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .chip.error {
    color: var(--_danger);
    border-color: currentColor;
  }
  .chip.warning {
    color: var(--_warning);
    border-color: currentColor;
  }
  [part~='explanation'] {
    position: fixed;
    inset: auto;
    margin: 0;
    /* Its size must not depend on where it is placed, or placing it resizes
       it and the resize observer behind the placement loops. */
    width: max-content;
    max-width: min(22rem, calc(100vw - 16px));
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font: var(--_font);
    z-index: 10;
  }
  [part~='explanation'] p {
    margin: 4px 0 0;
  }
  [part~='explanation'] .group {
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  /* An explanation's remedy (templates/remedies.ts), in every element that explains issues. */
  .remedy {
    margin: var(--_space) 0 0;
  }
  .remedy-note:empty {
    display: none;
  }

  /* The row grammar (issue 19), shared by the table, the list and the
     details: one line per cell, words a row repeats one focus away. */
  button.tip-anchor {
    border: 0;
    background: none;
    padding: 0;
    border-radius: 4px;
    cursor: help;
    text-align: start;
  }
  button.status {
    font-weight: 600;
    vertical-align: middle;
  }
  button.status .status-word {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .flags.icons {
    display: inline-flex;
    flex-wrap: nowrap;
    gap: 2px;
    vertical-align: middle;
    margin-inline-start: 6px;
    color: var(--_muted);
  }
  .flags.icons .flag {
    display: inline-grid;
    place-items: center;
    width: 20px;
    height: 20px;
    color: inherit;
  }
  .issues.line {
    flex-wrap: nowrap;
    min-width: 0;
    max-width: 100%;
  }
  .issues.line.expanded {
    flex-wrap: wrap;
  }
  /* The chips share the line evenly: a short one keeps its words, a long one
     gives up what the short one does not need (never more than its own width). */
  .issues.line > li {
    min-width: 0;
    flex: 1 1 0;
    max-width: max-content;
  }
  .issues.line.expanded > li {
    flex: 0 1 auto;
  }
  .issues.line > li.more-item {
    flex: none;
  }
  .issues.line .chip {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .issues.line .chip .title {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .issues.line.expanded .chip .title {
    white-space: normal;
  }
  .chip.more {
    color: var(--_muted);
    border-color: var(--_border);
    font-variant-numeric: tabular-nums;
  }
  /* Icon buttons: copy, edit, delete, convert; square, the same size everywhere. */
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-width: 28px;
    height: 28px;
    padding: 0 5px;
    vertical-align: middle;
  }
  .pin .icon-button {
    min-width: 24px;
    height: 24px;
    padding: 0 3px;
  }
  .icon-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .icon-button.labelled {
    padding-inline: 8px 10px;
  }
  .row-actions {
    display: inline-flex;
    flex-wrap: nowrap;
    gap: 4px;
    align-items: center;
  }
  /* A row's menu, past three actions: under its button, over the rows below. */
  .row-menu {
    position: relative;
    display: inline-flex;
  }
  .row-menu .menu {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 3;
    display: grid;
    min-width: 10rem;
    padding: 4px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
  .row-menu [role='menuitem'] {
    display: flex;
    gap: 8px;
    align-items: center;
    border: 0;
    background: none;
    text-align: start;
    white-space: nowrap;
  }
  .row-menu [role='menuitem']:hover,
  .row-menu [role='menuitem']:focus-visible {
    background: var(--_bg-alt);
  }
  .row-menu [role='menuitem'][aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  [part~='schedule'].line {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='schedule'] .relative {
    color: var(--_muted);
  }
  [part~='schedule'] .relative::before {
    content: '· ';
  }
  time[title] {
    white-space: nowrap;
  }
  [part~='explanation'].tip {
    max-width: min(18rem, calc(100vw - 16px));
    padding: 4px var(--_space);
    font-size: 0.92em;
  }
  @media (forced-colors: active) {
    button.tip-anchor {
      border: 0;
    }
    .icon-button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`
