// The long half of the English issue catalog: what happened and what to do,
// for every code of ./issues.en.ts. Running this module fills them into those
// entries. Imported at once by ./issue-texts.ts (npm, classic file); the
// script-tag module fetches it as a chunk (./issue-texts.cdn.ts).
import { englishIssueTexts, issuesEn, type EnglishIssueCode, type IssueText } from './issues.en.js'

const refresh = 'Check that the lock is online and its batteries are charged.'
const freeSlots = 'Remove codes you no longer need from this lock, then try again.'

/** Sources as for the titles: the Seam API reference and @seamapi/types. */
const texts = {
  // Access code errors
  failed_to_set_on_device: {
    explanation: 'Seam could not program this code onto the lock.',
    action: `${refresh} If the code still does not appear, delete it and create it again.`,
  },
  failed_to_remove_from_device: {
    explanation: 'Seam could not remove this code from the lock, so it may still open the door.',
    action: `${refresh} Then try removing the code again, or remove it directly on the lock or in the manufacturer’s app.`,
  },
  duplicate_code_on_device: {
    explanation: 'Another code on this lock already uses the same PIN, so this code cannot be set.',
    action: 'Delete the other code, or convert it so Seam manages it, or choose a different PIN for this code.',
  },
  duplicate_code_attempt_prevented: {
    explanation: 'A change to this code was prevented because it would have put a duplicate PIN on the lock.',
    action: 'Choose a PIN that no other code on this lock uses, or remove the code that already has it.',
  },
  no_space_for_access_code_on_device: {
    explanation: 'The lock has no free space for another code.',
    action: freeSlots,
  },
  provider_issue: {
    explanation: 'A problem at the lock provider is preventing this code from being set or managed.',
    action: 'Read the details from Seam for what went wrong. Try again later, and contact the lock provider if it continues.',
  },
  conflicting_external_modification: {
    explanation: 'After Seam set this code, it was changed or removed outside Seam. Because that conflicts with the code as it is in Seam, Seam will set it on the lock again.',
    action: 'No action is needed. Make changes to this code only here, so they are not undone.',
  },
  access_code_inactive: {
    explanation: 'The code exists on the lock but is disabled, so it will not open the door until it is enabled again.',
    action: 'Enable the code again on the lock or in the manufacturer’s app, or delete it and create it again.',
  },
  insufficient_permissions: {
    explanation: 'The connected account does not have permission to manage PINs on this lock: an admin role is required.',
    action: 'Ask an admin to update your role, or ask them to set the PIN.',
  },
  smartthings_failed_to_set_access_code: {
    explanation: 'Seam could not set this code on the lock through SmartThings.',
    action: 'Check that the lock and its SmartThings hub are online. If the code still does not appear, delete it and create it again.',
  },
  smartthings_failed_to_set_after_multiple_retries: {
    explanation: 'Seam tried several times to set this code on the lock and did not succeed.',
    action: 'Check that the lock and its hub are online, then delete the code and create it again.',
  },
  smartthings_no_free_slots_available: {
    explanation: 'All the code slots on this lock are in use, so this code cannot be added.',
    action: freeSlots,
  },
  igloohome_bridge_too_many_pending_jobs: {
    explanation: 'The igloohome bridge for this lock has too many tasks waiting, so this code could not be handled yet.',
    action: 'Make sure the bridge is powered and online, wait for it to work through its queue, then try again.',
  },
  igloohome_bridge_offline: {
    explanation: 'The igloohome bridge for this lock is offline, so Seam cannot reach the lock.',
    action: 'Check that the bridge is plugged in and connected to Wi-Fi. The code will be set once the bridge is back online.',
  },
  igloohome_offline_access_code_no_variance_available: {
    explanation: 'This lock has reached the maximum number of codes it can have.',
    action: freeSlots,
  },
  kwikset_unable_to_confirm_code: {
    explanation: 'Seam could not confirm with Kwikset that this code is on the lock.',
    action: 'Try the code at the lock, or look for it in the Kwikset app. If it is missing, delete it and create it again.',
  },
  kwikset_unable_to_confirm_deletion: {
    explanation: 'Seam could not confirm with Kwikset that this code was removed from the lock, so it may still work.',
    action: 'Look for the code in the Kwikset app and remove it there if it is still on the lock.',
  },
  kwikset_insufficient_permissions: {
    explanation: 'The connected Kwikset account does not have permission to manage PINs on this lock: the Home Admin role is required.',
    action: 'Ask a Home Admin to update your role in the Kwikset app, or ask them to set the PIN.',
  },
  code_modified_external_to_seam: {
    explanation: 'After Seam set this code on the lock, it was changed or removed outside Seam.',
    action: 'Check the code on the lock. To avoid this, change the code only here, not on the keypad or in another app.',
  },
  august_lock_invalid_code_length: {
    explanation: 'The PIN has a number of digits this August lock does not accept.',
    action: 'Choose a PIN with a length this lock accepts, then try again.',
  },
  august_device_programming_delay: {
    explanation: 'This code has not yet been fully sent to the August lock.',
    action: 'Wait a little while. If this lasts, check that the lock is online and its batteries are charged.',
  },
  august_device_slots_full: {
    explanation: 'All the code slots on this August lock are in use.',
    action: freeSlots,
  },
  august_lock_missing_keypad: {
    explanation: 'This August lock is missing a keypad, so codes cannot be used on it.',
    action: 'Connect a keypad to the lock, then try again.',
  },
  august_lock_temporarily_offline: {
    explanation: 'This August lock is offline for the moment, so changes cannot reach it.',
    action: 'Check the lock’s batteries and its connection. The code will be updated once the lock is back online.',
  },
  salto_ks_user_not_subscribed: {
    explanation: 'The Salto KS site user for this code is not subscribed.',
    action: 'Ask your Salto KS site administrator to subscribe the user, then try again.',
  },
  hubitat_device_programming_delay: {
    explanation: 'This code has not yet been fully sent to the lock through Hubitat.',
    action: 'Wait a little while. If this lasts, check that the lock and its Hubitat hub are online.',
  },
  hubitat_no_free_positions_available: {
    explanation: 'All the code positions on this lock are in use.',
    action: freeSlots,
  },
  wyze_duplicate_code_name: {
    explanation: 'Another code on this Wyze lock already has the same name.',
    action: 'Give this code a different name, or rename the other code.',
  },
  wyze_potential_duplicate_code: {
    explanation: 'Another code on this Wyze lock may already use the same PIN.',
    action: 'Look for another code with the same PIN: delete it, or choose a different PIN for this code.',
  },
  dormakaba_oracode_no_valid_user_level: {
    explanation: 'No valid dormakaba Oracode user level is available for this code.',
    action: 'Check the user levels set up for this site in dormakaba Oracode, or ask your Oracode administrator, then try again.',
  },
  keynest_unsupported_third_party_locker: {
    explanation: 'This KeyNest locker is not supported.',
    action: 'Access to this locker has to be handled outside Seam. Contact KeyNest if you need help with it.',
  },
  // Device, connected account and bridge errors
  account_disconnected: {
    explanation: 'The lock provider account this lock is connected through is disconnected, so Seam cannot reach the lock.',
    action: 'Reconnect the account in the same place you connected it originally.',
  },
  invalid_credentials: {
    explanation: 'The sign-in details for the lock provider account were not accepted.',
    action: 'Reconnect the account with the correct sign-in details, in the same place you connected it originally.',
  },
  salto_ks_subscription_limit_exceeded: {
    explanation: 'The Salto KS site has reached its maximum number of users, so new codes cannot be created.',
    action: 'Contact Salto support to raise the user limit.',
  },
  dormakaba_sites_disconnected: {
    explanation: 'One or more dormakaba sites in the connected account could not be connected.',
    action: 'Contact dormakaba support.',
  },
  device_offline: {
    explanation: 'The lock is offline, so Seam cannot send changes to it.',
    action: 'Check the lock’s power or batteries and its Wi-Fi or hub connection. The code will be set once the lock is back online.',
  },
  device_disconnected: {
    explanation: 'The lock is disconnected, so Seam cannot send changes to it.',
    action: 'Check the lock’s power or batteries and its Wi-Fi or hub connection. The code will be set once the lock is back online.',
  },
  device_removed: {
    explanation: 'This lock has been removed, so Seam can no longer manage its codes.',
    action: 'If this was a mistake, add the lock back to the account you connected to Seam.',
  },
  hub_disconnected: {
    explanation: 'The hub that connects this lock is disconnected, so Seam cannot reach the lock.',
    action: 'Check that the hub is plugged in and online. Changes will reach the lock once the hub is connected again.',
  },
  empty_backup_access_code_pool: {
    explanation: 'This lock has no backup codes left to use in place of a code that fails.',
    action: 'Ask whoever manages your Seam account to add backup codes for this lock.',
  },
  august_lock_not_authorized: {
    explanation: 'The connected August account is not authorised to use this lock.',
    action: 'Ask the lock’s owner to give the account access, then reconnect the account.',
  },
  august_lock_missing_bridge: {
    explanation: 'This lock is not connected to a bridge, so Seam cannot reach it.',
    action: 'Connect the lock to its bridge and check that the bridge is plugged in and online.',
  },
  ttlock_lock_not_paired_to_gateway: {
    explanation: 'This lock is not paired with a gateway, so Seam cannot reach it.',
    action: 'Pair the lock with a gateway and check that the gateway is plugged in and online.',
  },
  lockly_missing_wifi_bridge: {
    explanation: 'This Lockly lock is not connected to a Wi-Fi bridge, so Seam cannot reach it.',
    action: 'Connect the lock to a Wi-Fi bridge and check that the bridge is plugged in and online.',
  },
  missing_device_credentials: {
    explanation: 'The credentials Seam needs to work with this device are missing.',
    action: 'Reconnect the account in the same place you connected it originally, and give any details it asks for.',
  },
  auxiliary_heat_running: {
    explanation: 'The device’s auxiliary heat is running.',
    action: 'This is about the device’s heating, not its codes: no action is needed here.',
  },
  subscription_required: {
    explanation: 'A subscription is required to connect this device.',
    action: 'Start or renew the subscription with the device’s provider, then try again.',
  },
  bridge_disconnected: {
    explanation: 'Seam cannot communicate with Seam Bridge, for example because the Seam Bridge program has stopped or the computer running it is offline.',
    action: 'Check that the computer running Seam Bridge is on and online, and that the Seam Bridge program is running.',
  },
  // Access code warnings
  delay_in_setting_on_device: {
    explanation: 'Setting this code on the lock is taking longer than usual.',
    action: `${refresh} No action is needed if it finishes soon.`,
  },
  delay_in_removing_from_device: {
    explanation: 'Removing this code from the lock is taking longer than usual, so it may still work for now.',
    action: `${refresh} No action is needed if it finishes soon.`,
  },
  third_party_integration_detected: {
    explanation: 'Another service connected to this lock was detected. It may cause codes to fail.',
    action: 'If you can, disconnect other services that manage codes on this lock, so that only Seam does.',
  },
  schlage_detected_duplicate: {
    explanation: 'Schlage detected another code on this lock with the same PIN.',
    action: 'Delete the other code, or choose a different PIN for this code.',
  },
  schlage_creation_outage: {
    explanation: 'Schlage returned an error when Seam tried to create this code.',
    action: 'Wait a while, then check whether the code is on the lock. If it is not, delete it and create it again.',
  },
  igloo_algopin_must_be_used_within_24_hours: {
    explanation: 'This kind of igloo code (an algoPIN) must be used within 24 hours.',
    action: 'Make sure the person uses the code within 24 hours. If that is not possible, create the code closer to when it is needed.',
  },
  management_transferred: {
    explanation: 'Management of this code was transferred to another Seam workspace.',
    action: 'To manage it from here again, convert it and choose to take it over from the other workspace.',
  },
  code_rotates_periodically: {
    explanation: 'This code’s PIN changes each time the code is renewed.',
    action: 'Look up the latest PIN before each use, and share that one.',
  },
  time_frame_adjusted_for_unknown_time_zone: {
    explanation: 'The lock’s time zone is unknown and this code’s time window crosses a daylight-saving change, so an hour was added at one end to keep it working. The code may work up to an hour outside the times you chose.',
    action: 'Ask whoever manages your Seam account to set the lock’s time zone; the extra hour is then removed.',
  },
  external_modification_in_effect: {
    explanation: 'After Seam set this code, it was changed or removed outside Seam. Changes from outside are allowed for this code, so the change is kept.',
    action: 'No action is needed if the change was intended. Otherwise, edit the code here.',
  },
  using_backup_access_code: {
    explanation: 'A backup code has been pulled and is being used in place of this code.',
    action: 'Give the backup code to whoever needs access, instead of this one.',
  },
  being_deleted: {
    explanation: 'This code is being deleted.',
    action: 'No action is needed.',
  },
  unknown_issue_with_access_code: {
    explanation: 'An unknown issue occurred with this code.',
    action: 'Read the details from Seam and check the code on the lock. If it continues, delete the code and create it again.',
  },
} satisfies Record<EnglishIssueCode, Pick<IssueText, 'explanation' | 'action'>>

for (const [code, text] of Object.entries(texts)) Object.assign(issuesEn[code]!, text)
englishIssueTexts.complete = true
