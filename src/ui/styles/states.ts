import { css } from 'lit'

/** The colours of the state blocks and of a failure line; each element lays them out. */
export const stateParts = css`
  [part='error'],
  .failure {
    color: var(--_danger);
  }
  .stale {
    color: var(--_warning);
  }
`
