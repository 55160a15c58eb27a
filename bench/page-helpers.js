// Installed in every benchmark page (as an init script): measurements taken
// inside the page, from the moment the page connected the element.
// Long tasks (over 50 ms) from the start, for "no long tasks" checks.
window.__longTasks = []
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true })

window.__bench = {
  root(c) {
    const host = document.querySelector(c.host)
    return c.shadow ? host?.shadowRoot : host
  },
  /** ms from connection until `count` rows are on screen. */
  rows(c, count) {
    return new Promise((resolve) => {
      const tick = () => {
        const n = this.root(c)?.querySelectorAll(c.row).length ?? 0
        if (n >= count) {
          window.__rowsAt ??= performance.now()
          resolve(window.__rowsAt - window.__connectedAt)
        }
        else requestAnimationFrame(tick)
      }
      tick()
    })
  },
  /** Types `name` into the search box; ms from connection until its row shows. */
  find(c, name) {
    return new Promise((resolve) => {
      const tick = () => {
        const input = this.root(c)?.querySelector(c.search)
        if (!input) return requestAnimationFrame(tick)
        if (input.value !== name) {
          // As typing would, also for React's controlled inputs.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, name)
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
        }
        const rows = [...(this.root(c)?.querySelectorAll(c.row) ?? [])]
        if (rows.some((r) => r.textContent.includes(name))) resolve(performance.now() - window.__connectedAt)
        else setTimeout(tick, 16)
      }
      tick()
    })
  },
  /** ms from the first page of codes arriving to `count` rows on screen. */
  afterData(c, count) {
    return this.rows(c, count).then(() => {
      const first = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/access_codes/list'))
      return first ? window.__rowsAt - first.responseEnd : null
    })
  },
  /** Longest task since the page started, in ms (0 when none passed 50 ms). */
  longestTask() {
    return Math.max(0, ...window.__longTasks)
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
