// The part of @floating-ui/dom the popover uses, as one module it imports
// when an explanation first opens (importing the package itself would keep
// every export of it, used or not, in the chunk and in the classic file).
export { autoUpdate, computePosition, flip, limitShift, offset, platform, shift } from '@floating-ui/dom'
