/** One line of the report: a measure next to its baseline (the bare server, or a lower bound). */
export interface Row {
  readonly measure: string;
  readonly gong: number | string;
  /** The bare SDK server measured in the same run, or the lower bound; undefined when there is none. */
  readonly base?: number | string | undefined;
  /** gong / base when both are numbers (and base is not 0). */
  readonly ratio?: number | undefined;
  /** The target in words, e.g. "≤ 1.5× bare". */
  readonly target?: string | undefined;
  readonly met?: boolean | undefined;
  readonly unit?: string | undefined;
}

export interface Section {
  readonly title: string;
  /** What the baseline column holds in this section. */
  readonly baseLabel: string;
  readonly rows: Row[];
  readonly notes: string[];
}

export function ratioOf(gong: number, base: number): number | undefined {
  return base === 0 || !Number.isFinite(base) || !Number.isFinite(gong) ? undefined : gong / base;
}

function cell(value: number | string | undefined, unit: string | undefined): string {
  if (value === undefined) return "–";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "n/a";
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === undefined ? "" : ` ${unit}`}`;
}

const escape = (text: string): string => text.replace(/\|/g, "\\|");

/** The markdown report: one table per section, then its notes. */
export function markdown(header: readonly string[], sections: readonly Section[]): string {
  const out: string[] = [...header, ""];
  for (const section of sections) {
    out.push(`## ${section.title}`, "");
    out.push(`| measure | gong-mcp | ${section.baseLabel} | ratio | target | met? |`, "|---|---:|---:|---:|---|---|");
    for (const row of section.rows) {
      const ratio = row.ratio === undefined ? "–" : `${row.ratio.toFixed(2)}×`;
      const met = row.met === undefined ? "" : row.met ? "met" : "**missed**";
      out.push(`| ${escape(row.measure)} | ${escape(cell(row.gong, row.unit))} | ${escape(cell(row.base, row.unit))} | ${ratio} | ${escape(row.target ?? "")} | ${met} |`);
    }
    if (section.notes.length > 0) out.push("", ...section.notes.map((note) => `- ${note}`));
    out.push("");
  }
  return out.join("\n");
}
