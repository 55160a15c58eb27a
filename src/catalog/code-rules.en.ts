/**
 * What a lock asks of a PIN, a name and a time window, in words: each rule
 * reads as a requirement, so the same sentence is the hint before typing and
 * the reason after. From the device's `properties.code_constraints` and
 * `supported_code_lengths` (@seamapi/types) and Seam's guide "Understanding
 * Code Constraints".
 */
export interface CodeRuleText {
  /** Every keypad takes digits only. */
  digits: string
  /** `{lengths}`: "4", "4 or 6", "4 to 8". */
  lengths: string
  no_zeros: string
  cannot_start_with_12: string
  no_triple_consecutive_ints: string
  no_ascending_or_descending_sequence: string
  at_least_three_unique_digits: string
  cannot_contain_089: string
  cannot_contain_0789: string
  unique_first_four_digits: string
  no_all_same_digits: string
  /** Another managed code of the lock has this PIN. */
  pinTaken: string
  /** Not checked here (the set is not visible to the page): said, and left to Seam. */
  pin_code_matches_existing_set: string
  /** `cannot_specify_pin_code`: there is no PIN field; says why. */
  cannot_specify_pin_code: string
  /** Offline codes: the lock's maker generates the PIN. */
  offlinePin: string
  /** `{max}`. */
  nameMax: string
  /** `{min}`. */
  nameMin: string
  /** `{min}`, `{max}`. */
  nameBetween: string
  name_must_be_unique: string
  /** "4 to 8": `{min}`, `{max}`. */
  lengthRange: string
  /** "4 or 6", "4, 6 or 8": `{list}` then `{last}`. */
  lengthChoice: string
  // The time window
  endRequired: string
  startInvalid: string
  endInvalid: string
  endBeforeStart: string
  endPassed: string
  /** `start_date_in_future`. */
  start_date_in_future: string
  /** An offline code needs a time window. */
  offlineNeedsWindow: string
  /** A start that has passed is read as now. */
  startPassed: string
}

export const codeRuleTextEn: CodeRuleText = {
  digits: 'Digits only',
  lengths: '{lengths} digits long',
  no_zeros: 'No 0 in it',
  cannot_start_with_12: 'Does not start with 12',
  no_triple_consecutive_ints: 'No three digits in a row that repeat or count up or down (like 111, 123 or 987)',
  no_ascending_or_descending_sequence: 'Not one run of digits counting up or down (like 1234 or 8765)',
  at_least_three_unique_digits: 'At least three different digits',
  cannot_contain_089: 'Only the digits 1 to 7 (no 0, 8 or 9)',
  cannot_contain_0789: 'Only the digits 1 to 6 (no 0, 7, 8 or 9)',
  unique_first_four_digits: 'The first four digits all different',
  no_all_same_digits: 'Not one digit repeated throughout (like 1111)',
  pinTaken: 'Another code on this lock already uses this PIN.',
  pin_code_matches_existing_set: 'One of the PINs already in use in the lock’s account (Seam checks this when you save)',
  cannot_specify_pin_code: 'This lock picks its own PIN: it appears here once the lock has assigned it.',
  offlinePin: 'The lock’s maker generates the PIN of an offline code: it appears here once the code is created.',
  nameMax: 'Name: at most {max} characters',
  nameMin: 'Name: at least {min} characters',
  nameBetween: 'Name: {min} to {max} characters',
  name_must_be_unique: 'A name no other code on this lock has',
  lengthRange: '{min} to {max}',
  lengthChoice: '{list} or {last}',
  endRequired: 'Choose when the code stops working.',
  startInvalid: 'Enter a full date and time for the start.',
  endInvalid: 'Enter a full date and time for the end.',
  endBeforeStart: 'The end must be after the start.',
  endPassed: 'This end has already passed. Choose a later one.',
  start_date_in_future: 'This lock needs a start in the future.',
  offlineNeedsWindow: 'An offline code works for a set time: choose when it starts and ends.',
  startPassed: 'This start has passed, so the code works from now.',
}

/**
 * Why Seam refused to create or change a code, by the API's error `type`,
 * for the refusals the kit knows (those the fake backend gives); any other
 * falls back to Seam's own message (describeError).
 */
export const refusalTextEn: Record<string, string> = {
  duplicate_access_code: 'Another code on this lock already uses this PIN. Choose another PIN.',
  invalid_code: 'This lock does not accept this PIN. Choose another PIN, or leave it empty and Seam picks one.',
  access_code_not_found: 'This code no longer exists: it may have been deleted meanwhile.',
  device_not_found: 'This lock is no longer in the account.',
  access_code_not_time_bound: 'Backup codes exist only for codes with a start and an end.',
}
