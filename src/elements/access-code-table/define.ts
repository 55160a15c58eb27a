import '../../context/define.js'
import { defineOnce } from '../../define-once.js'
import { AccessCodeTable } from './access-code-table.js'

defineOnce('access-code-table', AccessCodeTable)

declare global {
  interface HTMLElementTagNameMap {
    'access-code-table': AccessCodeTable
  }
}
