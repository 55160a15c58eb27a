import type { SeamActionError, SeamApiError, SeamConfigError, SeamError, SeamUnreadableAnswerError } from '../api/errors.js'
import type { ErrorText } from './errors.en.js'
import { fill, lookup } from './tables.js'

// Type-only imports: the catalog reads an error's `kind` and fields, it does
// not need the classes (and so imports nothing of ours at run time).

/**
 * An error in words a person can act on: Seam's own message when it sent one
 * (with its request id, for support), else the catalog's text for the
 * error's kind and reason.
 */
export function describeError(locale: string | undefined, error: SeamError): string {
  const text = (key: keyof ErrorText, params: Record<string, string | number> = {}): string =>
    fill(lookup<string>(locale, (t) => t.errors, key)!, params, locale ?? 'en').trim()
  switch (error.kind) {
    case 'api': {
      const api = error as Partial<SeamApiError> & SeamError
      // A 401 says the same to people whatever the reason; `reason` is for the page's code.
      const message =
        api.status === 401
          ? text('unauthorized')
          : (api.seamMessage ??
            (api.status != null && api.statusText != null ? text('httpStatus', { status: api.status, statusText: api.statusText }) : error.message))
      return api.requestId ? text('requestId', { message, id: api.requestId }) : message
    }
    case 'action':
      return (error as Partial<SeamActionError>).seamMessage ?? text('actionFailed')
    case 'config':
      return lookup<string>(locale, (t) => t.configErrors, (error as SeamConfigError).reason) ?? text('unexpected')
    case 'network':
      return text('network')
    case 'timeout':
      return text('timeout')
    case 'aborted':
      return text('aborted')
    case 'unreadable': {
      // Which field was wrong is for developers (the error's message); support needs the request id.
      const id = (error as Partial<SeamUnreadableAnswerError>).requestId
      return id ? text('requestId', { message: text('unreadable'), id }) : text('unreadable')
    }
    case 'outcome-unknown':
      return text('outcomeUnknown')
    case 'tab-closed':
      return text('tabClosed')
    default:
      // Our own words for what went wrong in the page, never a raw JavaScript error.
      return text('unexpected')
  }
}
