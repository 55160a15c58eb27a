/** A scripted fetch: each call takes the next answer; records what was sent. */
export type Answer =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | 'drop'
  | 'hang'

export function scriptedFetch(answers: Answer[]) {
  const calls: { url: string; body: unknown }[] = []
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), body: JSON.parse(String(init?.body ?? '{}')) })
    const answer = answers.shift() ?? { status: 200, body: {} }
    if (answer === 'drop') throw new TypeError('Failed to fetch')
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )
    }
    return new Response(JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    })
  }
  return { fetch: fetchImpl, calls }
}
