import { svg, type SVGTemplateResult } from 'lit'

// Decorative only (aria-hidden): every icon sits beside words.
const icon = (path: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${path}</svg>`

export const icons = {
  set: icon(svg`<path fill="currentColor" d="M6.5 11.2 3.3 8l1-1 2.2 2.2 5.2-5.2 1 1z"/>`),
  setting: icon(svg`<path fill="currentColor" d="M8 2a6 6 0 1 0 6 6h-1.5A4.5 4.5 0 1 1 8 3.5z"/>`),
  unset: icon(svg`<circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.5"/>`),
  removing: icon(svg`<path fill="currentColor" d="M4 7.25h8v1.5H4z"/>`),
  unknown: icon(svg`<path fill="currentColor" d="M7.2 10.5h1.6V12H7.2zM8 3a2.6 2.6 0 0 0-2.6 2.6h1.5A1.1 1.1 0 1 1 8 6.7c-.5 0-.8.4-.8.8v1.8h1.6V8.1A2.6 2.6 0 0 0 8 3z"/>`),
  error: icon(svg`<path fill="currentColor" d="M8 1.5 15 14H1zM7.25 6v4h1.5V6zm0 5v1.5h1.5V11z"/>`),
  warning: icon(svg`<path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.75 3.5h1.5v5h-1.5zm0 6h1.5V12h-1.5z"/>`),
  copy: icon(svg`<path fill="currentColor" d="M5 2h7a1 1 0 0 1 1 1v8h-1.5V3.5H5zM3 5h7a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm.5 1.5v6h6v-6z"/>`),
  trash: icon(svg`<path fill="currentColor" d="M6 1.5h4L10.5 3H14v1.5H2V3h3.5zM3.5 5.5h9L12 14.5H4z"/>`),
}

export type StatusIcon = keyof typeof icons
