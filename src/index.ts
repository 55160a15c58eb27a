// Registers every element; the only import with side effects besides each
// element's define.ts.
import './context/define.js'

export * from './classes.js'
