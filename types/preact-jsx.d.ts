// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.
import type { AccessCodeDetails, AccessCodeForm, AccessCodeTable, ConvertCodeDialog, SeamProvider, UnmanagedCodeList, SeamEventDetails } from 'access-code-elements/classes.js'
import type { JSX as PreactJSX } from 'preact'

type Base<E extends EventTarget> = PreactJSX.HTMLAttributes<E>

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'access-code-details': Base<AccessCodeDetails> & {
        /** The code to show, by id. */
        'access-code-id'?: AccessCodeDetails['accessCodeId'] | string
        /** Title above the details; default the code's name; empty hides it (a dialog around it has its own). */
        'heading'?: AccessCodeDetails['heading'] | string
        /** Hides "Edit" (and the remedies that edit the code). */
        'disable-edit'?: AccessCodeDetails['disableEdit'] | string
        /** Hides "Delete". */
        'disable-delete'?: AccessCodeDetails['disableDelete'] | string
        /** Milliseconds between refreshes of the code and its history; 0 turns polling off. */
        'poll-interval'?: AccessCodeDetails['pollInterval'] | string
        /** Publishable key; lets the element work without a provider. */
        'publishable-key'?: AccessCodeDetails['publishableKey'] | string
        /** User identifier key, with `publishable-key`. */
        'user-identifier-key'?: AccessCodeDetails['userIdentifierKey'] | string
        /** A client session token minted by your server. */
        'client-session-token'?: AccessCodeDetails['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: AccessCodeDetails['endpoint'] | string
        /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
        'locale'?: AccessCodeDetails['locale'] | string
        /** IANA time zone for schedules and for times typed into a form; default
    (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
    one, else the browser's. Named on screen wherever it is not the browser's. */
        'time-zone'?: AccessCodeDetails['timeZone'] | string
        /** Row spacing: `compact` (half the padding) or `comfortable` (half as much
    again) for hosts that want air; unset, `--seam-density` decides (default 1). */
        'density'?: AccessCodeDetails['density'] | string
        accessCodeId?: AccessCodeDetails['accessCodeId']
        accessCode?: AccessCodeDetails['accessCode']
        disableEdit?: AccessCodeDetails['disableEdit']
        disableDelete?: AccessCodeDetails['disableDelete']
        pollInterval?: AccessCodeDetails['pollInterval']
        errorFilter?: AccessCodeDetails['errorFilter']
        warningFilter?: AccessCodeDetails['warningFilter']
        publishableKey?: AccessCodeDetails['publishableKey']
        userIdentifierKey?: AccessCodeDetails['userIdentifierKey']
        clientSessionToken?: AccessCodeDetails['clientSessionToken']
        client?: AccessCodeDetails['client']
        timeZone?: AccessCodeDetails['timeZone']
        'onaccess-code-edit'?: (event: CustomEvent<SeamEventDetails['access-code-edit']>) => void
        'onaccess-code-updated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
        'onaccess-code-deleted'?: (event: CustomEvent<SeamEventDetails['access-code-deleted']>) => void
        'onaccess-code-backup-pulled'?: (event: CustomEvent<SeamEventDetails['access-code-backup-pulled']>) => void
        'onseam-remedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      }
      'access-code-form': Base<AccessCodeForm> & {
        /** The lock to create a code on (not needed when editing). */
        'device-id'?: AccessCodeForm['deviceId'] | string
        /** The code to edit, by id; the form then edits instead of creating. */
        'access-code-id'?: AccessCodeForm['accessCodeId'] | string
        /** Title above the form; empty hides it (a dialog around the form has its own). */
        'heading'?: AccessCodeForm['heading'] | string
        /** The submit button's words for a new code, when a host gives the create another meaning (the list's "Replace"). */
        'submit-label'?: AccessCodeForm['submitLabel'] | string
        /** Publishable key; lets the element work without a provider. */
        'publishable-key'?: AccessCodeForm['publishableKey'] | string
        /** User identifier key, with `publishable-key`. */
        'user-identifier-key'?: AccessCodeForm['userIdentifierKey'] | string
        /** A client session token minted by your server. */
        'client-session-token'?: AccessCodeForm['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: AccessCodeForm['endpoint'] | string
        /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
        'locale'?: AccessCodeForm['locale'] | string
        /** IANA time zone for schedules and for times typed into a form; default
    (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
    one, else the browser's. Named on screen wherever it is not the browser's. */
        'time-zone'?: AccessCodeForm['timeZone'] | string
        /** Row spacing: `compact` (half the padding) or `comfortable` (half as much
    again) for hosts that want air; unset, `--seam-density` decides (default 1). */
        'density'?: AccessCodeForm['density'] | string
        deviceId?: AccessCodeForm['deviceId']
        accessCodeId?: AccessCodeForm['accessCodeId']
        accessCode?: AccessCodeForm['accessCode']
        defaults?: AccessCodeForm['defaults']
        submitLabel?: AccessCodeForm['submitLabel']
        publishableKey?: AccessCodeForm['publishableKey']
        userIdentifierKey?: AccessCodeForm['userIdentifierKey']
        clientSessionToken?: AccessCodeForm['clientSessionToken']
        client?: AccessCodeForm['client']
        timeZone?: AccessCodeForm['timeZone']
        'oncancel'?: (event: Event) => void
        'onaccess-code-created'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
        'onaccess-code-updated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
        'onaccess-code-submit'?: (event: CustomEvent<SeamEventDetails['access-code-submit']>) => void
      }
      'access-code-table': Base<AccessCodeTable> & {
        /** The device whose codes are shown. Required unless `accessCodes` is set. */
        'device-id'?: AccessCodeTable['deviceId'] | string
        /** Title above the table; empty hides it. */
        'heading'?: AccessCodeTable['heading'] | string
        /** Hides the search box. */
        'disable-search'?: AccessCodeTable['disableSearch'] | string
        /** Hides the delete action. */
        'disable-delete'?: AccessCodeTable['disableDelete'] | string
        /** Hides "Add code". */
        'disable-create'?: AccessCodeTable['disableCreate'] | string
        /** Hides each code's "Edit" (and the remedies that edit a code). */
        'disable-edit'?: AccessCodeTable['disableEdit'] | string
        /** Milliseconds between refreshes; 0 turns polling off. */
        'poll-interval'?: AccessCodeTable['pollInterval'] | string
        /** Publishable key; lets the element work without a provider. */
        'publishable-key'?: AccessCodeTable['publishableKey'] | string
        /** User identifier key, with `publishable-key`. */
        'user-identifier-key'?: AccessCodeTable['userIdentifierKey'] | string
        /** A client session token minted by your server. */
        'client-session-token'?: AccessCodeTable['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: AccessCodeTable['endpoint'] | string
        /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
        'locale'?: AccessCodeTable['locale'] | string
        /** IANA time zone for schedules and for times typed into a form; default
    (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
    one, else the browser's. Named on screen wherever it is not the browser's. */
        'time-zone'?: AccessCodeTable['timeZone'] | string
        /** Row spacing: `compact` (half the padding) or `comfortable` (half as much
    again) for hosts that want air; unset, `--seam-density` decides (default 1). */
        'density'?: AccessCodeTable['density'] | string
        deviceId?: AccessCodeTable['deviceId']
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
        client?: AccessCodeTable['client']
        timeZone?: AccessCodeTable['timeZone']
        'onaccess-code-selected'?: (event: CustomEvent<SeamEventDetails['access-code-selected']>) => void
        'onaccess-code-deleted'?: (event: CustomEvent<SeamEventDetails['access-code-deleted']>) => void
        'onaccess-code-created'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
        'onaccess-code-updated'?: (event: CustomEvent<SeamEventDetails['access-code-updated']>) => void
        'onaccess-code-backup-pulled'?: (event: CustomEvent<SeamEventDetails['access-code-backup-pulled']>) => void
        'onseam-remedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      }
      'convert-code-dialog': Base<ConvertCodeDialog> & {
        /** The unmanaged code to convert. */
        'access-code-id'?: ConvertCodeDialog['accessCodeId'] | string
        /** Whether the dialog is open. */
        'open'?: ConvertCodeDialog['open'] | string
        /** Initial value of "allow changes made outside Seam". */
        'allow-external-modification'?: ConvertCodeDialog['allowExternalModification'] | string
        /** Milliseconds before a conversion in progress is reported as still pending. */
        'pending-after'?: ConvertCodeDialog['pendingAfter'] | string
        /** Publishable key; lets the element work without a provider. */
        'publishable-key'?: ConvertCodeDialog['publishableKey'] | string
        /** User identifier key, with `publishable-key`. */
        'user-identifier-key'?: ConvertCodeDialog['userIdentifierKey'] | string
        /** A client session token minted by your server. */
        'client-session-token'?: ConvertCodeDialog['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: ConvertCodeDialog['endpoint'] | string
        /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
        'locale'?: ConvertCodeDialog['locale'] | string
        /** IANA time zone for schedules and for times typed into a form; default
    (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
    one, else the browser's. Named on screen wherever it is not the browser's. */
        'time-zone'?: ConvertCodeDialog['timeZone'] | string
        /** Row spacing: `compact` (half the padding) or `comfortable` (half as much
    again) for hosts that want air; unset, `--seam-density` decides (default 1). */
        'density'?: ConvertCodeDialog['density'] | string
        accessCodeId?: ConvertCodeDialog['accessCodeId']
        allowExternalModification?: ConvertCodeDialog['allowExternalModification']
        accessCode?: ConvertCodeDialog['accessCode']
        pendingAfter?: ConvertCodeDialog['pendingAfter']
        publishableKey?: ConvertCodeDialog['publishableKey']
        userIdentifierKey?: ConvertCodeDialog['userIdentifierKey']
        clientSessionToken?: ConvertCodeDialog['clientSessionToken']
        client?: ConvertCodeDialog['client']
        timeZone?: ConvertCodeDialog['timeZone']
        'onunmanaged-code-converted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-converted']>) => void
        'onunmanaged-code-convert-failed'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>) => void
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
        'onclose'?: (event: Event) => void
      }
      'seam-provider': Base<SeamProvider> & {
        /** Publishable key of the Seam workspace (starts `seam_pk`). */
        'publishable-key'?: SeamProvider['publishableKey'] | string
        /** Your own secret, per-user key; opens that user's client session. */
        'user-identifier-key'?: SeamProvider['userIdentifierKey'] | string
        /** A client session token minted by your server (starts `seam_cst`). */
        'client-session-token'?: SeamProvider['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: SeamProvider['endpoint'] | string
        /** BCP 47 tag for its configuration message; default the nearest `lang`, else the browser's (as every element). */
        'locale'?: SeamProvider['locale'] | string
        publishableKey?: SeamProvider['publishableKey']
        userIdentifierKey?: SeamProvider['userIdentifierKey']
        clientSessionToken?: SeamProvider['clientSessionToken']
        client?: SeamProvider['client']
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      }
      'unmanaged-code-list': Base<UnmanagedCodeList> & {
        /** The device whose unmanaged codes are listed. */
        'device-id'?: UnmanagedCodeList['deviceId'] | string
        /** Title above the list; empty hides it. */
        'heading'?: UnmanagedCodeList['heading'] | string
        /** Milliseconds between refreshes; 0 turns polling off. */
        'poll-interval'?: UnmanagedCodeList['pollInterval'] | string
        /** Hides the convert actions. */
        'disable-convert'?: UnmanagedCodeList['disableConvert'] | string
        /** Hides the delete actions. */
        'disable-delete'?: UnmanagedCodeList['disableDelete'] | string
        /** Hides "Replace with a managed code" (it creates a managed code) on the codes Seam cannot convert. */
        'disable-create'?: UnmanagedCodeList['disableCreate'] | string
        /** Publishable key; lets the element work without a provider. */
        'publishable-key'?: UnmanagedCodeList['publishableKey'] | string
        /** User identifier key, with `publishable-key`. */
        'user-identifier-key'?: UnmanagedCodeList['userIdentifierKey'] | string
        /** A client session token minted by your server. */
        'client-session-token'?: UnmanagedCodeList['clientSessionToken'] | string
        /** API base URL; default `https://connect.getseam.com`. */
        'endpoint'?: UnmanagedCodeList['endpoint'] | string
        /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
        'locale'?: UnmanagedCodeList['locale'] | string
        /** IANA time zone for schedules and for times typed into a form; default
    (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
    one, else the browser's. Named on screen wherever it is not the browser's. */
        'time-zone'?: UnmanagedCodeList['timeZone'] | string
        /** Row spacing: `compact` (half the padding) or `comfortable` (half as much
    again) for hosts that want air; unset, `--seam-density` decides (default 1). */
        'density'?: UnmanagedCodeList['density'] | string
        deviceId?: UnmanagedCodeList['deviceId']
        pollInterval?: UnmanagedCodeList['pollInterval']
        disableConvert?: UnmanagedCodeList['disableConvert']
        disableDelete?: UnmanagedCodeList['disableDelete']
        disableCreate?: UnmanagedCodeList['disableCreate']
        publishableKey?: UnmanagedCodeList['publishableKey']
        userIdentifierKey?: UnmanagedCodeList['userIdentifierKey']
        clientSessionToken?: UnmanagedCodeList['clientSessionToken']
        client?: UnmanagedCodeList['client']
        timeZone?: UnmanagedCodeList['timeZone']
        'onunmanaged-code-convert'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert']>) => void
        'onunmanaged-code-converted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-converted']>) => void
        'onunmanaged-code-convert-failed'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>) => void
        'onunmanaged-code-deleted'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-deleted']>) => void
        'onaccess-code-created'?: (event: CustomEvent<SeamEventDetails['access-code-created']>) => void
        'onunmanaged-code-replaced'?: (event: CustomEvent<SeamEventDetails['unmanaged-code-replaced']>) => void
        'onseam-remedy'?: (event: CustomEvent<SeamEventDetails['seam-remedy']>) => void
        'onseam-error'?: (event: CustomEvent<SeamEventDetails['seam-error']>) => void
      }
    }
  }
}
