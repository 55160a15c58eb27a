import '../../context/define.js'
import { defineOnce } from '../../define-once.js'
import { ConvertCodeDialog } from './convert-code-dialog.js'

defineOnce('convert-code-dialog', ConvertCodeDialog)

declare global {
  interface HTMLElementTagNameMap {
    'convert-code-dialog': ConvertCodeDialog
  }
}
