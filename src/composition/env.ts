/** The process environment as configuration reads it. */
export type Env = Readonly<Record<string, string | undefined>>;
