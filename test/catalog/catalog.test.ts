import { expect } from '@open-wc/testing'
import { schemas, type Device } from '@seamapi/types/connect'
import {
  describeProviderRule,
  describeStatus,
  explainIssue,
  issueFallbackEn,
  issueGroupFlags,
  issueGroupsByCode,
  issuesEn,
  providerDisplayNameOf,
  providerHas,
  providerOf,
  providerRules,
  providerTextEn,
  registerCatalog,
  statusEn,
  unknownStatusEn,
  type IssueGroup,
} from '../../src/catalog/index.js'

/**
 * Every error_code and warning_code in the Seam API reference's
 * unmanaged_access_code object (seed 000_786828dfd75af463.txt) and
 * access_code object (seeds 001_a0485f4b0f26618f.txt, 002_14d229c042ea367e.txt).
 * Taken from those files by hand; some codes are both an error and a warning.
 */
const SEED_ERROR_CODES = [
  'account_disconnected',
  'august_device_programming_delay',
  'august_device_slots_full',
  'august_lock_invalid_code_length',
  'august_lock_missing_bridge',
  'august_lock_missing_keypad',
  'august_lock_not_authorized',
  'august_lock_temporarily_offline',
  'auxiliary_heat_running',
  'bridge_disconnected',
  'code_modified_external_to_seam',
  'device_disconnected',
  'device_offline',
  'device_removed',
  'dormakaba_oracode_no_valid_user_level',
  'duplicate_code_attempt_prevented',
  'duplicate_code_on_device',
  'empty_backup_access_code_pool',
  'failed_to_remove_from_device',
  'failed_to_set_on_device',
  'hub_disconnected',
  'hubitat_device_programming_delay',
  'hubitat_no_free_positions_available',
  'igloohome_bridge_offline',
  'igloohome_bridge_too_many_pending_jobs',
  'igloohome_offline_access_code_no_variance_available',
  'invalid_credentials',
  'keynest_unsupported_third_party_locker',
  'kwikset_insufficient_permissions',
  'kwikset_unable_to_confirm_code',
  'kwikset_unable_to_confirm_deletion',
  'lockly_missing_wifi_bridge',
  'missing_device_credentials',
  'no_space_for_access_code_on_device',
  'salto_ks_subscription_limit_exceeded',
  'salto_ks_user_not_subscribed',
  'smartthings_failed_to_set_access_code',
  'smartthings_failed_to_set_after_multiple_retries',
  'smartthings_no_free_slots_available',
  'subscription_required',
  'ttlock_lock_not_paired_to_gateway',
  'wyze_duplicate_code_name',
  'wyze_potential_duplicate_code',
]
const SEED_WARNING_CODES = [
  'august_device_programming_delay',
  'august_lock_temporarily_offline',
  'code_modified_external_to_seam',
  'delay_in_removing_from_device',
  'delay_in_setting_on_device',
  'igloo_algopin_must_be_used_within_24_hours',
  'kwikset_unable_to_confirm_code',
  'management_transferred',
  'schlage_creation_outage',
  'schlage_detected_duplicate',
  'smartthings_failed_to_set_access_code',
  'third_party_integration_detected',
]
/** Which seeds' codes are not access code issues (from the is_*_error flags each variant lists). */
const SEED_GROUPS: Record<string, IssueGroup> = {
  account_disconnected: 'connected_account',
  salto_ks_subscription_limit_exceeded: 'connected_account',
  invalid_credentials: 'connected_account',
  bridge_disconnected: 'bridge',
  device_offline: 'device',
  device_removed: 'device',
  hub_disconnected: 'device',
  device_disconnected: 'device',
  empty_backup_access_code_pool: 'device',
  august_lock_not_authorized: 'device',
  august_lock_missing_bridge: 'device',
  ttlock_lock_not_paired_to_gateway: 'device',
  missing_device_credentials: 'device',
  auxiliary_heat_running: 'device',
  subscription_required: 'device',
  lockly_missing_wifi_bridge: 'device',
  duplicate_code_on_device: 'access_code',
  kwikset_insufficient_permissions: 'access_code',
}

// ---- Walking the zod schemas of @seamapi/types ----

type ZodDef = { typeName?: string; [key: string]: unknown }
const defOf = (schema: unknown): ZodDef | undefined => (schema as { _def?: ZodDef } | null | undefined)?._def

/** The object variants inside arrays, unions, optionals and effects. */
function objectVariants(schema: unknown, out: ZodDef[] = []): ZodDef[] {
  const def = defOf(schema)
  switch (def?.typeName) {
    case 'ZodArray':
      return objectVariants(def.type, out)
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
      return objectVariants(def.innerType, out)
    case 'ZodEffects':
      return objectVariants(def.schema, out)
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion': {
      const options = def.options instanceof Map ? [...def.options.values()] : (def.options as unknown[])
      for (const option of options) objectVariants(option, out)
      return out
    }
    case 'ZodObject':
      out.push(def)
      return out
    default:
      throw new Error(`Unexpected schema ${def?.typeName} while walking issues`)
  }
}

function shapeOf(def: ZodDef): Record<string, unknown> {
  return typeof def.shape === 'function' ? (def.shape as () => Record<string, unknown>)() : (def.shape as Record<string, unknown>)
}

/** The literal values a field can take: a ZodLiteral's value or a ZodEnum's values. */
function literalValues(schema: unknown): unknown[] {
  const def = defOf(schema)
  if (def?.typeName === 'ZodLiteral') return [def.value]
  if (def?.typeName === 'ZodEnum') return def.values as unknown[]
  if (def?.typeName === 'ZodOptional' || def?.typeName === 'ZodNullable') return literalValues(def.innerType)
  return []
}

function codesOf(list: unknown, field: 'error_code' | 'warning_code'): string[] {
  return objectVariants(list).flatMap((variant) => literalValues(shapeOf(variant)[field]).map(String))
}

const resources = { access_code: schemas.access_code, unmanaged_access_code: schemas.unmanaged_access_code }
const typedErrors = new Set(Object.values(resources).flatMap((s) => codesOf(s.shape.errors, 'error_code')))
const typedWarnings = new Set(Object.values(resources).flatMap((s) => codesOf(s.shape.warnings, 'warning_code')))

const has = (code: string) => Object.prototype.hasOwnProperty.call(issuesEn, code)
const missing = (codes: Iterable<string>) => [...codes].filter((c) => !has(c))
const snakeCase = /[a-z0-9]+_[a-z0-9_]+/i

describe('catalog: issue texts', () => {
  it('finds the error and warning codes in @seamapi/types by walking its schemas', () => {
    // A walk that finds nothing would make the next test pass vacuously.
    expect(typedErrors.size).to.be.greaterThan(10)
    expect(typedWarnings.size).to.be.greaterThan(5)
    for (const code of ['duplicate_code_on_device', 'device_offline', 'account_disconnected', 'bridge_disconnected']) {
      expect([...typedErrors]).to.include(code)
    }
    for (const code of ['management_transferred', 'delay_in_setting_on_device']) expect([...typedWarnings]).to.include(code)
  })

  it('has an entry for every error and warning code of access_code and unmanaged_access_code in @seamapi/types', () => {
    expect(missing(typedErrors), 'error codes without an entry').to.deep.equal([])
    expect(missing(typedWarnings), 'warning codes without an entry').to.deep.equal([])
  })

  it('has an entry for every error and warning code in the Seam API reference', () => {
    expect(SEED_ERROR_CODES.length).to.equal(43)
    expect(SEED_WARNING_CODES.length).to.equal(12)
    expect(missing(SEED_ERROR_CODES), 'error codes without an entry').to.deep.equal([])
    expect(missing(SEED_WARNING_CODES), 'warning codes without an entry').to.deep.equal([])
  })

  it('has no entry that is blank, badly shaped or shows a raw identifier', () => {
    const entries = Object.entries(issuesEn)
    expect(entries.length).to.be.greaterThan(50)
    for (const [code, text] of entries) {
      expect(Object.keys(text).filter((k) => k !== 'chip').sort(), code).to.deep.equal(['action', 'explanation', 'title'])
      for (const part of ['title', 'chip', 'explanation', 'action'] as const) {
        const value = text[part]
        if (value === undefined) continue
        expect(value.trim(), `${code}.${part}`).to.not.equal('')
        expect(value, `${code}.${part}`).to.not.include(code)
        expect(value, `${code}.${part}`).to.not.match(snakeCase)
        expect(value, `${code}.${part}`).to.not.match(/[{}<>`]/)
      }
      expect(text.title, `${code}.title`).to.match(/^[A-Z]/)
      expect(text.title, `${code}.title`).to.not.match(/\.$/)
      expect(text.title.split(/\s+/).length, `${code}.title is short`).to.be.at.most(6)
      // What a row's chip shows: a title that fits, or its own short words.
      const chip = text.chip ?? text.title
      expect(chip.length, `${code}: chip "${chip}" fits a chip`).to.be.at.most(16)
      // Beside the status, a chip never says the status word again (a failed set is not "Not set").
      expect([...Object.values(statusEn), unknownStatusEn].map((s) => s.label), `${code}: its chip repeats a status word`).to.not.include(chip)
      if (text.chip !== undefined) {
        expect(text.title.length, `${code}: a chip for a title that fits`).to.be.greaterThan(16)
        expect(text.chip.length, `${code}.chip is shorter than its title`).to.be.lessThan(text.title.length)
      }
      expect(text.explanation, `${code}.explanation`).to.match(/\.$/)
      expect(text.action, `${code}.action`).to.match(/\.$/)
    }
  })

  it('keeps the status, fallback and provider sentences filled in and free of identifiers', () => {
    const texts = [
      ...Object.values(statusEn).flatMap((s) => [s.label, s.meaning]),
      unknownStatusEn.label,
      unknownStatusEn.meaning,
      ...Object.values(issueFallbackEn),
      ...Object.values(providerTextEn),
    ]
    for (const text of texts) {
      expect(text.trim()).to.not.equal('')
      expect(text).to.not.match(snakeCase)
    }
  })

  it('lists only known codes in the group table', () => {
    const listed = Object.values(issueGroupsByCode).flat()
    expect(missing(listed)).to.deep.equal([])
  })
})

describe('catalog: explainIssue', () => {
  it('explains a known error with the catalog texts and keeps the API message', () => {
    const issue = explainIssue(
      { error_code: 'duplicate_code_on_device', message: 'Duplicate access code detected.', is_access_code_error: true },
      'error',
    )
    expect(issue).to.deep.equal({
      code: 'duplicate_code_on_device',
      severity: 'error',
      group: 'access_code',
      ...issuesEn.duplicate_code_on_device,
      known: true,
      message: 'Duplicate access code detected.',
    })
  })

  it('explains a known warning', () => {
    const issue = explainIssue({ warning_code: 'management_transferred', message: 'moved' }, 'warning')
    expect(issue.known).to.equal(true)
    expect(issue.severity).to.equal('warning')
    expect(issue.title).to.equal(issuesEn.management_transferred!.title)
    expect(issue.group).to.equal('access_code')
  })

  it('falls back to the API message for an unknown code', () => {
    const error = explainIssue({ error_code: 'brand_new_error', message: '  The lock exploded.  ' }, 'error')
    expect(error.known).to.equal(false)
    expect(error.code).to.equal('brand_new_error')
    expect(error.title).to.equal('Unrecognised problem')
    expect(error.explanation).to.equal('The lock exploded.')
    expect(error.message).to.equal('The lock exploded.')
    expect(error.action.trim()).to.not.equal('')
    expect(error.group).to.equal('unknown')

    const warning = explainIssue({ warning_code: 'brand_new_warning', message: 'Heads up.' }, 'warning')
    expect(warning.title).to.equal('Unrecognised warning')
    expect(warning.explanation).to.equal('Heads up.')
  })

  it('uses a generic sentence when an unknown code has no usable message', () => {
    for (const message of [undefined, '', '   ', 42, { text: 'x' }, null]) {
      const issue = explainIssue({ error_code: 'brand_new_error', message }, 'error')
      expect(issue.explanation).to.equal(issueFallbackEn.errorExplanation)
      expect(issue.message).to.equal(undefined)
    }
  })

  it('returns non-blank texts for null, garbage and malformed input', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      'device_offline',
      true,
      [],
      [{ error_code: 'device_offline' }],
      {},
      { error_code: 42, message: ['x'] },
      { error_code: '' },
      { error_code: null, warning_code: undefined },
      Object.create(null),
    ]
    for (const severity of ['error', 'warning'] as const) {
      for (const [i, input] of inputs.entries()) {
        const issue = explainIssue(input, severity)
        expect(issue.known, `input #${i}`).to.equal(false)
        expect(issue.code).to.equal(undefined)
        expect(issue.severity).to.equal(severity)
        expect(issue.group).to.equal('unknown')
        for (const part of [issue.title, issue.explanation, issue.action]) expect(part.trim()).to.not.equal('')
      }
    }
  })

  it('does not mistake inherited object properties for codes', () => {
    for (const code of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      const issue = explainIssue({ error_code: code }, 'error')
      expect(issue.known, code).to.equal(false)
      expect(issue.title).to.equal('Unrecognised problem')
    }
  })

  it('reads the other code field when the severity and the issue disagree', () => {
    expect(explainIssue({ warning_code: 'being_deleted' }, 'error').title).to.equal(issuesEn.being_deleted!.title)
    expect(explainIssue({ error_code: 'device_offline' }, 'warning').title).to.equal(issuesEn.device_offline!.title)
  })

  it('treats an unexpected severity as an error', () => {
    expect(explainIssue({}, 'fatal' as never).severity).to.equal('error')
  })

  it('groups by the is_*_error flags when they are present', () => {
    const group = (issue: object) => explainIssue(issue, 'error').group
    expect(group({ error_code: 'anything', is_device_error: true })).to.equal('device')
    expect(group({ error_code: 'anything', is_access_code_error: true })).to.equal('access_code')
    expect(group({ error_code: 'anything', is_connected_account_error: true })).to.equal('connected_account')
    expect(group({ error_code: 'anything', is_connected_account_error: true, is_bridge_error: true })).to.equal('bridge')
    expect(group({ error_code: 'account_disconnected', is_connected_account_error: true, is_device_error: false })).to.equal('connected_account')
    // A flag wins over the table.
    expect(group({ error_code: 'device_offline', is_access_code_error: true })).to.equal('access_code')
    // Flags that are false or not booleans do not count.
    expect(group({ error_code: 'device_offline', is_access_code_error: false })).to.equal('device')
    expect(group({ error_code: 'device_offline', is_access_code_error: 'yes' })).to.equal('device')
  })

  it('groups known codes without flags from the table, and unknown ones as unknown', () => {
    for (const [code, expected] of Object.entries(SEED_GROUPS)) {
      expect(explainIssue({ error_code: code }, 'error').group, code).to.equal(expected)
    }
    expect(explainIssue({ warning_code: 'delay_in_setting_on_device' }, 'warning').group).to.equal('access_code')
    expect(explainIssue({ error_code: 'brand_new_error' }, 'error').group).to.equal('unknown')
  })

  it('groups every typed error without flags as its literal flags in @seamapi/types say', () => {
    let checked = 0
    for (const schema of Object.values(resources)) {
      for (const variant of objectVariants(schema.shape.errors)) {
        const shape = shapeOf(variant)
        const code = String(literalValues(shape.error_code)[0])
        const flagged = issueGroupFlags.find(([flag]) => literalValues(shape[flag])[0] === true)
        if (!flagged) continue
        checked++
        expect(explainIssue({ error_code: code }, 'error').group, code).to.equal(flagged[1])
      }
    }
    expect(checked).to.be.greaterThan(10)
  })
})

describe('catalog: describeStatus', () => {
  it('describes each status Seam gives an access code', () => {
    for (const status of ['setting', 'set', 'unset', 'removing', 'unknown'] as const) {
      const described = describeStatus(status)
      expect(described.known, status).to.equal(true)
      expect(described.label).to.equal(statusEn[status].label)
      expect(described.meaning).to.equal(statusEn[status].meaning)
      expect(described.label.trim()).to.not.equal('')
      expect(described.meaning.trim()).to.not.equal('')
    }
  })

  it('covers every status in the @seamapi/types schemas', () => {
    const values = [schemas.access_code.shape.status, schemas.unmanaged_access_code.shape.status].flatMap(literalValues)
    expect(values.length).to.be.greaterThan(4)
    for (const value of values) expect(describeStatus(value).known, String(value)).to.equal(true)
  })

  it('describes a status it does not know neutrally', () => {
    for (const status of ['paused', '', null, undefined, 3, {}, 'toString', '__proto__']) {
      const described = describeStatus(status)
      expect(described).to.deep.equal({ label: unknownStatusEn.label, meaning: unknownStatusEn.meaning, known: false })
    }
  })
})

describe('catalog: providers', () => {
  const device = (over: object) => over as unknown as Device

  it('reads the provider from device_provider first', () => {
    const d = device({
      device_provider: { device_provider_name: 'SmartThings', display_name: 'SmartThings', provider_category: 'stable' },
      device_type: 'kwikset_lock',
      properties: { manufacturer: 'schlage' },
    })
    expect(providerOf(d)).to.equal('smartthings')
  })

  it('falls back to the device type without its _lock suffix, then the manufacturer', () => {
    expect(providerOf(device({ device_type: 'kwikset_lock' }))).to.equal('kwikset')
    expect(providerOf(device({ device_type: 'igloohome_lock' }))).to.equal('igloohome')
    expect(providerOf(device({ device_type: 'dormakaba_oracode_door' }))).to.equal('dormakaba_oracode_door')
    expect(providerOf(device({ device_provider: {}, properties: { manufacturer: 'Kwikset' } }))).to.equal('kwikset')
    expect(providerOf(device({ device_type: '', properties: { manufacturer: 'SmartThings' } }))).to.equal('smartthings')
  })

  it('returns undefined for a missing or malformed device', () => {
    expect(providerOf(undefined)).to.equal(undefined)
    expect(providerOf(null as never)).to.equal(undefined)
    expect(providerOf(device({}))).to.equal(undefined)
    expect(providerOf(device({ device_provider: 'august', device_type: 7, properties: null }))).to.equal(undefined)
    expect(providerOf('kwikset_lock' as never)).to.equal(undefined)
  })

  it('knows which providers cannot convert, hide the PIN or have no unmanaged codes', () => {
    expect([...providerRules.cannotConvert].sort()).to.deep.equal(['igloohome', 'kwikset', 'smartthings'])
    expect(providerHas('hidesPin', providerOf(device({ device_type: 'smartthings_lock' })))).to.equal(true)
    expect(providerHas('hidesPin', providerOf(device({ device_type: 'august_lock' })))).to.equal(false)
    expect(providerHas('noUnmanagedCodes', 'kwikset')).to.equal(true)
    expect(providerHas('cannotConvert', undefined)).to.equal(false)
  })

  it('fills the provider name into the sentences', () => {
    const withName = device({ device_provider: { device_provider_name: 'smartthings', display_name: 'SmartThings Hub' } })
    expect(providerDisplayNameOf(withName)).to.equal('SmartThings Hub')
    expect(describeProviderRule('hidesPin', withName)).to.equal(providerTextEn.hidesPin.replace('{provider}', 'SmartThings Hub'))
    expect(describeProviderRule('cannotConvert', device({ device_type: 'kwikset_lock' }))).to.match(/^Kwikset /)
    const nameless = describeProviderRule('noUnmanagedCodes', undefined)
    expect(nameless).to.not.include('{provider}')
    expect(nameless.startsWith(providerTextEn.unknownProvider)).to.equal(true)
    // A display name is inserted as text, not as a replacement pattern.
    expect(describeProviderRule('hidesPin', device({ device_provider: { display_name: '$& $1' } }))).to.match(/^\$& \$1 /)
  })
})

describe('catalog: locales', () => {
  const issue = { error_code: 'device_offline', message: 'offline' }

  it('falls back to English for a language it does not have', () => {
    // Not one the kit ships either (those arrive on demand: test/catalog/locales.test.ts).
    for (const locale of ['sv', 'nl-NL', 'EN-gb', 'en', '', 'not a locale', 42 as never]) {
      expect(explainIssue(issue, 'error', locale), String(locale)).to.deep.equal(explainIssue(issue, 'error'))
      expect(describeStatus('set', locale)).to.deep.equal(describeStatus('set'))
      expect(describeStatus('weird', locale)).to.deep.equal(describeStatus('weird'))
      expect(explainIssue({ error_code: 'brand_new' }, 'warning', locale).title).to.equal('Unrecognised warning')
    }
  })

  it('uses a registered language, region tags included, and English for what it leaves out', () => {
    registerCatalog('zz', {
      issues: { device_offline: { title: 'Zz offline', explanation: 'Zz explanation.', action: 'Zz action.' } },
      status: { set: { label: 'Zz set', meaning: 'Zz meaning.' } },
      issueFallback: { errorTitle: 'Zz unknown' },
    })
    expect(explainIssue(issue, 'error', 'zz').title).to.equal('Zz offline')
    expect(explainIssue(issue, 'error', 'ZZ-YY').title).to.equal('Zz offline')
    expect(explainIssue({ error_code: 'device_removed' }, 'error', 'zz').title).to.equal(issuesEn.device_removed!.title)
    expect(describeStatus('set', 'zz').label).to.equal('Zz set')
    expect(describeStatus('unset', 'zz').label).to.equal(statusEn.unset.label)
    expect(describeStatus('weird', 'zz').label).to.equal(unknownStatusEn.label)
    expect(explainIssue({ error_code: 'brand_new' }, 'error', 'zz').title).to.equal('Zz unknown')
    // Its chip is its own title, not the English chip's words.
    expect(explainIssue({ error_code: 'brand_new' }, 'error', 'zz').chip).to.equal('Zz unknown')
    expect(explainIssue({ error_code: 'brand_new' }, 'error', 'zz').action).to.equal(issueFallbackEn.action)
    expect(describeProviderRule('hidesPin', undefined, 'zz')).to.equal(describeProviderRule('hidesPin', undefined))
    // English is untouched.
    expect(explainIssue(issue, 'error').title).to.equal(issuesEn.device_offline!.title)
  })
})
