// What test files get for '@web/test-runner-commands' (web-test-runner.config.mjs
// points the name here): the stock commands, except that viewport, media and
// keys go through test/support/engine-commands.mjs, which can also drive
// WebKitWebDriver. The stock plugins answer those for puppeteer only, and
// they run before any plugin of ours, so the commands need their own names.
import { executeServerCommand } from '@web/test-runner-commands'

export * from '@web/test-runner-commands'

export const setViewport = (viewport) => executeServerCommand('engine:set-viewport', viewport)
export const emulateMedia = (media) => executeServerCommand('engine:emulate-media', media)
export const sendKeys = (keys) => executeServerCommand('engine:send-keys', keys)
/** Whether emulateMedia() can work in this engine (not in WebKit, nor in a Firefox before ESR 153). */
export const canEmulateMedia = () => executeServerCommand('engine:can-emulate-media')
