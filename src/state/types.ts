/**
 * What an element shows a code as being in the middle of. `checking`: a
 * write's answer was lost and the server is being asked what happened.
 */
export type Activity = 'deleting' | 'converting' | 'checking'

/** What a mutation is about, so other tabs can show it and refresh after. */
export interface MutationMeta {
  accessCodeId: string
  deviceId: string
  activity: Activity
}
