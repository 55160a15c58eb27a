type Code = { access_code_id: string; device_id?: string }

/**
 * Keeps a code on screen while the outcome of a write on it (a delete, a
 * conversion) is being checked or is unknown, even when a fresh list
 * leaves it out: a row that vanished then would say "done" before the
 * server has, and take its "Check again" with it. Once the check decides
 * (or the code is no longer held), the list alone is shown again.
 *
 * Held codes go back where they were; the list given stays the same array
 * while nothing is held, so what is memoised on it stays valid.
 */
export class HeldRows<C extends Code> {
  /** What was shown last, held codes included. */
  #shown: C[] = []
  #cache: { codes: C[]; key: string; out: C[] } | undefined

  /**
   * `codes`, with the codes shown last that `held` names and `codes` lacks
   * put back in place. `held` undefined: the host knows nothing is held (no
   * write runs or waits), so nothing is asked of each code shown; at 10,000
   * codes that asking took ~2-3 ms of every update, a hover's included.
   * `deviceId`: the lock the list is of now; a code held on another (the
   * host's `device-id` changed while its delete ran) is not put back.
   */
  keep(codes: C[], held: ((id: string) => boolean) | undefined, deviceId?: string): C[] {
    if (!held) return (this.#shown = codes)
    const ours = (code: C): boolean => deviceId === undefined || code.device_id === undefined || code.device_id === deviceId
    const kept = this.#shown.flatMap((code, at) => (ours(code) && held(code.access_code_id) ? [{ code, at }] : []))
    if (kept.length === 0) return (this.#shown = codes)
    const present = new Set(codes.map((c) => c.access_code_id))
    const missing = kept.filter((k) => !present.has(k.code.access_code_id))
    if (missing.length === 0) return (this.#shown = codes)
    const key = missing.map((k) => k.code.access_code_id).join('\n')
    if (this.#cache?.codes === codes && this.#cache.key === key) return (this.#shown = this.#cache.out)
    const out = [...codes]
    for (const { code, at } of missing) out.splice(Math.min(at, out.length), 0, code)
    this.#cache = { codes, key, out }
    return (this.#shown = out)
  }
}
