import type { SeamClient } from '../../src/api/client.js'
import { SeamNetworkError } from '../../src/api/errors.js'

/** A client whose reads never answer: the loading state, held still. */
export function pendingClient(): SeamClient {
  const never = () => new Promise<never>(() => {})
  return {
    devices: { get: never, list: never },
    accessCodes: {
      list: never,
      get: never,
      delete: never,
      unmanaged: { list: never, get: never, convertToManaged: never, delete: never },
      create: never,
      update: never,
      generateCode: never,
      pullBackupAccessCode: never,
    },
    actionAttempts: { get: never },
    events: { list: never },
  }
}

/** A client whose every call fails as if the network were down. */
export function offlineClient(): SeamClient {
  const fail = () => Promise.reject(new SeamNetworkError(new Error('offline')))
  return {
    devices: { get: fail, list: fail },
    accessCodes: {
      list: fail,
      get: fail,
      delete: fail,
      unmanaged: { list: fail, get: fail, convertToManaged: fail, delete: fail },
      create: fail,
      update: fail,
      generateCode: fail,
      pullBackupAccessCode: fail,
    },
    actionAttempts: { get: fail },
    events: { list: fail },
  }
}
