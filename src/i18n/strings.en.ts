import type { MoreStringKey } from './strings.more.en.js'

/**
 * Every sentence the elements show that is not about a Seam issue or status.
 * A count picks its words with `{count, plural, one {…} other {…}}` (see
 * the catalog's `fill`), so no language says "1 codes".
 */
const entryStrings = {
  configTitle: 'Access codes cannot be shown',
  noDevice: 'No lock chosen: set the device-id attribute.',
  noSession: 'This element has no Seam session: put it inside a <seam-provider>, or give it a client session token or a publishable key and a user identifier key.',
  loading: 'Loading access codes…',
  loadFailed: 'The access codes could not be loaded.',
  tryAgain: 'Try again',
  stale: 'Could not refresh: what you see may be out of date.',
  moreComing: 'Loading more codes…',
  unnamed: 'Unnamed code',
  copy: 'Copy',
  copied: 'Copied',
  copyRefused: 'Could not copy: the code is selected, copy it yourself',
  copyCode: 'Copy the code of {name}',
  pinHidden: 'Hidden by the lock provider',
  pinWaiting: 'Waiting for the lock to assign a code',
  pinNone: 'No code',
  ongoing: 'Ongoing',
  startsEnds: 'Starts {start} · ends {end}',
  activeUntil: 'Active until {end}',
  activeSince: 'Active since {start}',
  ended: 'Ended {end}',
  startsAt: 'Starts {start}',
  cancel: 'Cancel',
  delete: 'Delete',
  deleting: 'Deleting…',
  // The table's create, edit and remedies (issue 14); the form's own words are in ./strings.more.en.ts
  created: 'Created “{name}”. Seam is setting it on the lock.',
  offlineNotEditable: 'Offline codes cannot be changed once they are created.',
  addCode: 'Add code',
  edit: 'Edit',
  editCode: 'Edit {name}',
  timesIn: 'Times in {zone}, the lock’s time zone.',
  timesInPage: 'Times in {zone}.',
  timesInBrowserLockUnknown: 'Times in {zone}, this browser’s time zone: the lock’s could not be loaded.',
  // Table and list
  heading: 'Access codes',
  searchLabel: 'Search by name or code',
  searchPlaceholder: 'Search name or code',
  summary: '{count, plural, one {# code} other {# codes}} · {issues} with issues',
  summaryFiltered: '{shown} of {count, plural, one {# code} other {# codes}} shown · {issues} with issues',
  onlyIssues: 'Only codes with issues',
  colName: 'Name',
  colCode: 'Code',
  colSchedule: 'Schedule',
  colStatus: 'Status',
  colCreated: 'Created',
  colIssues: 'Issues',
  colActions: 'Actions',
  empty: 'This lock has no access codes managed by Seam yet.',
  noMatch: 'No code matches your search.',
  confirmDelete: 'Delete “{name}” from the lock?',
  deleteCode: 'Delete {name}',
  deleteFailed: 'Could not delete: {reason}',
  offlineNoDelete: 'Offline code: ends on its own, cannot be deleted here.',
  statusChanged: '{name}: {status}',
  codeRemoved: '{name} was deleted.',
  // Flags
  flagOffline: 'Offline code',
  flagOneTime: 'One-time use',
  flagBackupAvailable: 'Backup code available',
  flagBackupInUse: 'Backup code in use',
  flagLinked: 'Linked with codes on other locks',
  flagExternal: 'Changes outside Seam allowed',
  flagScheduled: 'Scheduled on the lock',
  issueError: 'Problem',
  whatToDo: 'What you can do:',
  seamSays: 'Seam says: {message}',
  group_access_code: 'This code',
  group_device: 'The lock',
  group_connected_account: 'The connected account',
  group_bridge: 'Seam Bridge',
  group_unknown: 'Other',
  issueWarning: 'Warning',
  convert: 'Convert',
  deletingFromLock: 'Deleting from the lock…',
  converting: 'Converting…',
  device: 'Lock',
  converted: 'The code is now managed by Seam.',
  // Lost answers (issue 13): a write whose answer never came is checked on the server, never guessed.
  checkingOutcome: 'Could not confirm the outcome: checking with Seam…',
  deleteUnconfirmed: 'Could not confirm whether it was deleted. Nothing was sent again; check again in a moment.',
  checkAgain: 'Check again',
  checkAgainCode: 'Check again whether {name} was deleted',
  // A replacement under way: the status a row shows (the list's other replacement words are in ./strings.more.en.ts).
  replacing: 'Replacing…',
  // Scannable rows (issue 19): a card's label with its own punctuation, the "+N" of the issue chips, the row menu.
  cardLabel: '{label}:',
  moreIssues: 'Show {count, plural, one {# more issue} other {# more issues}}',
  fewerIssues: 'Show fewer issues',
  moreActions: 'More actions for {name}',
} as const

/** Every sentence's key, here and in ./strings.more.en.ts. */
export type StringKey = keyof typeof entryStrings | MoreStringKey

/**
 * English, the fallback of every language. Here: what a table's first
 * screen says (the script-tag module's entry holds this file). The words of
 * the form, the details, the unmanaged list, the convert and replacement
 * dialogs join this same table when ./strings.more.en.ts runs, which every
 * module that says them imports.
 */
export const stringsEn = entryStrings as Record<StringKey, string>
