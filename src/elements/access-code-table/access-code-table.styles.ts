import { css } from 'lit'

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 var(--_space);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  [part='search'] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.5) var(--_space);
    min-width: 14rem;
  }
  .toggle {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  /* Fixed layout: columns do not follow the rows in the window, so they
     keep still while it scrolls, and the browser lays out a row without
     measuring every cell's content first. */
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  /* One line a cell at desktop widths (issue 19): what does not fit ends in
     an ellipsis, its whole on hover or focus. */
  .col-name {
    width: 22%;
  }
  /* Room for an eight-digit PIN and its copy button in any engine's monospace: a PIN is never cut. */
  .col-code {
    width: 7.5rem;
  }
  .col-schedule {
    width: 20%;
  }
  /* A status is a word or two that must never be cut: a fixed width, not a
     share, for the longest of the shipped languages ("Non programmé",
     "Wird gesendet", "No programado": about 148 px in bold with its icon). */
  .col-status {
    width: 11rem;
  }
  /* Chips show whole, as many as fit, then "+N" (ChipFit). */
  .col-issues {
    width: 22%;
  }
  /* A compact date ("Nov 2, 2026", "2. Nov. 2026") is never cut: a fixed width, not a share. */
  .col-created {
    width: 7.25rem;
  }
  .col-actions {
    width: calc(28px * 2 + 4px + var(--_space) * 2);
  }
  /* Between cards and a roomy table, the creation date (the least needed
     column; the details show it) gives its room to the name, the schedule
     and the chips, which were cut to a few letters there. The column goes
     with its <col>, so the others keep their widths; it stays while the
     rows are sorted by it, so the order shown keeps its header. */
  @container (640px < width <= 1000px) {
    table:not(.by-created) .col-created,
    table:not(.by-created) .created {
      display: none;
    }
  }
  /* The question takes more room than the column has: it opens over the
     end of its row instead of wrapping letter by letter. */
  td.actions {
    position: relative;
  }
  td.actions .confirm {
    position: absolute;
    inset-inline-end: var(--_space);
    top: calc(var(--_space) * 0.5);
    z-index: 1;
    flex-wrap: nowrap;
    white-space: nowrap;
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  td.actions .failure,
  td.actions .muted {
    overflow-wrap: normal;
  }
  td {
    overflow-wrap: break-word;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* The question and the focus rings of the actions must not be clipped. */
  td.actions {
    overflow: visible;
  }
  td .pin {
    flex-wrap: nowrap;
    max-width: 100%;
  }
  /* A PIN is never cut: it is what a guest types. */
  td .pin [part~='code'] {
    flex: none;
  }
  .name-line {
    display: flex;
    align-items: center;
    min-width: 0;
  }
  .name-line .name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .name-line .flags {
    flex: none;
  }
  /* Cut at rest, readable in full only by hovering their title: whole, and
     the row taller, while the row has keyboard focus (ReadingFocus). */
  [part~='row'][data-reading] :is(.name-cell, .schedule-cell, .name-line .name, [part~='schedule'].line) {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* The header stays in view while a long table scrolls under it. */
  thead th {
    position: sticky;
    top: var(--seam-sticky-top, 0px);
    /* Above a delete question open in a row scrolled under it. */
    z-index: 2;
  }
  th {
    text-align: start;
    font-weight: 600;
    background: var(--_bg-alt);
    padding: calc(var(--_space) * 0.75 * var(--_density)) var(--_space);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
  }
  /* A sortable header is one button: its words and an indicator. */
  .sort {
    display: inline-flex;
    gap: 2px;
    align-items: center;
    max-width: 100%;
    border: 0;
    background: none;
    padding: 2px 4px;
    margin-inline-start: -4px;
    font-weight: 600;
  }
  .sort-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort .icon {
    color: var(--_muted);
  }
  .sort.active,
  .sort.active .icon {
    color: var(--_accent);
  }
  .sort:hover .sort-label {
    text-decoration: underline;
  }
  td {
    padding: calc(var(--_space) * var(--_density)) var(--_space);
    border-top: 1px solid var(--_border);
    vertical-align: middle;
  }
  [part~='row'] {
    cursor: pointer;
    /* A row brought into view by focus is not hidden under the sticky header. */
    scroll-margin-top: calc(var(--seam-sticky-top, 0px) + 4em);
  }
  [part~='row']:hover {
    background: var(--_bg-alt);
  }
  /* A row something runs on: its status says what (no fading: its words keep their contrast). */
  [part~='row'][aria-busy='true'] {
    background: var(--_bg-alt);
    cursor: progress;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .small {
    font-size: 0.85em;
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .failure {
    display: block;
    font-size: 0.85em;
  }
  .skeleton {
    height: 2.4em;
    margin: 6px 0;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_bg-alt), var(--_border), var(--_bg-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  /* Narrow: each row becomes a card with its labels. */
  @container (max-width: 640px) {
    thead {
      display: none;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    [part~='row'] {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: var(--_space);
      padding: 4px 0;
    }
    td {
      border: 0;
      padding: 2px var(--_space);
      white-space: normal;
      overflow: visible;
    }
    td.none {
      display: none;
    }
    /* The label and its punctuation come from the catalog (cardLabel). */
    td[data-label]:not(:first-child)::before {
      content: attr(data-label);
      margin-inline-end: 0.3em;
      color: var(--_muted);
    }
    [part~='schedule'].line {
      display: inline;
      white-space: normal;
    }
    .issues.line {
      flex-wrap: wrap;
      display: inline-flex;
      vertical-align: middle;
    }
    .issues.line > li {
      flex: 0 1 auto;
    }
    .issues.line .chip .title {
      white-space: normal;
    }
    .name-line {
      flex-wrap: wrap;
    }
    .name-line .name {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    td.actions {
      text-align: start;
    }
    td .pin {
      flex-wrap: wrap;
    }
  }
  /* Create, edit and the remedies (issue 14). */
  .bar .add {
    margin-inline-start: auto;
  }
  .add.narrow-only {
    display: none;
  }
  th.actions-head,
  td.actions {
    text-align: end;
  }
  th.actions-head {
    overflow: visible;
    padding-block: 2px;
  }
  @container (max-width: 640px) {
    .add.narrow-only {
      display: inline-block;
    }
  }
  .zone {
    margin: 0 0 var(--_space);
    font-size: 0.92em;
  }
  .freeing {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
  }
`
