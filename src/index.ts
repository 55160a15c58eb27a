// Registers every element; the only import with side effects besides each
// element's define.ts.
import './context/define.js'
import './elements/access-code-table/define.js'
import './elements/unmanaged-code-list/define.js'
import './elements/convert-code-dialog/define.js'
import './elements/access-code-form/define.js'
import './elements/access-code-details/define.js'

export * from './classes.js'
