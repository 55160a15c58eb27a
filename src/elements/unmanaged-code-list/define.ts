import '../../context/define.js'
import '../convert-code-dialog/define.js'
import { defineOnce } from '../../ui/define-once.js'
import { UnmanagedCodeList } from './unmanaged-code-list.js'

defineOnce('unmanaged-code-list', UnmanagedCodeList)

declare global {
  interface HTMLElementTagNameMap {
    'unmanaged-code-list': UnmanagedCodeList
  }
}
