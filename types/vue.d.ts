// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.
import type { AccessCodeDetails, AccessCodeForm, AccessCodeTable, ConvertCodeDialog, SeamProvider, UnmanagedCodeList, SeamEventDetails } from 'access-code-elements/classes.js'
import type { DefineComponent } from 'vue'

declare module 'vue' {
  interface GlobalComponents {
    'access-code-details': DefineComponent<{
      'access-code-id'?: AccessCodeDetails['accessCodeId'] | string
      'heading'?: AccessCodeDetails['heading'] | string
      'disable-edit'?: AccessCodeDetails['disableEdit'] | string
      'disable-delete'?: AccessCodeDetails['disableDelete'] | string
      'poll-interval'?: AccessCodeDetails['pollInterval'] | string
      'publishable-key'?: AccessCodeDetails['publishableKey'] | string
      'user-identifier-key'?: AccessCodeDetails['userIdentifierKey'] | string
      'client-session-token'?: AccessCodeDetails['clientSessionToken'] | string
      'endpoint'?: AccessCodeDetails['endpoint'] | string
      'locale'?: AccessCodeDetails['locale'] | string
      'time-zone'?: AccessCodeDetails['timeZone'] | string
      'density'?: AccessCodeDetails['density'] | string
      accessCodeId?: AccessCodeDetails['accessCodeId']
      accessCode?: AccessCodeDetails['accessCode']
      heading?: AccessCodeDetails['heading']
      disableEdit?: AccessCodeDetails['disableEdit']
      disableDelete?: AccessCodeDetails['disableDelete']
      pollInterval?: AccessCodeDetails['pollInterval']
      errorFilter?: AccessCodeDetails['errorFilter']
      warningFilter?: AccessCodeDetails['warningFilter']
      publishableKey?: AccessCodeDetails['publishableKey']
      userIdentifierKey?: AccessCodeDetails['userIdentifierKey']
      clientSessionToken?: AccessCodeDetails['clientSessionToken']
      endpoint?: AccessCodeDetails['endpoint']
      client?: AccessCodeDetails['client']
      locale?: AccessCodeDetails['locale']
      timeZone?: AccessCodeDetails['timeZone']
      density?: AccessCodeDetails['density']
      'onAccessCodeEdit'?: (event: CustomEvent<SeamEventDetails['access-code-edit']>) => void
      'onAccessCodeUpdated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
      'onAccessCodeDeleted'?: (event: CustomEvent<SeamEventDetails['access-code-deleted']>) => void
      'onAccessCodeBackupPulled'?: (event: CustomEvent<SeamEventDetails['access-code-backup-pulled']>) => void
      'onSeamRemedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
    }>
    'access-code-form': DefineComponent<{
      'device-id'?: AccessCodeForm['deviceId'] | string
      'access-code-id'?: AccessCodeForm['accessCodeId'] | string
      'heading'?: AccessCodeForm['heading'] | string
      'submit-label'?: AccessCodeForm['submitLabel'] | string
      'publishable-key'?: AccessCodeForm['publishableKey'] | string
      'user-identifier-key'?: AccessCodeForm['userIdentifierKey'] | string
      'client-session-token'?: AccessCodeForm['clientSessionToken'] | string
      'endpoint'?: AccessCodeForm['endpoint'] | string
      'locale'?: AccessCodeForm['locale'] | string
      'time-zone'?: AccessCodeForm['timeZone'] | string
      'density'?: AccessCodeForm['density'] | string
      deviceId?: AccessCodeForm['deviceId']
      accessCodeId?: AccessCodeForm['accessCodeId']
      accessCode?: AccessCodeForm['accessCode']
      defaults?: AccessCodeForm['defaults']
      heading?: AccessCodeForm['heading']
      submitLabel?: AccessCodeForm['submitLabel']
      publishableKey?: AccessCodeForm['publishableKey']
      userIdentifierKey?: AccessCodeForm['userIdentifierKey']
      clientSessionToken?: AccessCodeForm['clientSessionToken']
      endpoint?: AccessCodeForm['endpoint']
      client?: AccessCodeForm['client']
      locale?: AccessCodeForm['locale']
      timeZone?: AccessCodeForm['timeZone']
      density?: AccessCodeForm['density']
      'onCancel'?: (event: Event) => void
      'onAccessCodeCreated'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
      'onAccessCodeUpdated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      'onAccessCodeSubmit'?: (event: CustomEvent<SeamEventDetails['access-code-submit']>) => void
    }>
    'access-code-table': DefineComponent<{
      'device-id'?: AccessCodeTable['deviceId'] | string
      'heading'?: AccessCodeTable['heading'] | string
      'disable-search'?: AccessCodeTable['disableSearch'] | string
      'disable-delete'?: AccessCodeTable['disableDelete'] | string
      'disable-create'?: AccessCodeTable['disableCreate'] | string
      'disable-edit'?: AccessCodeTable['disableEdit'] | string
      'poll-interval'?: AccessCodeTable['pollInterval'] | string
      'publishable-key'?: AccessCodeTable['publishableKey'] | string
      'user-identifier-key'?: AccessCodeTable['userIdentifierKey'] | string
      'client-session-token'?: AccessCodeTable['clientSessionToken'] | string
      'endpoint'?: AccessCodeTable['endpoint'] | string
      'locale'?: AccessCodeTable['locale'] | string
      'time-zone'?: AccessCodeTable['timeZone'] | string
      'density'?: AccessCodeTable['density'] | string
      deviceId?: AccessCodeTable['deviceId']
      heading?: AccessCodeTable['heading']
      disableSearch?: AccessCodeTable['disableSearch']
      disableDelete?: AccessCodeTable['disableDelete']
      disableCreate?: AccessCodeTable['disableCreate']
      disableEdit?: AccessCodeTable['disableEdit']
      pollInterval?: AccessCodeTable['pollInterval']
      accessCodes?: AccessCodeTable['accessCodes']
      accessCodeFilter?: AccessCodeTable['accessCodeFilter']
      accessCodeComparator?: AccessCodeTable['accessCodeComparator']
      errorFilter?: AccessCodeTable['errorFilter']
      warningFilter?: AccessCodeTable['warningFilter']
      publishableKey?: AccessCodeTable['publishableKey']
      userIdentifierKey?: AccessCodeTable['userIdentifierKey']
      clientSessionToken?: AccessCodeTable['clientSessionToken']
      endpoint?: AccessCodeTable['endpoint']
      client?: AccessCodeTable['client']
      locale?: AccessCodeTable['locale']
      timeZone?: AccessCodeTable['timeZone']
      density?: AccessCodeTable['density']
      'onAccessCodeSelected'?: (event: CustomEvent<SeamEventDetails['access-code-selected']>) => void
      'onAccessCodeDeleted'?: (event: CustomEvent<SeamEventDetails['access-code-deleted']>) => void
      'onAccessCodeCreated'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
      'onAccessCodeUpdated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
      'onAccessCodeBackupPulled'?: (event: CustomEvent<SeamEventDetails['access-code-backup-pulled']>) => void
      'onSeamRemedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
    }>
    'convert-code-dialog': DefineComponent<{
      'access-code-id'?: ConvertCodeDialog['accessCodeId'] | string
      'open'?: ConvertCodeDialog['open'] | string
      'allow-external-modification'?: ConvertCodeDialog['allowExternalModification'] | string
      'pending-after'?: ConvertCodeDialog['pendingAfter'] | string
      'publishable-key'?: ConvertCodeDialog['publishableKey'] | string
      'user-identifier-key'?: ConvertCodeDialog['userIdentifierKey'] | string
      'client-session-token'?: ConvertCodeDialog['clientSessionToken'] | string
      'endpoint'?: ConvertCodeDialog['endpoint'] | string
      'locale'?: ConvertCodeDialog['locale'] | string
      'time-zone'?: ConvertCodeDialog['timeZone'] | string
      'density'?: ConvertCodeDialog['density'] | string
      accessCodeId?: ConvertCodeDialog['accessCodeId']
      open?: ConvertCodeDialog['open']
      allowExternalModification?: ConvertCodeDialog['allowExternalModification']
      accessCode?: ConvertCodeDialog['accessCode']
      pendingAfter?: ConvertCodeDialog['pendingAfter']
      publishableKey?: ConvertCodeDialog['publishableKey']
      userIdentifierKey?: ConvertCodeDialog['userIdentifierKey']
      clientSessionToken?: ConvertCodeDialog['clientSessionToken']
      endpoint?: ConvertCodeDialog['endpoint']
      client?: ConvertCodeDialog['client']
      locale?: ConvertCodeDialog['locale']
      timeZone?: ConvertCodeDialog['timeZone']
      density?: ConvertCodeDialog['density']
      'onUnmanagedCodeConverted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-converted']>) => void
      'onUnmanagedCodeConvertFailed'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>) => void
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      'onClose'?: (event: Event) => void
    }>
    'seam-provider': DefineComponent<{
      'publishable-key'?: SeamProvider['publishableKey'] | string
      'user-identifier-key'?: SeamProvider['userIdentifierKey'] | string
      'client-session-token'?: SeamProvider['clientSessionToken'] | string
      'endpoint'?: SeamProvider['endpoint'] | string
      'locale'?: SeamProvider['locale'] | string
      publishableKey?: SeamProvider['publishableKey']
      userIdentifierKey?: SeamProvider['userIdentifierKey']
      clientSessionToken?: SeamProvider['clientSessionToken']
      endpoint?: SeamProvider['endpoint']
      client?: SeamProvider['client']
      locale?: SeamProvider['locale']
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
    }>
    'unmanaged-code-list': DefineComponent<{
      'device-id'?: UnmanagedCodeList['deviceId'] | string
      'heading'?: UnmanagedCodeList['heading'] | string
      'poll-interval'?: UnmanagedCodeList['pollInterval'] | string
      'disable-convert'?: UnmanagedCodeList['disableConvert'] | string
      'disable-delete'?: UnmanagedCodeList['disableDelete'] | string
      'disable-create'?: UnmanagedCodeList['disableCreate'] | string
      'publishable-key'?: UnmanagedCodeList['publishableKey'] | string
      'user-identifier-key'?: UnmanagedCodeList['userIdentifierKey'] | string
      'client-session-token'?: UnmanagedCodeList['clientSessionToken'] | string
      'endpoint'?: UnmanagedCodeList['endpoint'] | string
      'locale'?: UnmanagedCodeList['locale'] | string
      'time-zone'?: UnmanagedCodeList['timeZone'] | string
      'density'?: UnmanagedCodeList['density'] | string
      deviceId?: UnmanagedCodeList['deviceId']
      heading?: UnmanagedCodeList['heading']
      pollInterval?: UnmanagedCodeList['pollInterval']
      disableConvert?: UnmanagedCodeList['disableConvert']
      disableDelete?: UnmanagedCodeList['disableDelete']
      disableCreate?: UnmanagedCodeList['disableCreate']
      publishableKey?: UnmanagedCodeList['publishableKey']
      userIdentifierKey?: UnmanagedCodeList['userIdentifierKey']
      clientSessionToken?: UnmanagedCodeList['clientSessionToken']
      endpoint?: UnmanagedCodeList['endpoint']
      client?: UnmanagedCodeList['client']
      locale?: UnmanagedCodeList['locale']
      timeZone?: UnmanagedCodeList['timeZone']
      density?: UnmanagedCodeList['density']
      'onUnmanagedCodeConvert'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert']>) => void
      'onUnmanagedCodeConverted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-converted']>) => void
      'onUnmanagedCodeConvertFailed'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>) => void
      'onUnmanagedCodeDeleted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-deleted']>) => void
      'onAccessCodeCreated'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
      'onUnmanagedCodeReplaced'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-replaced']>) => void
      'onSeamRemedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
      'onSeamError'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
    }>
  }
}
