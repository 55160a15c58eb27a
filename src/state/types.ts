/** What an element shows a code as being in the middle of. */
export type Activity = 'deleting' | 'converting'

/** What a mutation is about, so other tabs can show it and refresh after. */
export interface MutationMeta {
  accessCodeId: string
  deviceId: string
  activity: Activity
}
