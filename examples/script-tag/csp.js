// Records every Content-Security-Policy violation, and tells the page about
// conversions, without inline script.
window.cspViolations = []
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
document.addEventListener('unmanaged-code-converted', (event) => {
  const note = document.createElement('p')
  note.dataset.testid = 'converted'
  note.textContent = event.detail.accessCode.access_code_id
  document.body.append(note)
})
