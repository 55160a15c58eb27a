/** An option of a new or changed code: a label and one line of what it does. */
export interface OptionText {
  label: string
  meaning: string
}

/** The options of `access_codes/create` and `/update` the form offers, by parameter name. */
export interface CodeOptionText {
  allow_external_modification: OptionText
  attempt_for_offline_device: OptionText
  prefer_native_scheduling: OptionText
  use_backup_access_code_pool: OptionText
  is_offline_access_code: OptionText
  is_one_time_use: OptionText
  max_time_rounding: OptionText
  /** The choices of `max_time_rounding`. */
  roundHour: string
  roundDay: string
}

/** From the parameters of access_codes/create in @seamapi/types and Seam's guides on offline and backup codes. */
export const codeOptionTextEn: CodeOptionText = {
  allow_external_modification: {
    label: 'Allow changes made outside Seam',
    meaning: 'A change made on the keypad or in the manufacturer’s app is kept instead of undone.',
  },
  attempt_for_offline_device: {
    label: 'Create it while the lock is offline',
    meaning: 'Seam accepts the code now and sets it on the lock once the lock is back online.',
  },
  prefer_native_scheduling: {
    label: 'Let the lock keep the schedule',
    meaning: 'Where it can, the lock itself starts and ends the code, so the times hold even when it is offline.',
  },
  use_backup_access_code_pool: {
    label: 'Keep a backup code ready',
    meaning: 'If this code cannot be set, a backup code from Seam’s pool for this lock can be used in its place.',
  },
  is_offline_access_code: {
    label: 'Offline code',
    meaning: 'Works without a connection to the lock. Its maker generates the PIN; once created it cannot be changed or deleted.',
  },
  is_one_time_use: {
    label: 'One-time use',
    meaning: 'The code stops working after it has been used once.',
  },
  max_time_rounding: {
    label: 'Times rounded to',
    meaning: 'Offline codes work in whole hours or whole days: Seam rounds the times by up to this much.',
  },
  roundHour: 'The hour',
  roundDay: 'The day',
}
