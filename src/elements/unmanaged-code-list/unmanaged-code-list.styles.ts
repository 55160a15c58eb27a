import { css } from 'lit'

export const styles = css`
  h2 {
    font-size: 1.15em;
    margin: 0 0 var(--_space);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* A spacer's height already counts the gaps of the items it stands for;
     take back the grid gap that follows it, or the items after it sit one
     gap too low and jump when it appears. */
  .list > .spacer {
    margin-block-end: calc(-1 * var(--_space));
  }
  /* The table's row grammar (issue 19): one line per code where there is
     room, the cells in the same order as the table's columns. */
  :host {
    container-type: inline-size;
  }
  [part~='row'] {
    display: grid;
    /* The actions take the same room on every row (what fits Convert, Replace
       and Delete), so each column starts where the one above it does. */
    grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1.8fr) minmax(0, 1fr) minmax(0, 1.6fr) minmax(max-content, 17rem);
    gap: 4px calc(var(--_space) * 1.5);
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75 * var(--_density)) var(--_space);
  }
  /* A row something runs on: its status says what (no fading: its words keep their contrast). */
  [part~='row'][aria-busy='true'],
  [part~='row'][data-replacing] {
    background: var(--_bg-alt);
    cursor: progress;
  }
  .name,
  .cell {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .name {
    font-weight: 600;
  }
  [part~='row'] > .failure {
    grid-column: 1 / -1;
  }
  [part~='row'] > .actions {
    justify-self: end;
    flex-wrap: nowrap;
    gap: 4px;
  }
  /* Why a code cannot be converted, where Convert would be: no wider than
     that button, so the actions keep their fixed room. A reason is a
     sentence that never fitted there ("Seam cannot …"): the line shows a
     short label (generated, and silent where the engine knows alt text for
     generated content), the sentence is its title and is what assistive
     technology reads. */
  [part~='row'] > .actions > .why {
    position: relative;
    flex: 0 1 auto;
    min-width: 0;
    max-width: 8rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='row'] > .actions > .why::before {
    content: attr(data-short);
    content: attr(data-short) / '';
  }
  /* A row in keyboard focus (ReadingFocus) shows whole what the line cuts:
     its name, its cells and, under its buttons, why it cannot be converted.
     Only on a line: a card shows it all at rest, and would jump. contain
     keeps the sentence from widening the actions' column (sized by its
     max-content) on every row. */
  @container (width > 640px) {
    [part~='row'][data-reading] :is(.name, .cell) {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    [part~='row'][data-reading] > .actions {
      flex-wrap: wrap;
    }
    [part~='row'][data-reading] > .actions > .why {
      order: 1;
      flex-basis: 100%;
      max-width: none;
      white-space: normal;
      contain: inline-size;
    }
    [part~='row'][data-reading] > .actions > .why::before {
      content: none;
    }
    [part~='row'][data-reading] > .actions > .why > .sentence {
      /* Undoes visually-hidden: its box properties back to their initial
         values, and what it inherits (white-space, colour) from the reason. */
      all: unset;
    }
  }
  /* Narrow: a card, each part on a line of its own with its label. */
  @container (max-width: 640px) {
    [part~='row'] {
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
    .name,
    .cell {
      white-space: normal;
      overflow: visible;
      overflow-wrap: anywhere;
    }
    .cell[data-label]::before {
      content: attr(data-label);
      margin-inline-end: 0.3em;
      color: var(--_muted);
    }
    .issues-cell.none {
      display: none;
    }
    [part~='schedule'].line {
      display: inline;
      white-space: normal;
    }
    .issues.line {
      display: inline-flex;
      flex-wrap: wrap;
    }
    .issues.line > li {
      flex: 0 1 auto;
    }
    [part~='row'] > .actions {
      justify-self: start;
      flex-wrap: wrap;
      margin-top: 4px;
    }
    /* A card has room for the whole sentence, on a line of its own. */
    [part~='row'] > .actions > .why {
      flex-basis: 100%;
      max-width: none;
      white-space: normal;
    }
    [part~='row'] > .actions > .why::before {
      content: none;
    }
    [part~='row'] > .actions > .why > .sentence {
      all: unset;
    }
  }
  .actions,
  .bulk,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .bulk {
    margin-block-end: var(--_space);
  }
  .failure,
  [part='error'] {
    margin: 0;
  }
  .skeleton {
    height: 3em;
    margin: 6px 0;
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  .zone {
    margin: 0 0 var(--_space);
    font-size: 0.92em;
  }
`
