/** What an issue is about: the code itself, the lock, the provider account, or Seam Bridge. */
export type IssueGroup = 'access_code' | 'device' | 'connected_account' | 'bridge' | 'unknown'

/**
 * The flags Seam puts on an error, checked in this order: the first one that
 * is `true` decides. (`bridge_disconnected` is both a bridge and an account
 * error; `account_disconnected` says `is_device_error: false`.)
 */
export const issueGroupFlags: readonly (readonly [flag: string, group: IssueGroup])[] = [
  ['is_bridge_error', 'bridge'],
  ['is_connected_account_error', 'connected_account'],
  ['is_device_error', 'device'],
  ['is_access_code_error', 'access_code'],
]

/**
 * Known codes that are not about the access code itself, for issues that come
 * without flags. From the flags of each error variant of the Seam API
 * reference's access code object (seeds 001_a0485f4b0f26618f.txt and
 * 002_14d229c042ea367e.txt) and of @seamapi/types. Any other known code is
 * an access code issue.
 */
export const issueGroupsByCode: Readonly<Record<'device' | 'connected_account' | 'bridge', readonly string[]>> = {
  device: [
    'device_offline',
    'device_removed',
    'hub_disconnected',
    'device_disconnected',
    'empty_backup_access_code_pool',
    'august_lock_not_authorized',
    'august_lock_missing_bridge',
    'ttlock_lock_not_paired_to_gateway',
    'lockly_missing_wifi_bridge',
    'missing_device_credentials',
    'auxiliary_heat_running',
    'subscription_required',
  ],
  connected_account: ['account_disconnected', 'invalid_credentials', 'salto_ks_subscription_limit_exceeded', 'dormakaba_sites_disconnected'],
  bridge: ['bridge_disconnected'],
}
