import { BenchSection } from './section';

/** A section of the report, by its name in the registry (what `--only` takes). */
export interface NamedSection {
  readonly name: string;
  readonly section: BenchSection;
}

const TITLE = '# Benchmarks';
const BUDGETS = '## Budgets';
const WITHIN_BUDGET = 'Every figure within budget.';
const NAME_MARKER = /^<!-- bench section: (\S+) -->$/;
const REPRODUCE = /^Reproduce: `(.*)`$/;
const MISSED = /^- \*\*(.+?)\*\*: (.*)$/;

/** BENCHMARKS.md: the introduction, the machine, each section, and the figures over budget. */
export function renderReport(machine: string, sections: readonly NamedSection[]): string {
  const missed = sections.flatMap(({ section }) => section.missed.map(entry => `- **${section.title}**: ${entry}`));
  return [
    TITLE,
    '',
    'What the library costs at deploy time and at synth time, measured against the budgets of the design and the targets of'
      + ' issue 10: every figure is a median of several runs, and every ratio is taken side by side in the same run. Nothing'
      + ' reaches AWS: the handler talks to the local SMS v2 emulator. `npm run bench` regenerates this file;'
      + ' `npm run bench -- --only <section>` remeasures one section and keeps the others (bench/README.md).',
    '',
    '## Machine',
    '',
    machine,
    '',
    ...sections.flatMap(({ name, section }) => [
      `## ${section.title}`,
      `<!-- bench section: ${name} -->`,
      '',
      `Reproduce: \`${section.reproduce}\``,
      '',
      section.markdown.trim(),
      '',
    ]),
    BUDGETS,
    '',
    missed.length > 0 ? missed.join('\n') : WITHIN_BUDGET,
    '',
  ].join('\n');
}

/** The sections of a report `renderReport` wrote, by name, with the figures over budget each had. */
export function parseReport(markdown: string): Map<string, BenchSection> {
  const chunks = markdown.split(/^(?=## )/m).map(chunk => chunk.split('\n'));
  const missed = missedByTitle(chunks.find(([heading]) => heading === BUDGETS) ?? []);
  const sections = new Map<string, BenchSection>();
  for (const [heading, marker, ...body] of chunks) {
    const name = NAME_MARKER.exec(marker ?? '')?.[1];
    if (name === undefined) continue;
    const title = heading.slice('## '.length);
    const reproduceLine = body.findIndex(line => REPRODUCE.test(line));
    sections.set(name, {
      title,
      reproduce: REPRODUCE.exec(body[reproduceLine] ?? '')?.[1] ?? '',
      markdown: body.slice(reproduceLine + 1).join('\n').trim(),
      missed: missed.get(title) ?? [],
    });
  }
  return sections;
}

/**
 * The sections of the new report: in the registry's order, each measured one from this run, the
 * others as the previous report had them (a section neither has is left out).
 */
export function mergeSections(order: readonly string[], measured: readonly NamedSection[], previous: Map<string, BenchSection>): NamedSection[] {
  return order.flatMap(name => {
    const section = measured.find(m => m.name === name)?.section ?? previous.get(name);
    return section ? [{ name, section }] : [];
  });
}

function missedByTitle(budgets: readonly string[]): Map<string, string[]> {
  const missed = new Map<string, string[]>();
  for (const line of budgets) {
    const match = MISSED.exec(line);
    if (match) missed.set(match[1], [...missed.get(match[1]) ?? [], match[2]]);
  }
  return missed;
}
