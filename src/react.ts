// React wrappers (React 18 and 19): properties set as properties, events as
// typed `on…` props. React 19 can also use the tags directly.
import { createComponent, type EventName } from '@lit/react'
import * as React from 'react'
import './index.js'
import { AccessCodeDetails as AccessCodeDetailsElement } from './elements/access-code-details/access-code-details.js'
import { AccessCodeForm as AccessCodeFormElement } from './elements/access-code-form/access-code-form.js'
import { AccessCodeTable as AccessCodeTableElement } from './elements/access-code-table/access-code-table.js'
import { ConvertCodeDialog as ConvertCodeDialogElement } from './elements/convert-code-dialog/convert-code-dialog.js'
import { UnmanagedCodeList as UnmanagedCodeListElement } from './elements/unmanaged-code-list/unmanaged-code-list.js'
import { SeamProvider as SeamProviderElement } from './context/seam-provider.js'
import type { SeamEventDetails } from './events.js'

type Ev<K extends keyof SeamEventDetails> = EventName<CustomEvent<SeamEventDetails[K]>>

const seamError = 'seam-error' as Ev<'seam-error'>
const converted = 'unmanaged-code-converted' as Ev<'unmanaged-code-converted'>
const convertFailed = 'unmanaged-code-convert-failed' as Ev<'unmanaged-code-convert-failed'>
const created = 'access-code-created' as Ev<'access-code-created'>
const updated = 'access-code-updated' as Ev<'access-code-updated'>
const remedy = 'seam-remedy' as Ev<'seam-remedy'>

export const SeamProvider = createComponent({
  react: React,
  tagName: 'seam-provider',
  elementClass: SeamProviderElement,
  events: { onSeamError: seamError },
})

export const AccessCodeTable = createComponent({
  react: React,
  tagName: 'access-code-table',
  elementClass: AccessCodeTableElement,
  events: {
    onAccessCodeSelected: 'access-code-selected' as Ev<'access-code-selected'>,
    onAccessCodeDeleted: 'access-code-deleted' as Ev<'access-code-deleted'>,
    onAccessCodeCreated: created,
    onAccessCodeUpdated: updated,
    onAccessCodeBackupPulled: 'access-code-backup-pulled' as Ev<'access-code-backup-pulled'>,
    onSeamRemedy: remedy,
    onSeamError: seamError,
  },
})

export const UnmanagedCodeList = createComponent({
  react: React,
  tagName: 'unmanaged-code-list',
  elementClass: UnmanagedCodeListElement,
  events: {
    onUnmanagedCodeConvert: 'unmanaged-code-convert' as Ev<'unmanaged-code-convert'>,
    onUnmanagedCodeConverted: converted,
    onUnmanagedCodeConvertFailed: convertFailed,
    onUnmanagedCodeDeleted: 'unmanaged-code-deleted' as Ev<'unmanaged-code-deleted'>,
    // Replacing a code Seam cannot convert: the new code, then the old one gone.
    onAccessCodeCreated: created,
    onUnmanagedCodeReplaced: 'unmanaged-code-replaced' as Ev<'unmanaged-code-replaced'>,
    onSeamRemedy: remedy,
    onSeamError: seamError,
  },
})

export const ConvertCodeDialog = createComponent({
  react: React,
  tagName: 'convert-code-dialog',
  elementClass: ConvertCodeDialogElement,
  events: {
    onUnmanagedCodeConverted: converted,
    onUnmanagedCodeConvertFailed: convertFailed,
    onSeamError: seamError,
    onClose: 'close' as EventName<Event>,
  },
})

export const AccessCodeForm = createComponent({
  react: React,
  tagName: 'access-code-form',
  elementClass: AccessCodeFormElement,
  events: {
    onAccessCodeSubmit: 'access-code-submit' as Ev<'access-code-submit'>,
    onAccessCodeCreated: created,
    onAccessCodeUpdated: updated,
    onSeamError: seamError,
    onCancel: 'cancel' as EventName<Event>,
  },
})

export const AccessCodeDetails = createComponent({
  react: React,
  tagName: 'access-code-details',
  elementClass: AccessCodeDetailsElement,
  events: {
    onAccessCodeEdit: 'access-code-edit' as Ev<'access-code-edit'>,
    onAccessCodeUpdated: updated,
    onAccessCodeDeleted: 'access-code-deleted' as Ev<'access-code-deleted'>,
    onAccessCodeBackupPulled: 'access-code-backup-pulled' as Ev<'access-code-backup-pulled'>,
    onSeamRemedy: remedy,
    onSeamError: seamError,
  },
})
