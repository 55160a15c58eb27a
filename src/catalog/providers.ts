import type { Device } from '@seamapi/types/connect'
import { providerNamesEn } from './providers.en.js'

export { providerNamesEn, providerTextEn, type ProviderText } from './providers.en.js'

/**
 * What some providers do not allow, by device provider name as in
 * @seamapi/types (`DEVICE_PROVIDERS`). From the guide "Migrating Existing
 * Unmanaged Access Codes" and the unmanaged_access_code object.
 */
export const providerRules = {
  /** Unmanaged codes cannot be converted to managed ones. */
  cannotConvert: ['igloohome', 'kwikset', 'smartthings'],
  /** The PIN of an unmanaged code is not returned (`code` is absent). */
  hidesPin: ['smartthings'],
  /** Seam does not list unmanaged codes at all. */
  noUnmanagedCodes: ['kwikset'],
} as const

export type ProviderRule = keyof typeof providerRules

/** Whether a provider (as returned by `providerOf`) is subject to a rule. */
export function providerHas(rule: ProviderRule, provider: string | undefined): boolean {
  return provider !== undefined && (providerRules[rule] as readonly string[]).includes(provider)
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/**
 * The device's provider name, lower-cased: `device_provider.device_provider_name`,
 * else `device_type` without a trailing `_lock`, else `properties.manufacturer`.
 */
export function providerOf(device: Device | undefined): string | undefined {
  const name =
    text(field(field(device, 'device_provider'), 'device_provider_name')) ??
    text(field(device, 'device_type'))?.replace(/_lock$/, '') ??
    text(field(field(device, 'properties'), 'manufacturer'))
  return name?.toLowerCase() || undefined
}

/** The provider's name as people know it: from the device when it has one, else from `providerNamesEn`. */
export function providerDisplayNameOf(device: Device | undefined): string | undefined {
  const own = text(field(field(device, 'device_provider'), 'display_name'))
  if (own !== undefined) return own
  const provider = providerOf(device)
  return provider === undefined ? undefined : providerNamesEn[provider]
}
