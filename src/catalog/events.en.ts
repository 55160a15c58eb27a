/**
 * The events of an access code's history (events/list), one sentence each,
 * from the event list of the access code object and of unmanaged codes in
 * the Seam API reference. `{backup}` is the backup code's id where Seam names it.
 */
export type CodeEventType =
  | 'access_code.created'
  | 'access_code.changed'
  | 'access_code.scheduled_on_device'
  | 'access_code.set_on_device'
  | 'access_code.removed_from_device'
  | 'access_code.delay_in_setting_on_device'
  | 'access_code.failed_to_set_on_device'
  | 'access_code.deleted'
  | 'access_code.delay_in_removing_from_device'
  | 'access_code.failed_to_remove_from_device'
  | 'access_code.modified_external_to_seam'
  | 'access_code.deleted_external_to_seam'
  | 'access_code.backup_access_code_pulled'
  | 'access_code.unmanaged.converted_to_managed'
  | 'access_code.unmanaged.failed_to_convert_to_managed'
  | 'access_code.unmanaged.created'
  | 'access_code.unmanaged.removed'

/** How an event reads in the history: as news, a problem, or a plain step. */
export type EventTone = 'success' | 'problem' | 'info'

export const eventTones: Record<CodeEventType, EventTone> = {
  'access_code.created': 'info',
  'access_code.changed': 'info',
  'access_code.scheduled_on_device': 'info',
  'access_code.set_on_device': 'success',
  'access_code.removed_from_device': 'info',
  'access_code.delay_in_setting_on_device': 'problem',
  'access_code.failed_to_set_on_device': 'problem',
  'access_code.deleted': 'info',
  'access_code.delay_in_removing_from_device': 'problem',
  'access_code.failed_to_remove_from_device': 'problem',
  'access_code.modified_external_to_seam': 'problem',
  'access_code.deleted_external_to_seam': 'problem',
  'access_code.backup_access_code_pulled': 'info',
  'access_code.unmanaged.converted_to_managed': 'success',
  'access_code.unmanaged.failed_to_convert_to_managed': 'problem',
  'access_code.unmanaged.created': 'info',
  'access_code.unmanaged.removed': 'info',
}

export interface EventText {
  /** Each known event type, in one sentence. */
  types: Record<CodeEventType, string>
  /** An event type this kit does not know: `{type}` is Seam's name for it. */
  unknown: string
}

export const eventTextEn: EventText = {
  types: {
    'access_code.created': 'Created in Seam.',
    'access_code.changed': 'Changed in Seam.',
    'access_code.scheduled_on_device': 'Scheduled on the lock: it starts working at its start time.',
    'access_code.set_on_device': 'Set on the lock and working.',
    'access_code.removed_from_device': 'Removed from the lock.',
    'access_code.delay_in_setting_on_device': 'Setting it on the lock is taking longer than usual.',
    'access_code.failed_to_set_on_device': 'Could not be set on the lock.',
    'access_code.deleted': 'Deleted.',
    'access_code.delay_in_removing_from_device': 'Removing it from the lock is taking longer than usual.',
    'access_code.failed_to_remove_from_device': 'Could not be removed from the lock.',
    'access_code.modified_external_to_seam': 'Changed outside Seam, on the keypad or in the manufacturer’s app.',
    'access_code.deleted_external_to_seam': 'Deleted outside Seam, on the keypad or in the manufacturer’s app.',
    'access_code.backup_access_code_pulled': 'A backup code from the lock’s pool now stands in for this code.',
    'access_code.unmanaged.converted_to_managed': 'Taken over by Seam: it was set outside Seam before.',
    'access_code.unmanaged.failed_to_convert_to_managed': 'Seam could not take this code over.',
    'access_code.unmanaged.created': 'Found on the lock, set outside Seam.',
    'access_code.unmanaged.removed': 'Removed from the lock while it was outside Seam.',
  },
  unknown: 'Seam reported an event this page does not know ({type}).',
}
