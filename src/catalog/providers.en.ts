/** Sentences about what a lock provider allows; `{provider}` is the provider's display name. */
export interface ProviderText {
  /** Unmanaged codes on this provider's locks cannot be converted to managed ones. */
  cannotConvert: string
  /** The provider does not share the PIN of codes set outside Seam. */
  hidesPin: string
  /** Seam does not list codes set outside Seam for this provider. */
  noUnmanagedCodes: string
  /** Stands in for `{provider}` when the provider's name is not known. */
  unknownProvider: string
}

/** From the guide "Migrating Existing Unmanaged Access Codes" and the unmanaged_access_code object. */
export const providerTextEn: ProviderText = {
  cannotConvert:
    '{provider} limits what Seam can see about codes set outside Seam, so Seam cannot take this code over. You can leave it on the lock as it is; to have a code that Seam manages, create a new one in Seam.',
  hidesPin: '{provider} does not share the PINs of codes set outside Seam, so this code’s PIN cannot be shown.',
  noUnmanagedCodes: '{provider} does not support listing codes set outside Seam, so any such codes on this lock do not appear here.',
  unknownProvider: 'The lock provider',
}

/** Display names for the providers named in the rules, for devices that do not carry one. */
export const providerNamesEn: Record<string, string> = {
  igloohome: 'igloohome',
  kwikset: 'Kwikset',
  smartthings: 'SmartThings',
}
