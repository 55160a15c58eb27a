/** The statuses Seam gives an access code (managed codes use all five, unmanaged ones `set` and `unset`). */
export type StatusKey = 'setting' | 'set' | 'unset' | 'removing' | 'unknown'

export interface StatusText {
  /** One or two words for a badge. */
  label: string
  /** One line saying what the status means for the code. */
  meaning: string
}

/** From the access code lifecycle in the Seam API reference. */
export const statusEn: Record<StatusKey, StatusText> = {
  setting: { label: 'Setting', meaning: 'Being programmed onto the lock.' },
  set: { label: 'Set', meaning: 'On the lock and working.' },
  unset: { label: 'Not set', meaning: 'Not on the lock, for example before its scheduled start or after it ended.' },
  removing: { label: 'Removing', meaning: 'Being removed from the lock.' },
  unknown: { label: 'Unknown', meaning: 'Seam cannot tell whether this code is on the lock, for example because the account is disconnected.' },
}

/** For a status value this kit does not know. */
export const unknownStatusEn: StatusText = {
  label: 'Unrecognised',
  meaning: 'Seam reported a status for this code that this page does not recognise.',
}
