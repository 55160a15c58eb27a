import '../../context/define.js'
import { defineOnce } from '../../define-once.js'
import { AccessCodeForm } from './access-code-form.js'

defineOnce('access-code-form', AccessCodeForm)

declare global {
  interface HTMLElementTagNameMap {
    'access-code-form': AccessCodeForm
  }
}
