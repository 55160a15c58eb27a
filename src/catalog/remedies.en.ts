/** Words for the remedies the kit can act on, and for the ones only the page's app can. */
export interface RemedyText {
  /** Opens the code's edit form on its PIN. */
  choosePin: string
  /** Opens the code's edit form on its name. */
  chooseName: string
  /** Pulls a backup code for a code that could not be set. */
  useBackup: string
  /** Shows the lock's codes, to remove some. */
  freeSlots: string
  /** The page's app can take over the remedy: one label per issue group. */
  hostAccount: string
  hostBridge: string
  hostDevice: string
  hostOther: string
  /** Said when nobody on the page took over a remedy only the app can carry out: `{action}` is the remedy in words. */
  hostNotHandled: string
  /** The confirmation before pulling a backup code: `{name}`. */
  backupConfirm: string
  backupConfirmButton: string
  backupPulling: string
  /** `{name}`; the backup PIN is shown beside it. */
  backupPulled: string
  backupPin: string
  /** `{reason}` is the error in words. */
  backupFailed: string
  /** The bar above the table while it shows the lock's codes to free space: `{count}`. */
  freeSlotsBar: string
  /** The same bar when the page's `accessCodeFilter` hides some of the lock's codes, which take room too: `{shown}` of `{count}`. */
  freeSlotsBarFiltered: string
  freeSlotsDone: string
}

export const remedyTextEn: RemedyText = {
  choosePin: 'Choose another PIN',
  chooseName: 'Choose another name',
  useBackup: 'Use a backup code',
  freeSlots: 'See and remove codes on this lock',
  hostAccount: 'Reconnect the account',
  hostBridge: 'Fix the connection to Seam Bridge',
  hostDevice: 'Fix the lock',
  hostOther: 'Fix this',
  hostNotHandled: 'This page cannot do this for you. {action}',
  backupConfirm:
    'Use a backup code for “{name}”? Seam takes a code from this lock’s backup pool that works for the same times. Give it to whoever needs to get in, instead of this code.',
  backupConfirmButton: 'Use a backup code',
  backupPulling: 'Getting a backup code…',
  backupPulled: 'Backup code for “{name}”:',
  backupPin: 'Backup PIN',
  backupFailed: 'No backup code could be pulled: {reason}',
  freeSlotsBar:
    'This lock is out of room for codes. {count, plural, one {The one code on it is listed: delete it if it is no longer needed.} other {All # codes on it are listed, ended ones first: delete the ones no longer needed.}}',
  freeSlotsBarFiltered:
    'This lock is out of room for codes. This page lists {shown} of the {count} codes on it, ended ones first: delete the ones no longer needed. The codes it does not list take room too.',
  freeSlotsDone: 'Done',
}
