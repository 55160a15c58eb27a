// The demo's language picker: sets `lang` on <main>, as a host page would,
// and the elements inside follow it (loading the language's words on first
// use). Kept apart from demo.ts; ?lang=de opens the page in German.
const picker = document.querySelector<HTMLSelectElement>('#language')!
const main = document.querySelector('main')!
const KEY = 'access-code-elements-demo-lang'

function choose(language: string): void {
  picker.value = language
  main.lang = language
  sessionStorage.setItem(KEY, language)
}

choose(new URLSearchParams(location.search).get('lang') ?? sessionStorage.getItem(KEY) ?? 'en')
picker.addEventListener('change', () => choose(picker.value))
