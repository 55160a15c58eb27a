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
  // Row actions and the sortable headers (issue 19).
  edit: icon(svg`<path fill="currentColor" d="m11.3 1.6 3.1 3.1-8.6 8.6-3.9.8.8-3.9zm0 2.1L4.1 10.9l-.4 1.4 1.4-.4 7.2-7.2z"/>`),
  convert: icon(svg`<path fill="currentColor" d="M8 1.2 14 3.5v4.2c0 3.4-2.5 6-6 7.1-3.5-1.1-6-3.7-6-7.1V3.5zm2.9 4.3L7.3 9.1 5.4 7.2l-1 1 2.9 3 4.6-4.6z"/>`),
  replace: icon(svg`<path fill="currentColor" d="M3 4.25h8.2L9.6 2.65l1-1 3.35 3.35-3.35 3.35-1-1 1.6-1.6H3zm10 7.5H4.8l1.6 1.6-1 1L2.05 11l3.35-3.35 1 1-1.6 1.6H13z"/>`),
  add: icon(svg`<path fill="currentColor" d="M7.25 2.5h1.5v4.75h4.75v1.5H8.75v4.75h-1.5V8.75H2.5v-1.5h4.75z"/>`),
  more: icon(svg`<path fill="currentColor" d="M3 6.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z"/>`),
  sortNone: icon(svg`<path fill="currentColor" opacity=".55" d="M8 2.5 11.5 6.5h-7zM8 13.5 4.5 9.5h7z"/>`),
  sortAscending: icon(svg`<path fill="currentColor" d="M8 3 12.5 8.5h-9z"/>`),
  sortDescending: icon(svg`<path fill="currentColor" d="M8 13 3.5 7.5h9z"/>`),
}

/** One small icon per flag of a managed code; its words are its name and its tooltip. */
export const flagIcons = {
  flagOffline: icon(svg`<path fill="currentColor" d="M2.3 1.2 14.8 13.7l-1 1-2.4-2.4H4.5A3.5 3.5 0 0 1 3.7 5.4L1.3 2.2zm2.8 4.9a2 2 0 0 0-.6 4.7h5.4zM8.5 3a4.5 4.5 0 0 1 4.3 3.4 3 3 0 0 1 1.6 5l-1-1A1.5 1.5 0 0 0 12.3 8h-.8l-.1-.6A3 3 0 0 0 6.7 5.1L5.6 4A4.5 4.5 0 0 1 8.5 3z"/>`),
  flagOneTime: icon(svg`<path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8.6 4.5V11.5H7.1V6.4L5.8 7.2V5.6l1.6-1.1z"/>`),
  flagBackupAvailable: icon(svg`<path fill="currentColor" d="M8 1.2 14 3.5v4.2c0 3.4-2.5 6-6 7.1-3.5-1.1-6-3.7-6-7.1V3.5zm0 1.6L3.5 4.5v3.2c0 2.5 1.8 4.5 4.5 5.5 2.7-1 4.5-3 4.5-5.5V4.5z"/>`),
  flagBackupInUse: icon(svg`<path fill="currentColor" d="M8 1.2 14 3.5v4.2c0 3.4-2.5 6-6 7.1-3.5-1.1-6-3.7-6-7.1V3.5z"/>`),
  flagLinked: icon(svg`<path fill="currentColor" d="M6.6 9.4 9.4 6.6l1 1-2.8 2.8zM4.2 8.4l1-1 1 1-1 1a1.6 1.6 0 0 0 2.3 2.3l1-1 1 1-1 1a3 3 0 0 1-4.3-4.3zm3.5-4.2 1-1a3 3 0 0 1 4.3 4.3l-1 1-1-1 1-1a1.6 1.6 0 0 0-2.3-2.3l-1 1z"/>`),
  flagExternal: icon(svg`<path fill="currentColor" d="M9 2h5v5h-1.5V4.6L7.8 9.3l-1-1 4.6-4.8H9zM2 4h5v1.5H3.5v7h7V9H12v5H2z"/>`),
  flagScheduled: icon(svg`<path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM7.3 4h1.5v3.7l2.5 1.5-.8 1.3-3.2-2z"/>`),
}

export type StatusIcon = keyof typeof icons
