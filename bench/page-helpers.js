// Installed in every benchmark page (as an init script): measurements taken
// inside the page, from the moment the page connected the element. Every wait
// here gives up after `timeoutMs` and resolves null rather than hang.
// Long tasks (over 50 ms) from the start, with when they began, so a phase
// (say, the scroll) can look at its own.
window.__longTasks = []
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
  type: 'longtask',
  buffered: true,
})

const frame = () => new Promise((r) => requestAnimationFrame(r))
/** One display refresh (headless Chromium draws at 60 Hz). */
const REFRESH_MS = 1000 / 60

window.__bench = {
  root(c) {
    const host = document.querySelector(c.host)
    return c.shadow ? host?.shadowRoot : host
  },
  /** The code rows in the DOM now (spacers and headers are not rows). */
  rowEls(c) {
    return [...(this.root(c)?.querySelectorAll(c.row) ?? [])]
  },
  /** Sets the search box's value as typing would, also for React's controlled inputs. */
  type(c, value) {
    const input = this.root(c)?.querySelector(c.search)
    if (!input) return false
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    return true
  },
  /** ms from connection until `count` rows are on screen. */
  rows(c, count, timeoutMs) {
    return new Promise((resolve) => {
      // Rows in the DOM at a frame's start are on screen once that frame has
      // painted: a task queued from the frame runs after its paint, so the
      // clock stops there, for both contenders, whatever else either does in
      // that frame before painting.
      const painted = () => {
        window.__rowsAt ??= performance.now()
        resolve(window.__rowsAt - window.__connectedAt)
      }
      const tick = () => {
        if (window.__rowsAt != null) painted()
        else if (this.rowEls(c).length >= count) setTimeout(painted)
        else if (performance.now() - window.__connectedAt > timeoutMs) resolve(null)
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
  },
  /** Types `name` into the search box; ms from connection until its row shows. */
  find(c, name, timeoutMs) {
    const start = performance.now()
    return new Promise((resolve) => {
      const tick = () => {
        const input = this.root(c)?.querySelector(c.search)
        if (input && input.value !== name) this.type(c, name)
        if (input && this.rowEls(c).some((r) => r.textContent.includes(name))) resolve(performance.now() - window.__connectedAt)
        else if (performance.now() - start > timeoutMs) resolve(null)
        else setTimeout(tick, 16)
      }
      tick()
    })
  },
  /** Empties the search box, then waits as `settle` does; the row count, or null. */
  clearSearch(c, minRows, timeoutMs) {
    this.type(c, '')
    return this.settle(c, minRows, timeoutMs)
  },
  /** Waits until at least `minRows` rows are there and their count held for 10 frames; that count, or null. */
  async settle(c, minRows, timeoutMs) {
    const start = performance.now()
    let last = -1
    let same = 0
    while (performance.now() - start < timeoutMs) {
      await frame()
      const n = this.rowEls(c).length
      same = n === last ? same + 1 : 0
      last = n
      if (n >= minRows && same >= 10) return n
    }
    return null
  },
  /** ms from the first page of codes arriving to `count` rows on screen. */
  afterData(c, count, timeoutMs) {
    return this.rows(c, count, timeoutMs).then((at) => {
      const first = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/access_codes/list'))
      return at != null && first ? window.__rowsAt - first.responseEnd : null
    })
  },
  /** Longest task that began at or after `since` (ms), 0 when none passed 50 ms. */
  longestTask(since = 0, until = Infinity) {
    return Math.max(0, ...window.__longTasks.filter((t) => t.start >= since && t.start <= until).map((t) => t.duration))
  },
  /**
   * Scrolls the page from the top by `step` px each animation frame until the
   * bottom or `maxMs`. Returns the longest task that began during the scroll
   * (0 when none passed 50 ms), the longest gap between two frames, how
   * many display refreshes a second passed without a frame, the most rows in
   * the DOM at any frame, and how far it got.
   */
  async scroll(c, { step = 60, maxMs = 4000 } = {}) {
    const page = document.scrollingElement
    page.scrollTop = 0
    await frame()
    const since = await frame()
    let last = since
    let longestFrame = 0
    let maxRows = this.rowEls(c).length
    let frames = 0
    // Refreshes that passed without a frame: a gap of two refreshes missed one.
    let missed = 0
    for (;;) {
      const now = await frame()
      frames++
      longestFrame = Math.max(longestFrame, now - last)
      missed += Math.max(0, Math.round((now - last) / REFRESH_MS) - 1)
      last = now
      maxRows = Math.max(maxRows, this.rowEls(c).length)
      const bottom = page.scrollHeight - page.clientHeight
      if (page.scrollTop >= bottom - 1 || now - since > maxMs) break
      page.scrollTop = Math.min(bottom, page.scrollTop + step)
    }
    const until = performance.now()
    const distance = page.scrollTop
    // Long-task entries arrive a little after their task; give them a moment.
    await new Promise((r) => setTimeout(r, 100))
    page.scrollTop = 0
    await frame()
    await frame()
    return { longestTask: this.longestTask(since, until), longestFrame, missedPerSecond: missed / ((until - since) / 1000), maxRows, distance, frames }
  },
  /**
   * ms from `apply()` until `done()` holds and the DOM is laid out: the time a
   * search or sort takes to answer, before paint. Watched with a
   * MutationObserver (so the moment is exact) and polled each frame (so a
   * change the observer cannot see is still caught); null after `timeoutMs`.
   */
  answer(c, apply, done, timeoutMs) {
    return new Promise((resolve) => {
      const root = this.root(c)
      if (!root) return resolve(null)
      let start = 0
      let finished = false
      const check = () => {
        if (finished || !start || !done()) return false
        // Layout is part of the answer: force it now, as the next frame would.
        document.body.getBoundingClientRect()
        finished = true
        observer.disconnect()
        resolve(performance.now() - start)
        return true
      }
      const observer = new MutationObserver(check)
      const tick = () => {
        if (check() || finished) return
        if (performance.now() - start > timeoutMs) {
          finished = true
          observer.disconnect()
          resolve(null)
        } else requestAnimationFrame(tick)
      }
      // Start at a frame's beginning, as a keystroke or click between frames would.
      requestAnimationFrame(() => {
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true })
        start = performance.now()
        apply()
        requestAnimationFrame(tick)
      })
    })
  },
  /** Types `name` into the search box: ms until only rows with that name are shown (null: never). */
  search(c, name, timeoutMs) {
    return this.answer(
      c,
      () => this.type(c, name),
      () => {
        const rows = this.rowEls(c)
        return rows.length > 0 && rows.every((r) => r.textContent.includes(name))
      },
      timeoutMs,
    )
  },
  /**
   * Clicks the first sort header button (ours: Name): ms until the table shows
   * it re-rendered (its first row or the header's sort state changed).
   * Undefined when the table has no sortable header.
   */
  sort(c, timeoutMs) {
    const button = this.root(c)?.querySelector(c.sort ?? ':not(*)')
    if (!button) return Promise.resolve(undefined)
    const state = () => {
      const th = button.closest('th')
      return `${th?.getAttribute('aria-sort')}|${button.textContent}|${this.rowEls(c)[0]?.textContent}`
    }
    const before = state()
    return this.answer(c, () => button.click(), () => state() !== before, timeoutMs)
  },
  /** The paths of the scripts and styles that had arrived by the time the first rows were on screen (null before). */
  fetchedBeforeRows() {
    if (window.__rowsAt == null) return null
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.responseEnd <= window.__rowsAt && /\.(m?js|css)$/.test(new URL(r.name).pathname))
      .map((r) => new URL(r.name).pathname)
  },
  /**
   * The first element matching `selector` that takes space on screen; with
   * `deep`, shadow roots included (the walk costs time in the measured
   * frames, so a contender without shadow roots is not walked).
   */
  deepVisible(selector, deep = true) {
    if (!deep) return [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0) ?? null
    const walk = (root) => {
      for (const el of root.querySelectorAll(selector)) if (el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0) return el
      for (const el of root.querySelectorAll('*')) {
        const found = el.shadowRoot && walk(el.shadowRoot)
        if (found) return found
      }
      return null
    }
    return walk(document)
  },
  /**
   * Opens the create form as a person does: on a warm page the pointer
   * rests on "Add" first (`hoverMs`, 0 for none), then clicks it. ms from
   * the click until the form's first text field is painted, or null.
   */
  async openForm(c, hoverMs, timeoutMs) {
    const add = this.deepVisible(c.add, c.shadow)
    if (!add) return null
    if (hoverMs > 0) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']) add.dispatchEvent(new PointerEvent(type, { bubbles: type.endsWith('over'), composed: true }))
      await new Promise((r) => setTimeout(r, hoverMs))
    }
    const start = performance.now()
    add.click()
    return new Promise((resolve) => {
      const tick = () => {
        if (this.deepVisible(c.field, c.shadow)) setTimeout(() => resolve(performance.now() - start))
        else if (performance.now() - start > timeoutMs) resolve(null)
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
  },
  /**
   * Clicks the first issue chip on screen, on a page that has opened no
   * explanation yet: ms from the click, and from the last script that
   * arrived after it (the chunks an explanation loads on first use), until
   * the explanation is on screen. Null for a contender without chips.
   */
  openExplanation(c, timeoutMs) {
    const chip = c.issue && this.deepVisible(c.issue, c.shadow)
    if (!chip) return Promise.resolve(null)
    const start = performance.now()
    chip.click()
    // The frames that began after the click, to count those the explanation missed.
    const frames = []
    return new Promise((resolve) => {
      const shown = (frameAt) => {
        const at = performance.now()
        const scripts = performance.getEntriesByType('resource').filter((r) => r.startTime >= start && /\.m?js$/.test(new URL(r.name).pathname))
        const lastIn = Math.max(start, ...scripts.map((r) => r.responseEnd))
        // Frames that started once everything was in and still did not show it (0: the first frame after did).
        const missed = frames.filter((t) => t > lastIn && t < frameAt).length
        resolve({ explainClick: at - start, explainAfterChunks: at - lastIn, explainFramesMissed: missed, explainChunks: scripts.length })
      }
      // As for rows: on screen once the frame that found it visible has painted.
      const tick = (frameAt) => {
        if (this.deepVisible(c.explanation, c.shadow)) setTimeout(() => shown(frameAt))
        else if (performance.now() - start > timeoutMs) resolve(null)
        else {
          frames.push(frameAt)
          requestAnimationFrame(tick)
        }
      }
      requestAnimationFrame(tick)
    })
  },
  /** Elements in the document, shadow roots included. */
  nodes() {
    let n = 0
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        n++
        if (el.shadowRoot) walk(el.shadowRoot)
      }
    }
    walk(document)
    return n
  },
}
