import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'

/** What a person reads about one error or warning. */
export interface IssueText {
  /** A few words, sentence case. */
  title: string
  /**
   * The words on a row's chip, where a title is longer than a chip holds
   * (at most 16 characters in English, 20 in other languages; a test holds
   * every language to it). The full title stays in the explanation.
   */
  chip?: string
  /** What happened, in plain language. */
  explanation: string
  /** What the reader can do about it. */
  action: string
}

/** Texts for an issue the catalog does not know. */
export interface IssueFallbackText {
  errorTitle: string
  warningTitle: string
  /** The chip's words for either (its icon and hidden label say which). */
  chip: string
  /** Used when the API sent no message of its own. */
  errorExplanation: string
  warningExplanation: string
  action: string
}

/** What a row shows of an issue: the rest waits for its explanation to open. */
export type IssueTitleText = Pick<IssueText, 'title' | 'chip'>

/** Every code the installed @seamapi/types can put on a managed or unmanaged code. */
type TypedIssueCode =
  | AccessCode['errors'][number]['error_code']
  | AccessCode['warnings'][number]['warning_code']
  | UnmanagedAccessCode['errors'][number]['error_code']
  | UnmanagedAccessCode['warnings'][number]['warning_code']

/**
 * English titles for every error and warning code of access codes, managed
 * and unmanaged. Facts come from the Seam API reference (the
 * unmanaged_access_code and access_code objects) and the descriptions in
 * @seamapi/types. Codes that Seam reports both as an error and as a warning
 * share one entry. Each entry's explanation and action are in
 * ./issue-texts.en.ts, which fills them into these same objects: a row needs
 * only the title, and the script-tag module loads the long texts with the
 * first explanation a person opens.
 */
const titles = {
  // Access code errors
  failed_to_set_on_device: { title: 'Code not set on the lock', chip: 'Set failed' },
  failed_to_remove_from_device: { title: 'Code not removed from the lock', chip: 'Not removed' },
  duplicate_code_on_device: { title: 'Same PIN already on the lock', chip: 'Duplicate PIN' },
  duplicate_code_attempt_prevented: { title: 'Change blocked' },
  no_space_for_access_code_on_device: { title: 'Lock is full' },
  provider_issue: { title: 'Problem at the lock provider', chip: 'Provider problem' },
  conflicting_external_modification: { title: 'Changed outside Seam', chip: 'Changed outside' },
  access_code_inactive: { title: 'Code disabled on the lock', chip: 'Disabled on lock' },
  insufficient_permissions: { title: 'Admin role needed', chip: 'Admin needed' },
  smartthings_failed_to_set_access_code: { title: 'Code not set through SmartThings', chip: 'Set failed' },
  smartthings_failed_to_set_after_multiple_retries: { title: 'Code not set after several tries', chip: 'Retries failed' },
  smartthings_no_free_slots_available: { title: 'No free code slots', chip: 'No free slots' },
  igloohome_bridge_too_many_pending_jobs: { title: 'Bridge is busy' },
  igloohome_bridge_offline: { title: 'Bridge offline' },
  igloohome_offline_access_code_no_variance_available: { title: 'Code limit reached', chip: 'Code limit' },
  kwikset_unable_to_confirm_code: { title: 'Code not confirmed', chip: 'Not confirmed' },
  kwikset_unable_to_confirm_deletion: { title: 'Removal not confirmed', chip: 'Removal unclear' },
  kwikset_insufficient_permissions: { title: 'Home Admin role needed', chip: 'Admin needed' },
  code_modified_external_to_seam: { title: 'Changed outside Seam', chip: 'Changed outside' },
  august_lock_invalid_code_length: { title: 'PIN length not accepted', chip: 'PIN length' },
  august_device_programming_delay: { title: 'Still being sent to the lock', chip: 'Still sending' },
  august_device_slots_full: { title: 'All code slots are full', chip: 'Slots full' },
  august_lock_missing_keypad: { title: 'No keypad' },
  august_lock_temporarily_offline: { title: 'Lock temporarily offline', chip: 'Offline briefly' },
  salto_ks_user_not_subscribed: { title: 'Salto user not subscribed', chip: 'Not subscribed' },
  hubitat_device_programming_delay: { title: 'Still being sent to the lock', chip: 'Still sending' },
  hubitat_no_free_positions_available: { title: 'No free code positions', chip: 'No free slots' },
  wyze_duplicate_code_name: { title: 'Duplicate code name', chip: 'Duplicate name' },
  wyze_potential_duplicate_code: { title: 'Possible duplicate PIN', chip: 'Duplicate PIN?' },
  dormakaba_oracode_no_valid_user_level: { title: 'No valid user level', chip: 'No user level' },
  keynest_unsupported_third_party_locker: { title: 'Locker not supported', chip: 'Unsupported' },
  // Device, connected account and bridge errors
  account_disconnected: { title: 'Account disconnected', chip: 'Account unlinked' },
  invalid_credentials: { title: 'Sign-in details not accepted', chip: 'Sign-in refused' },
  salto_ks_subscription_limit_exceeded: { title: 'Salto user limit reached', chip: 'User limit' },
  dormakaba_sites_disconnected: { title: 'Dormakaba sites not connected', chip: 'Sites unlinked' },
  device_offline: { title: 'Lock offline' },
  device_disconnected: { title: 'Lock disconnected', chip: 'Disconnected' },
  device_removed: { title: 'Lock removed' },
  hub_disconnected: { title: 'Hub disconnected' },
  empty_backup_access_code_pool: { title: 'No backup codes left', chip: 'No backup codes' },
  august_lock_not_authorized: { title: 'Not authorised for this lock', chip: 'Not authorised' },
  august_lock_missing_bridge: { title: 'No bridge' },
  ttlock_lock_not_paired_to_gateway: { title: 'No gateway' },
  lockly_missing_wifi_bridge: { title: 'No Wi-Fi bridge' },
  missing_device_credentials: { title: 'Device credentials missing', chip: 'No credentials' },
  auxiliary_heat_running: { title: 'Auxiliary heat running', chip: 'Aux heat on' },
  subscription_required: { title: 'Subscription required', chip: 'No subscription' },
  bridge_disconnected: { title: 'Seam Bridge disconnected', chip: 'Seam Bridge down' },
  // Access code warnings
  delay_in_setting_on_device: { title: 'Taking longer to set', chip: 'Slow to set' },
  delay_in_removing_from_device: { title: 'Taking longer to remove', chip: 'Slow to remove' },
  third_party_integration_detected: { title: 'Another service detected', chip: 'Other service' },
  schlage_detected_duplicate: { title: 'Possible duplicate PIN', chip: 'Duplicate PIN?' },
  schlage_creation_outage: { title: 'Error when creating the code', chip: 'Create failed' },
  igloo_algopin_must_be_used_within_24_hours: { title: 'Use within 24 hours', chip: 'Use in 24 h' },
  management_transferred: { title: 'Managed by another workspace', chip: 'Other workspace' },
  code_rotates_periodically: { title: 'PIN changes periodically', chip: 'PIN rotates' },
  time_frame_adjusted_for_unknown_time_zone: { title: 'Time window widened by an hour', chip: 'Window widened' },
  external_modification_in_effect: { title: 'Changed outside Seam', chip: 'Changed outside' },
  using_backup_access_code: { title: 'Backup code in use', chip: 'Backup in use' },
  being_deleted: { title: 'Being deleted' },
  unknown_issue_with_access_code: { title: 'Unknown problem' },
} satisfies Record<TypedIssueCode, IssueTitleText> & Record<string, IssueTitleText>

/** The codes the English catalog has words for. */
export type EnglishIssueCode = keyof typeof titles

/**
 * English texts by error or warning code. Until ./issue-texts.en.ts has run
 * (see `englishIssueTexts`), an entry holds its title and chip only; wherever
 * the catalog is imported as a whole (the npm modules, the classic file) it
 * has run before anything reads them.
 */
export const issuesEn: Record<string, IssueText> = titles as Record<string, IssueTitleText> as Record<string, IssueText>

/** Whether the explanations and actions are in `issuesEn` yet. */
export const englishIssueTexts = { complete: false }

export const issueFallbackEn: IssueFallbackText = {
  errorTitle: 'Unrecognised problem',
  warningTitle: 'Unrecognised warning',
  chip: 'Other problem',
  errorExplanation: 'Seam reported a problem with this code that this page does not recognise.',
  warningExplanation: 'Seam reported a warning about this code that this page does not recognise.',
  action: 'Check the code on the lock. If the problem continues, contact whoever manages your Seam account.',
}
