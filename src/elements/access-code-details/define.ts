import '../../context/define.js'
import { defineOnce } from '../../define-once.js'
import { AccessCodeDetails } from './access-code-details.js'

defineOnce('access-code-details', AccessCodeDetails)

declare global {
  interface HTMLElementTagNameMap {
    'access-code-details': AccessCodeDetails
  }
}
