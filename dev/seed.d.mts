// Types for the parts of the seed that tests and stories import.
export declare const DEMO: {
  readonly publishableKey: string
  readonly userIdentifierKey: string
  readonly clientSessionToken: string
  readonly devices: Readonly<Record<'august' | 'schlage' | 'smartthings' | 'igloohome' | 'kwikset' | 'bulk' | 'chicago' | 'paris' | 'offline' | 'picksPin' | 'full', string>>
}
export declare const CODES: Readonly<Record<string, string>>
export declare function seedScenario(db: unknown, options?: { bulkCodes?: number; benchSizes?: number[] }): { workspace_id: string }
export declare const HISTORY: { readonly rich: string; readonly converted: string; readonly unknownType: string; readonly richCount: number }
