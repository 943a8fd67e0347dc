/** Counted, or refused until `resetsAt` (ISO instant: the next UTC midnight). */
export type BudgetDecision = { readonly ok: true } | { readonly ok: false; readonly resetsAt: string };

/**
 * The number of requests sent to Gong per UTC day (GONG_MCP_DAILY_REQUEST_LIMIT). `take` counts one
 * request that is about to go out, or refuses it when the day's budget is spent; it never counts a refusal.
 * Gong counts per company: every process and instance must share one count (a file in the data dir now;
 * a shared store for several machines, ADR 0017).
 */
export interface DailyBudget {
  take(): Promise<BudgetDecision>;
}
