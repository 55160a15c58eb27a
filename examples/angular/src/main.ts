import { mount } from './app.js'

// The demo session of the embedded fake backend; use your own token and drop endpoint for Seam.
void mount(document.getElementById('app')!, {
  deviceId: 'device_august_front',
  clientSessionToken: 'seam_cst1_demo_session_4b1e',
  endpoint: '/api',
})
