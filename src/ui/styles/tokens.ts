import { css } from 'lit'

/**
 * System tokens with their defaults, read by every element so nothing needs a
 * wrapper or global CSS. A page sets `--seam-*` on any ancestor; the dark
 * scheme follows `color-scheme` (light-dark()): the system's, unless the
 * page declared one on an ancestor (ColorSchemeController) or on the element,
 * so `color-scheme: dark` on the page or the element forces it.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_fg: var(--seam-color-text, light-dark(#1d2433, #e8ecf3));
    --_muted: var(--seam-color-text-muted, light-dark(#5b6477, #a3acbd));
    --_bg: var(--seam-color-surface, light-dark(#ffffff, #161b26));
    --_bg-alt: var(--seam-color-surface-alt, light-dark(#f5f7fa, #1f2533));
    --_border: var(--seam-color-border, light-dark(#d6dbe4, #364054));
    --_accent: var(--seam-color-accent, light-dark(#1f5fd1, #8fb3ff));
    --_on-accent: var(--seam-color-on-accent, light-dark(#ffffff, #0b1220));
    --_danger: var(--seam-color-danger, light-dark(#b42318, #ff8f85));
    --_warning: var(--seam-color-warning, light-dark(#8a5300, #f5c26b));
    --_success: var(--seam-color-success, light-dark(#17733f, #74d39b));
    --_radius: var(--seam-radius, 8px);
    --_space: var(--seam-space, 8px);
    --_density: var(--seam-density, 1);
    --_font: var(--seam-font-body, 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_mono: var(--seam-font-mono, ui-monospace, 'SFMono-Regular', Menlo, monospace);
    display: block;
    font: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
  }
  /* An ancestor declared the page's scheme: wear it (see ColorSchemeController). */
  :host(:state(page-scheme)) {
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* The density attribute wins over the token: compact rows, or air. */
  :host([density='compact']) {
    --_density: 0.5;
  }
  :host([density='comfortable']) {
    --_density: 1.5;
  }
  /* German compounds are long: where they must break, break them at a
     syllable with a hyphen rather than anywhere (the page's lang tells the
     browser the language; English keeps its layout). */
  :host(:lang(de)) {
    hyphens: auto;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg-alt);
    padding: calc(var(--_space) * 0.5 * var(--_density)) var(--_space);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    color: var(--_danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    vertical-align: -3px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .chip,
    .status,
    [part~='explanation'] {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`
