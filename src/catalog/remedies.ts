import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import type { RemedyText } from './remedies.en.js'
import { fill, lookup } from './tables.js'

/**
 * Who can carry out the remedy of an issue, and how:
 * - `choose-pin`, `choose-name`: the kit can, by opening the code's edit form;
 * - `use-backup`: the kit can pull a backup code, when the code has one available;
 * - `free-slots`: the kit can show the lock's codes to remove some;
 * - `host`: only the page's own app or a person elsewhere (reconnect an
 *   account, a bridge, a lock offline): the kit says it in words and fires
 *   `seam-remedy` so the page can route it to its own flow;
 * - `none`: nothing to do, or nothing anyone here can do.
 */
export type Remedy = 'choose-pin' | 'choose-name' | 'use-backup' | 'free-slots' | 'host' | 'none'

type TypedIssueCode =
  | AccessCode['errors'][number]['error_code']
  | AccessCode['warnings'][number]['warning_code']
  | UnmanagedAccessCode['errors'][number]['error_code']
  | UnmanagedAccessCode['warnings'][number]['warning_code']

/**
 * The remedy of every issue code the catalog explains (issues.en.ts), as
 * its "what you can do" sentence reads. Complete over @seamapi/types, so a
 * new code in the types fails the type check until it says who can act.
 */
const remedies = {
  failed_to_set_on_device: 'use-backup',
  failed_to_remove_from_device: 'none',
  duplicate_code_on_device: 'choose-pin',
  duplicate_code_attempt_prevented: 'choose-pin',
  no_space_for_access_code_on_device: 'free-slots',
  provider_issue: 'none',
  conflicting_external_modification: 'none',
  access_code_inactive: 'none',
  insufficient_permissions: 'host',
  smartthings_failed_to_set_access_code: 'use-backup',
  smartthings_failed_to_set_after_multiple_retries: 'use-backup',
  smartthings_no_free_slots_available: 'free-slots',
  igloohome_bridge_too_many_pending_jobs: 'host',
  igloohome_bridge_offline: 'host',
  igloohome_offline_access_code_no_variance_available: 'free-slots',
  kwikset_unable_to_confirm_code: 'use-backup',
  kwikset_unable_to_confirm_deletion: 'none',
  kwikset_insufficient_permissions: 'host',
  code_modified_external_to_seam: 'none',
  august_lock_invalid_code_length: 'choose-pin',
  august_device_programming_delay: 'none',
  august_device_slots_full: 'free-slots',
  august_lock_missing_keypad: 'host',
  august_lock_temporarily_offline: 'host',
  salto_ks_user_not_subscribed: 'host',
  hubitat_device_programming_delay: 'none',
  hubitat_no_free_positions_available: 'free-slots',
  wyze_duplicate_code_name: 'choose-name',
  wyze_potential_duplicate_code: 'choose-pin',
  dormakaba_oracode_no_valid_user_level: 'host',
  keynest_unsupported_third_party_locker: 'none',
  account_disconnected: 'host',
  invalid_credentials: 'host',
  salto_ks_subscription_limit_exceeded: 'host',
  dormakaba_sites_disconnected: 'host',
  device_offline: 'host',
  device_disconnected: 'host',
  device_removed: 'host',
  hub_disconnected: 'host',
  empty_backup_access_code_pool: 'host',
  august_lock_not_authorized: 'host',
  august_lock_missing_bridge: 'host',
  ttlock_lock_not_paired_to_gateway: 'host',
  lockly_missing_wifi_bridge: 'host',
  missing_device_credentials: 'host',
  auxiliary_heat_running: 'none',
  subscription_required: 'host',
  bridge_disconnected: 'host',
  delay_in_setting_on_device: 'none',
  delay_in_removing_from_device: 'none',
  third_party_integration_detected: 'host',
  schlage_detected_duplicate: 'choose-pin',
  schlage_creation_outage: 'use-backup',
  igloo_algopin_must_be_used_within_24_hours: 'none',
  management_transferred: 'none',
  code_rotates_periodically: 'none',
  time_frame_adjusted_for_unknown_time_zone: 'host',
  external_modification_in_effect: 'none',
  using_backup_access_code: 'none',
  being_deleted: 'none',
  unknown_issue_with_access_code: 'none',
} satisfies Record<TypedIssueCode, Remedy> & Record<string, Remedy>

export const remediesByCode: Readonly<Record<string, Remedy>> = remedies

/** The remedy of an issue code; `none` for a code the catalog does not know. */
export function remedyOf(code: string | undefined): Remedy {
  return code !== undefined && Object.prototype.hasOwnProperty.call(remedies, code) ? remediesByCode[code]! : 'none'
}

/** The words of a remedy the kit offers (its button, the backup code flow). */
export function remedyText(key: keyof RemedyText, locale?: string, params: Record<string, string | number> = {}): string {
  // A count picks its words by the language's plural rules ("The one code", "All 3 codes").
  return fill(lookup<string>(locale, (t) => t.remedies, key)!, params, locale ?? 'en')
}
