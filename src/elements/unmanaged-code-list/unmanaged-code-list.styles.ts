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
  [part~='row'] {
    display: grid;
    gap: 4px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * var(--_density)) var(--_space);
  }
  [part~='row'][aria-busy='true'] {
    opacity: 0.75;
  }
  .main {
    display: flex;
    flex-wrap: wrap;
    gap: 4px calc(var(--_space) * 2);
    align-items: baseline;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
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
  .why {
    font-size: 0.9em;
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
