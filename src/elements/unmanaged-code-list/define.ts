import '../../context/define.js'
import { defineOnce } from '../../define-once.js'
import type { ConvertCodeDialog } from '../convert-code-dialog/convert-code-dialog.js'
import { UnmanagedCodeList } from './unmanaged-code-list.js'

// Registers the list and, first, what it declares it renders (its convert dialog).
defineOnce('unmanaged-code-list', UnmanagedCodeList)

declare global {
  interface HTMLElementTagNameMap {
    'unmanaged-code-list': UnmanagedCodeList
    'convert-code-dialog': ConvertCodeDialog
  }
}
